"""A teacher searches the bank in Russian and filters the catalogue, in a real browser."""

from __future__ import annotations

import re

import pytest

from shnor.kinds import load_repository
from tests.browser.conftest import screenshot
from tests.conftest import REPO, TODAY

pytestmark = pytest.mark.browser

MENTORING = "nastavnichestvo-molodyh-pedagogov"


def _search(page, site_url: str, query: str) -> list[str]:
    page.goto(site_url)
    page.locator("label.md-search__icon, .md-search__input").first.click()
    # The search worker builds its index after the page loads; a query typed before that can be lost.
    page.wait_for_function(
        "() => { const m = document.querySelector('.md-search-result__meta');"
        " return m && m.textContent.trim() !== '' && !m.textContent.includes('Инициализация'); }",
        timeout=60000,
    )
    page.fill("input.md-search__input", query)
    # Material reads the query on keyup; Playwright inserts Cyrillic text without key events (there is no Russian
    # layout), so a key press stands in for the last keystroke of a real keyboard.
    page.keyboard.press("End")
    page.wait_for_selector(".md-search-result__item", timeout=15000)
    return page.eval_on_selector_all(".md-search-result__item a", "links => links.map(a => a.href)")


@pytest.mark.parametrize("query", ["наставничество", "наставника"])
def test_russian_search_finds_the_mentoring_practice_in_any_form(page, site_url, query):
    links = _search(page, site_url, query)
    assert any(f"/practices/{MENTORING}/" in href for href in links), links
    # Only the mentoring practice speaks of mentors; pages that merely mention the word are docs pages.
    practice_hits = {
        re.search(r"/practices/([^/#]+)/", h).group(1) for h in links if re.search(r"/practices/[^/#]+/", h)
    }
    assert practice_hits == {MENTORING}
    screenshot(page, f"search-{query}")


# Worked out by hand from the demo practices: direction «организация образовательной деятельности» and level ООО.
# letnyaya-predmetnaya-shkola matches too but is a draft: drafts are never published.
EXPECTED_EDUCATION_OOO = {
    "individualnye-obrazovatelnye-marshruty",
    "podgotovka-k-oge-po-matematike-v-selskoy-shkole",
    "smyslovoe-chtenie-na-vseh-predmetah",
}


def _answered(page) -> None:
    """Until the catalogue's search has answered the form as it is (practice-search.js marks the form)."""
    page.wait_for_selector("#practice-filters[data-answered]", state="attached")


def test_two_filters_combine_and_show_the_count(page, site_url):
    page.goto(site_url + "practices/")
    _answered(page)
    page.select_option("#filter-direction", "education")
    page.select_option("#filter-level", "ooo")
    _answered(page)
    visible = page.eval_on_selector_all(
        "#practice-list > li:not([hidden]) h2 a", "links => links.map(a => a.getAttribute('href'))"
    )
    ids = {href.strip("./").split("/")[-1] for href in visible}
    assert ids == EXPECTED_EDUCATION_OOO
    assert page.text_content("#practice-count") == "Найдено 3 практики из 16"
    assert page.url.endswith("practices/?direction=education&level=ooo")
    screenshot(page, "catalogue-two-filters")


def test_filtered_view_is_shareable_by_url(page, site_url):
    page.goto(site_url + "practices/?direction=education&level=ooo")
    _answered(page)
    assert page.input_value("#filter-direction") == "education"
    assert page.input_value("#filter-level") == "ooo"
    assert page.locator("#practice-list > li:not([hidden])").count() == len(EXPECTED_EDUCATION_OOO)


def _catalogue_in_pages_of(page, site_url: str, size: int) -> None:
    """The catalogue as served, with pages of ``size`` cards: the demo bank has fewer practices than a page."""

    def smaller_pages(route):
        response = route.fetch()
        body = response.text().replace('data-page-size="50"', f'data-page-size="{size}"', 1)
        route.fulfill(response=response, body=body)

    page.route("**/practices/", smaller_pages)
    page.goto(site_url + "practices/")
    _answered(page)


def _shown(page) -> list[str]:
    return page.eval_on_selector_all(
        "#practice-list > li:not([hidden]) h2 a", "links => links.map(a => a.getAttribute('href'))"
    )


def _cards_are(page, n: int) -> None:
    page.wait_for_function("(n) => document.querySelectorAll('#practice-list > li').length === n", arg=n)


def test_show_more_with_the_keyboard_adds_the_next_cards_and_moves_focus_to_the_first_of_them(page, site_url):
    _catalogue_in_pages_of(page, site_url, 5)
    # Without filters the matches are the whole bank, newest first: the order of the pages without JavaScript.
    every = [f"{record.data.id}/" for record in load_repository(REPO, TODAY).published]
    assert _shown(page) == every[:5]
    # The live region still counts every practice; the note under the list says how many are on screen.
    assert page.text_content("#practice-count") == f"Всего {len(every)} практик"
    assert page.text_content(".shnor-more__note") == f"Показаны 5 из {len(every)}."
    more = page.locator(".shnor-more button")
    assert more.text_content() == "Показать ещё 5"
    # From the last card shown, Tab reaches the button; Enter shows the next cards and focus goes to the first new one.
    page.focus(f'#practice-list h2 a[href="{every[4]}"]')
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.matches('.shnor-more button')")
    page.keyboard.press("Enter")
    _cards_are(page, 10)
    assert _shown(page) == every[:10]
    assert page.evaluate("document.activeElement.getAttribute('href')") == every[5]
    screenshot(page, "catalogue-show-more")
    # Space works as well; the last press shows the rest and the button goes away.
    while more.is_visible():
        more.focus()
        shown = len(_shown(page))
        page.keyboard.press("Space")
        _cards_are(page, min(shown + 5, len(every)))
    assert _shown(page) == every
    # A reload (or the back button) keeps what the reader had opened.
    page.reload()
    _answered(page)
    assert _shown(page) == every


def test_a_filter_starts_again_from_the_first_page_and_counts_every_match(page, site_url):
    _catalogue_in_pages_of(page, site_url, 2)
    page.locator(".shnor-more button").click()
    page.select_option("#filter-direction", "education")
    _answered(page)
    assert len(_shown(page)) == 2
    assert page.text_content("#practice-count") == "Найдено 6 практик из 16"
    assert page.text_content(".shnor-more__note") == "Показаны 2 из 6."
    page.select_option("#filter-level", "ooo")
    _answered(page)
    assert page.text_content("#practice-count") == "Найдено 3 практики из 16"
    page.locator(".shnor-more button").click()
    _cards_are(page, 3)
    assert {href.strip("./").split("/")[-1] for href in _shown(page)} == EXPECTED_EDUCATION_OOO
    assert page.locator(".shnor-more").is_hidden()


def test_a_link_to_one_person_opens_the_pages_up_to_them(page, site_url):
    # The same script pages the people list; school pages link to a person's item by its id.
    def one_per_page(route, request=None):
        response = route.fetch()
        body = response.text().replace('<ol id="person-list"', '<ol id="person-list" data-page-size="1"', 1)
        route.fulfill(response=response, body=body)

    page.route("**/people/", one_per_page)
    page.goto(site_url + "people/")
    ids = page.eval_on_selector_all("#person-list > li", "items => items.map(li => li.id)")
    assert len(ids) >= 5 and page.locator("#person-list > li:not([hidden])").count() == 1
    page.goto(site_url)
    page.goto(site_url + f"people/#{ids[2]}")  # a page load
    assert page.locator(f"#{ids[2]}").is_visible()
    assert page.locator("#person-list > li:not([hidden])").count() == 3
    page.goto(site_url + f"people/#{ids[4]}")  # the same page: only the hash changes
    assert page.locator(f"#{ids[4]}").is_visible()
    assert page.locator("#person-list > li:not([hidden])").count() == 5


def test_catalogue_is_a_plain_list_without_javascript(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "practices/")
    assert page.locator("#practice-filters").is_hidden()
    assert page.locator(".shnor-nojs").is_visible()  # filters need JavaScript; the full list is paged
    assert page.locator("#practice-list > li").count() == page.locator("#practice-list > li:visible").count() > 15
    assert page.locator(".shnor-more").count() == 0  # «Показать ещё» is the script's; the static pages page it
    context.close()


def test_practice_page_prints_on_at_most_two_a4_pages(page, site_url, tmp_path):
    page.goto(site_url + f"practices/{MENTORING}/")
    pdf = tmp_path / "practice.pdf"
    page.pdf(path=str(pdf), format="A4")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes()))
    assert 1 <= pages <= 2, pages
