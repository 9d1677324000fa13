"""The catalogue's one search (issue 15) through its real interface: the text box «Что ищете?» and the filters
give one Pagefind query, the address carries the state (reload, back and forward restore it), the count line says
how many, bad input gets a clear Russian message, a hand-edited filter value that does not exist is reported and
left out. The page fixture fails a test on any JavaScript error.

Expected practices are worked out by hand from practices/*.md (16 published, 2 drafts):
* «ВПР» is in the text of analiz-vpr…, cifrovaya…, formiruyushchee…, individualnye…, nastavnichestvo…,
  obektivnost…, smyslovoe… and vnutrishkolnaya…; of them ООО and «одобрена» are obektivnost… and vnutrishkolnaya…
  (formiruyushchee… is одобрена but НОО only);
* ООО: 13 practices — by direction: education 3, upbringing-family 3, teachers 4, management 3.
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from tests.accessibility.modes import MODE_NAMES, enter_mode, mode
from tests.browser.conftest import screenshot

pytestmark = pytest.mark.browser

VPR_OOO_APPROVED = ["obektivnost-vpr-perekrestnaya-proverka", "vnutrishkolnaya-sistema-povysheniya-kvalifikacii"]
TITLES_WITH_VPR = {"obektivnost-vpr-perekrestnaya-proverka", "analiz-vpr-koridor-reshaemosti"}


def _open(page, site_url: str, query: str = "") -> None:
    page.goto(site_url + "practices/" + query)
    _settled(page)


def _settled(page) -> None:
    """Until the script has answered the form as it is (it marks the form data-answered)."""
    page.wait_for_selector("#practice-filters[data-answered]", state="attached")


def _ids(page) -> list[str]:
    hrefs = page.eval_on_selector_all("#practice-list > li h2 a", "links => links.map(a => a.getAttribute('href'))")
    return [href.strip("./").split("/")[-1] for href in hrefs]


def _count(page) -> str:
    return page.text_content("#practice-count")


def _count_is(page, text: str) -> None:
    page.wait_for_function("(text) => document.getElementById('practice-count').textContent === text", arg=text)


def _query(page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


def _type(page, text: str) -> None:
    page.fill("#practice-query", text)
    page.wait_for_function("(text) => new URLSearchParams(location.search).get('q') === text", arg=text.strip())
    _settled(page)


def test_text_and_two_filters_give_the_practices_worked_out_by_hand(page, site_url):
    _open(page, site_url)
    _type(page, "ВПР")
    page.select_option("#filter-level", "ooo")
    page.select_option("#filter-status", "approved")
    _count_is(page, "Найдено 2 практики из 16")
    assert _ids(page) == VPR_OOO_APPROVED  # the title match first
    assert _query(page) == {"q": ["ВПР"], "level": ["ooo"], "status": ["approved"]}
    # The snippet marks the word found; the card keeps the school, the badges and the link.
    first = page.locator("#practice-list > li").first
    assert first.locator(".shnor-practice__snippet mark").first.text_content() == "ВПР"
    assert first.locator(".shnor-practice__meta").text_content().startswith("СОШ № 7 п. Сосновый Бор · ")
    assert first.locator(".shnor-badge--approved").text_content() == "одобрена"
    assert first.locator(".shnor-badge--evidence-3").count() == 1
    screenshot(page, "catalogue-search-text-and-filters")
    # The reload restores the form and the list from the address.
    page.reload()
    _settled(page)
    assert page.input_value("#practice-query") == "ВПР"
    assert page.input_value("#filter-level") == "ooo" and page.input_value("#filter-status") == "approved"
    assert _ids(page) == VPR_OOO_APPROVED and _count(page) == "Найдено 2 практики из 16"
    # Material's header search, which also reads ?q=, stays closed: q is the catalogue's.
    assert page.evaluate("document.querySelector('[data-md-toggle=search]').checked") is False


def test_a_match_in_the_title_or_summary_ranks_first(page, site_url):
    _open(page, site_url, "?q=ВПР&level=ooo")
    ids = _ids(page)
    assert len(ids) == 7 and _count(page) == "Найдено 7 практик из 16"
    assert set(ids[:2]) == TITLES_WITH_VPR


def test_options_count_the_practices_they_would_leave(page, site_url):
    _open(page, site_url, "?level=ooo")
    assert _count(page) == "Найдено 13 практик из 16"
    options = page.eval_on_selector_all("#filter-direction option", "os => os.map(o => o.textContent)")
    assert options == ["Все", "Образовательная деятельность (3)", "Воспитание и работа с семьёй (3)",
                       "Работа с педагогами (4)", "Анализ и управление (3)"]
    # A chosen filter's own options count without it: switching to another level is what they tell.
    levels = dict(page.eval_on_selector_all("#filter-level option", "os => os.map(o => [o.value, o.textContent])"))
    assert levels["ooo"] == "ООО (13)"


def test_back_and_forward_step_through_the_changes(page, site_url):
    _open(page, site_url)
    page.select_option("#filter-direction", "education")
    _count_is(page, "Найдено 6 практик из 16")
    page.select_option("#filter-level", "ooo")
    _count_is(page, "Найдено 3 практики из 16")
    assert page.url.endswith("practices/?direction=education&level=ooo")
    page.go_back()
    _count_is(page, "Найдено 6 практик из 16")
    assert page.url.endswith("practices/?direction=education") and page.input_value("#filter-level") == ""
    page.go_back()
    _count_is(page, "Всего 16 практик")
    assert page.input_value("#filter-direction") == "" and len(_ids(page)) == 16
    page.go_forward()
    page.go_forward()
    _count_is(page, "Найдено 3 практики из 16")
    assert page.input_value("#filter-direction") == "education" and page.input_value("#filter-level") == "ooo"


def test_an_unknown_filter_value_in_the_address_is_reported_and_ignored(page, site_url):
    _open(page, site_url, "?direction=nope&level=ooo")
    assert page.text_content("#practice-notice") == "Фильтр «Направление: nope» не найден и не применён."
    assert page.locator("#practice-notice").is_visible()
    assert page.input_value("#filter-direction") == "" and page.input_value("#filter-level") == "ooo"
    assert _count(page) == "Найдено 13 практик из 16"
    assert page.url.endswith("practices/?level=ooo")  # the address no longer claims it
    page.select_option("#filter-direction", "upbringing-family")  # the reader moves on: the note has been read
    _count_is(page, "Найдено 3 практики из 16")
    assert page.locator("#practice-notice").is_hidden()


@pytest.mark.parametrize(("query", "says"), [
    ("и в на", "В запросе «и в на» только служебные слова (предлоги, союзы, частицы) — по ним практику не найти."),
    ("?!… — ,", "В запросе «?!… — ,» нет ни одного слова — только знаки и символы."),
    ("абырвалг", "По запросу «абырвалг» ничего не найдено."),
])
def test_bad_input_gets_a_clear_message_and_a_way_back(page, site_url, query, says):
    _open(page, site_url)
    _type(page, query)
    _count_is(page, "Найдено 0 практик из 16")
    empty = page.locator("#practice-empty")
    assert empty.is_visible()
    assert empty.locator(".shnor-search-empty__title").text_content() == says
    assert empty.locator(".shnor-search-empty__hints li").count() >= 1
    assert _ids(page) == []
    whole = empty.get_by_role("link", name="Весь каталог — 16 практик")
    whole.click()
    _settled(page)
    assert _count(page) == "Всего 16 практик" and len(_ids(page)) == 16 and page.input_value("#practice-query") == ""


def test_nothing_found_with_filters_offers_to_reset_them(page, site_url):
    _open(page, site_url, "?q=абырвалг&level=ooo&status=approved")
    empty = page.locator("#practice-empty")
    assert empty.locator(".shnor-search-empty__title").text_content() == (
        "По запросу «абырвалг» с выбранными фильтрами ничего не найдено.")
    assert "Фильтры: Уровень образования — ООО; Статус рассмотрения — одобрена." in empty.text_content()
    screenshot(page, "catalogue-search-nothing-found")
    empty.get_by_role("button", name="Сбросить фильтры").click()
    page.wait_for_function("() => !new URLSearchParams(location.search).has('level')")
    _settled(page)
    assert _query(page) == {"q": ["абырвалг"]}
    assert page.input_value("#filter-level") == "" and page.input_value("#filter-status") == ""
    assert empty.locator(".shnor-search-empty__title").text_content() == "По запросу «абырвалг» ничего не найдено."
    assert empty.get_by_role("button", name="Сбросить фильтры").count() == 0


def test_a_thousand_characters_are_cut_and_said_so(page, site_url):
    _open(page, site_url)
    _type(page, ("ВПР " * 250).strip())
    page.wait_for_function("() => !document.getElementById('practice-notice').hidden")
    notice = page.text_content("#practice-notice")
    assert notice.startswith("Запрос длиннее 200 знаков: искали по его началу — «ВПР ВПР")
    assert _count(page) == "Найдено 8 практик из 16"
    page.fill("#practice-query", "ж" * 1000)  # one «word» no practice has
    _count_is(page, "Найдено 0 практик из 16")
    assert "ничего не найдено" in page.text_content("#practice-empty .shnor-search-empty__title")


def test_without_javascript_the_note_says_filters_need_it(browser, site_url):
    context = browser.new_context(java_script_enabled=False, locale="ru-RU")
    page = context.new_page()
    page.goto(site_url + "practices/?q=ВПР&level=ooo")
    assert page.locator("#practice-filters").is_hidden()
    assert page.locator(".shnor-nojs").is_visible()
    assert "Поиск по тексту и фильтры работают, когда в браузере включён JavaScript" in page.text_content(".shnor-nojs")
    assert page.locator("#practice-list > li:visible").count() == 16  # the whole demo bank is one page
    context.close()


@pytest.mark.parametrize("mode_name", MODE_NAMES)
def test_search_results_in_every_display_mode_fit_and_are_photographed(page, site_url, mode_name):
    m = mode(mode_name)
    enter_mode(page, site_url, m)
    _open(page, site_url, "?q=ВПР&level=ooo")
    assert page.locator(".shnor-practice__snippet mark").count() > 0
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"the catalogue scrolls sideways in {mode_name}"
    # On a phone the filters fold away and the text box stays on the first screen.
    if m.width == 360:
        assert page.locator("#practice-filters-panel").evaluate("e => e.open") is False
        assert page.locator("#practice-query").is_visible()
    screenshot(page, f"catalogue-search-{mode_name}")
