"""The header's search in Chromium (issue 15): Material's box and dropdown answered by Pagefind
(docs/assets/javascripts/search-worker.js) on the built demo site, typed as a reader types.

Expected pages worked out by hand from the demo records: only practices/individualnye-obrazovatelnye-marshruty.md
writes «дробями» (the draft letnyaya-predmetnaya-shkola is not published), no page writes «ограниченные
возможности здоровья» (the ОВЗ practice says «ОВЗ»: it is found through data/synonyms.yml), and the deviance
practice writes «учёте».
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from shnor.site.pagefind_index import read_fragments
from shnor.site.pagefind_marks import KINDS
from tests.accessibility.modes import set_palette, switch_impaired_version_on
from tests.browser.conftest import ARTIFACTS

pytestmark = pytest.mark.browser

MENTORING = "practices/nastavnichestvo-molodyh-pedagogov/"
ROUTES = "practices/individualnye-obrazovatelnye-marshruty/"
OVZ = "practices/distancionnoe-soprovozhdenie-detey-s-ovz/"
DEVIANCE = "practices/profilaktika-deviantnogo-povedeniya/"
PLACEHOLDER = "Начните печатать для поиска"
NONE = "Совпадений не найдено"
_META = "() => document.querySelector('.md-search-result__meta').textContent"
# Everything of one answer: Material writes the count line, then the list; search-hint.js adds its line after.
_RESULTS = """() => Array.from(document.querySelectorAll('.md-search-result__item')).map(li => {
  const kind = li.querySelector('h1 .shnor-search-kind');
  return {href: li.querySelector('a').href, kind: kind ? kind.textContent : null,
          title: li.querySelector('h1').textContent.slice(kind ? kind.textContent.length : 0)};
})"""

# The answer is on screen: Material's count line is no longer the placeholder and the list shows the results, or,
# when the line says nothing was found, search-hint.js has added its line.
_ANSWERED = f"""() => {{
  const meta = ({_META})();
  const list = document.querySelector('.md-search-result__list');
  if (meta === {PLACEHOLDER!r}) return false;
  if (meta === {NONE!r}) return list.querySelector('.shnor-search-hint') !== null;
  return list.querySelector('.md-search-result__item') !== null;
}}"""


def screenshot(page, name: str) -> None:
    """The viewport: the dropdown is a fixed dialog, and a full-page shot re-lays it out at the page's height."""
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))


def _open(page, site_url: str) -> None:
    page.goto(site_url)
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.wait_for_function(f"() => ({_META})() === {PLACEHOLDER!r}", timeout=30_000)


def _query(page, text: str) -> list[dict]:
    """The results for ``text`` typed into the box (Material reads it on keyup: Playwright fills Cyrillic without key
    events, so «End» stands in for the last key), once the answer is on screen."""
    box = page.locator("input.md-search__input")
    box.fill("")
    page.keyboard.press("End")
    page.wait_for_function(f"() => ({_META})() === {PLACEHOLDER!r}", timeout=15_000)
    box.fill(text)
    page.keyboard.press("End")
    page.wait_for_function(_ANSWERED, timeout=30_000)
    return page.evaluate(_RESULTS)


def _paths(results: list[dict], site_url: str) -> list[str]:
    return [urlsplit(r["href"]).path.removeprefix(urlsplit(site_url).path) for r in results]


def test_an_inflected_form_finds_the_practice_first(page, site_url):
    _open(page, site_url)
    results = _query(page, "наставничеству")
    assert _paths(results, site_url)[0] == MENTORING
    assert results[0]["kind"] == "Практика"
    assert results[0]["title"].startswith("Наставничество «педагог — молодой педагог»")
    assert page.locator(".md-search-result__item").first.locator("h1 mark").first.inner_text() == "Наставничество"
    screenshot(page, "header-search-light")


@pytest.mark.parametrize("query", ["дроби", "дробь"])
def test_a_form_no_page_writes_finds_the_page_with_another(page, site_url, query):
    _open(page, site_url)
    assert _paths(_query(page, query), site_url) == [ROUTES]  # the page says «дробями»


@pytest.mark.parametrize(("one", "other"), [("мотивации", "мотивация"), ("учет", "учёт")])
def test_two_forms_of_a_word_give_the_same_pages(page, site_url, one, other):
    _open(page, site_url)
    first = _paths(_query(page, one), site_url)
    second = _paths(_query(page, other), site_url)
    assert first and sorted(first) == sorted(second)
    if one == "учет":
        assert DEVIANCE in first  # «учёте» on the page: ё and е are one letter to the search


def test_an_abbreviation_and_its_expansion_find_the_same_practice(page, site_url, demo_site):
    assert not any("ограниченн" in f["content"].lower() for f in read_fragments(demo_site).values())
    _open(page, site_url)
    short = _paths(_query(page, "ОВЗ"), site_url)
    long = _paths(_query(page, "ограниченные возможности здоровья"), site_url)
    assert short[0] == OVZ and OVZ in long
    assert sorted(short) == sorted(long)


def test_each_result_shows_its_kind(page, site_url):
    _open(page, site_url)
    results = _query(page, "Лесное")
    assert all(r["kind"] in KINDS for r in results), results
    assert results[0]["kind"] == "Школа" and _paths(results, site_url)[0] == "schools/sosh-lesnoe/"
    assert {"Школа", "Партнёрство", "Программа школы", "Мероприятие"} <= {r["kind"] for r in results}


def test_slash_and_s_open_the_search_box_and_enter_opens_the_best_result(page, site_url):
    page.goto(site_url + "about/")
    for key in ["/", "s"]:
        page.locator("body").click(position={"x": 5, "y": 300})
        page.keyboard.press(key)
        page.wait_for_function("() => document.activeElement.matches('input.md-search__input')")
        assert page.is_checked("#__search")
        page.keyboard.press("Escape")
        page.wait_for_function("() => !document.getElementById('__search').checked")
    page.keyboard.press("/")
    assert _paths(_query(page, "наставничеству"), site_url)[0] == MENTORING  # what the reader sees before Enter
    page.locator("input.md-search__input").press("Enter")
    page.wait_for_url(f"**/{MENTORING}**")


LONG = ("Как организовать работу с родителями обучающихся, у которых есть риски учебной неуспешности, если в школе "
        "нет психолога и социального педагога, а родители работают вахтой и приходят на собрания редко? ") * 6


@pytest.mark.parametrize(("query", "hint"), [
    ("и в на что", "только служебные слова"),
    ("?!… — «» …", "только служебные слова"),
    (LONG[:1000], "Запрос длиннее 200 знаков"),
    ("абракадабра", "нет ли опечатки"),  # Pagefind would answer with every «а»: not a match
    ("наставничество абракадабра", "нет ли опечатки"),
])
def test_bad_input_says_nothing_was_found_why_and_where_to_look(page, site_url, query, hint):
    assert len(LONG[:1000]) == 1000
    _open(page, site_url)
    assert _query(page, query) == []
    assert page.locator(".md-search-result__meta").inner_text() == NONE
    line = page.locator(".shnor-search-hint")
    assert hint in line.inner_text()
    link = line.locator("a")
    assert link.inner_text() == "Открыть каталог практик"
    assert link.get_attribute("href") == site_url + "practices/"
    if query == "абракадабра":
        screenshot(page, "header-search-nothing-found")
        link.click()
        page.wait_for_url(site_url + "practices/")
    # The page fixture fails the test on any JavaScript error.


def test_the_dropdown_in_the_dark_palette_on_a_phone_and_in_the_impaired_version(browser, site_url):
    errors: list[str] = []
    context = browser.new_context(viewport={"width": 360, "height": 740}, locale="ru-RU", is_mobile=True,
                                  has_touch=True)
    page = context.new_page()
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(site_url)
    set_palette(page, "slate")
    page.locator("label.md-header__button[for=__search]").click()
    page.wait_for_function(f"() => ({_META})() === {PLACEHOLDER!r}")
    results = _query(page, "ОВЗ")
    assert _paths(results, site_url)[0] == OVZ
    assert page.locator(".md-search-result__item").first.is_visible()
    # No sideways scrolling on a 360 px phone, once Material's opening transition of the dialog is over.
    page.wait_for_function("""() => {
      const box = document.querySelector('.md-search-result__item').getBoundingClientRect();
      return box.left >= 0 && box.right <= 360 && document.documentElement.scrollWidth <= 360;
    }""", timeout=10_000)
    screenshot(page, "header-search-dark-360")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(site_url)
    switch_impaired_version_on(page, {"size": "2", "scheme": "black"})
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.wait_for_function(f"() => ({_META})() === {PLACEHOLDER!r}")
    _query(page, "наставничеству")
    assert page.locator(".md-search-result__item h1 .shnor-search-kind").first.is_visible()
    screenshot(page, "header-search-impaired-black")
    page.goto(site_url)
    set_palette(page, "slate")
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.wait_for_function(f"() => ({_META})() === {PLACEHOLDER!r}")
    _query(page, "наставничеству")
    screenshot(page, "header-search-dark")
    context.close()
    assert errors == []


def test_the_shared_russian_query_script_on_a_page(page, site_url):
    """russian-search.js as a page loads it (the catalogue uses it too): words, stop words, the cut at 200
    characters, synonym variants, the text Pagefind gets, comparable scores and which matched forms count."""
    page.goto(site_url)
    got = page.evaluate("""async () => {
      const groups = ShnorSearch.synonymGroups(await (await fetch('search/synonyms.json')).json());
      const q = ShnorSearch.normalise('  «Дети» с ОВЗ — научно-методический   ');
      return {
        words: q.words, stop: ShnorSearch.normalise('и, в — на?').stopWordsOnly,
        long: ShnorSearch.normalise('я'.repeat(1000)).text.length,
        cut: ShnorSearch.normalise('я'.repeat(201)).truncated,
        ovz: ShnorSearch.variants(['дети', 'овз'], groups),
        back: ShnorSearch.variants(['ограниченными', 'возможностями', 'здоровья'], groups),
        mo: ShnorSearch.variants(['шмо'], groups),
        query: ShnorSearch.pagefindQuery(['цифровой', 'средой', 'мой', 'район', 'учителей']),
        score: ShnorSearch.score({score: 6}, ['школьное', 'методическое', 'объединение']),
        matches: [['дробями', 'дроби'], ['детей', 'дети'], ['наставничество', 'настав'], ['а', 'абракадабра'],
                  ['молодых', 'мо'], ['мо', 'мо'], ['учёте', 'учет']].map(([f, w]) => ShnorSearch.matches(f, w)),
      };
    }""")
    assert got["words"] == ["дети", "овз", "научно", "методический"]  # «с» is a stop word
    assert got["stop"] is True
    assert got["long"] == 200 and got["cut"] is True
    assert got["ovz"] == [["дети", "овз"], ["дети", "ограниченные", "возможности", "здоровья"]]
    assert got["back"] == [["ограниченными", "возможностями", "здоровья"], ["овз"]]  # in any ending
    # The expansion's «методическое объединение» is not replaced again by МО: «школьное мо» would match «мобильный».
    assert got["mo"] == [["шмо"], ["школьное", "методическое", "объединение"]]
    # Pagefind folds «й» to «и» before stemming: the final «й» goes, but not of a word of four letters or fewer.
    assert got["query"] == "цифрово средо мой район учителе"
    assert got["score"] == 2
    assert got["matches"] == [True, True, True, False, True, True, True]
