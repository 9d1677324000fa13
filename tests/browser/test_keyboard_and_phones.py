"""Keyboard only and phones: the skip link, a catalogue filter applied without a mouse, no horizontal scrolling at
360 px on any page kind (also with the largest type), filters folded into a panel, screenshots of every page kind at
360 and 1280 px in test-artifacts/ for a person to look at."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Page

from tests.accessibility.modes import switch_impaired_version_on
from tests.accessibility.page_kinds import KIND_NAMES, kind_paths
from tests.browser.conftest import screenshot

pytestmark = pytest.mark.browser

PHONE = {"width": 360, "height": 740}


def _tab_to(page, selector: str, limit: int = 80) -> int:
    for presses in range(1, limit + 1):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement && document.activeElement.matches(s)", selector):
            return presses
    raise AssertionError(f"{selector} is not reachable with Tab")


@pytest.mark.parametrize("kind", ["home", "catalogue", "practice", "not-found"])
def test_first_tab_shows_the_skip_link_in_russian_and_it_moves_focus_to_the_content(page, site_url, demo_site, kind):
    page.goto(site_url + kind_paths(kind, demo_site)[0])
    page.keyboard.press("Tab")
    skip = page.locator(".md-skip:focus")
    assert skip.text_content().strip() == "Перейти к содержанию"
    page.wait_for_function("() => getComputedStyle(document.querySelector('.md-skip')).opacity === '1'")  # fades in
    box = skip.bounding_box()
    assert box and box["y"] >= 0 and box["height"] > 10
    page.keyboard.press("Enter")
    # The next Tab starts inside the content, not in the header.
    page.keyboard.press("Tab")
    assert page.evaluate("!document.activeElement.closest('.md-header, .md-tabs, .shnor-a11y')")


def test_catalogue_filter_applied_with_the_keyboard_alone(page, site_url):
    page.goto(site_url + "practices/")
    page.wait_for_selector("#practice-filters[data-answered]", state="attached")  # the search has answered
    total = page.locator("#practice-list > li").count()
    assert page.text_content("#practice-count").startswith("Всего ")
    _tab_to(page, "#filter-direction")
    # A closed select takes arrow keys: the next option is chosen and the change applied.
    page.keyboard.press("ArrowDown")
    chosen = page.input_value("#filter-direction")
    assert chosen != ""
    page.wait_for_function("() => document.getElementById('practice-count').textContent.startsWith('Найдено')")
    shown = page.locator("#practice-list > li:not([hidden])").count()
    assert 0 < shown < total
    assert page.text_content("#practice-count").startswith(f"Найдено {shown} ")
    assert page.get_attribute("#practice-count", "aria-live") == "polite"
    assert page.url.endswith(f"practices/?direction={chosen}")
    # The text box comes first: typed words and Enter search them (the query joins the filter in the address).
    page.fill("#practice-query", "ВПР")  # Playwright has no Russian layout: the text is put in, Enter is a key press
    page.keyboard.press("Enter")
    page.wait_for_function("() => new URLSearchParams(location.search).get('q') === 'ВПР'")
    page.wait_for_selector("#practice-filters[data-answered]", state="attached")
    assert page.url.endswith(f"practices/?q=%D0%92%D0%9F%D0%A0&direction={chosen}")
    # «Сбросить» is reachable from the filters and brings every practice back.
    _tab_to(page, "#practice-filters button[type=reset]")
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.getElementById('practice-count').textContent.startsWith('Всего')")
    assert page.locator("#practice-list > li:not([hidden])").count() == total


def test_on_a_phone_the_filters_fold_into_a_panel_opened_from_the_keyboard(browser, site_url):
    context = browser.new_context(viewport=PHONE, locale="ru-RU")
    page = context.new_page()
    page.goto(site_url + "practices/")
    panel = page.locator("#practice-filters-panel")
    assert panel.evaluate("e => e.open") is False
    assert page.locator("#filter-direction").is_hidden()
    _tab_to(page, "#practice-filters-panel > summary")
    page.keyboard.press("Enter")
    assert page.locator("#filter-direction").is_visible()
    page.select_option("#filter-level", "ooo")
    assert "выбрано: 1" in page.text_content("#practice-filters-panel > summary")
    screenshot(page, "a11y-catalogue-filters-panel-360")
    context.close()


def test_on_a_wide_screen_the_filter_panel_is_open(page, site_url):
    page.goto(site_url + "practices/")
    assert page.locator("#practice-filters-panel").evaluate("e => e.open") is True
    assert page.locator("#filter-direction").is_visible()


def _horizontal_overflow(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")


@pytest.fixture(scope="module")
def kind_pages(browser, site_url) -> Iterator[dict[str, Page]]:
    """Three pages for every page kind, each of its own context: 360 and 1280 px wide, and 360 px with the largest
    type of the visually impaired version, switched on once from the home page (it lives in local storage)."""
    contexts = {name: browser.new_context(viewport={"width": width, "height": 900}, locale="ru-RU")
                for name, width in (("360", 360), ("1280", 1280))}
    contexts["360-impaired"] = browser.new_context(viewport=PHONE, locale="ru-RU")
    pages = {name: context.new_page() for name, context in contexts.items()}
    pages["360-impaired"].goto(site_url)
    switch_impaired_version_on(pages["360-impaired"], {"size": "3", "scheme": "black", "spacing": "2"})
    yield pages
    for context in contexts.values():
        context.close()


@pytest.mark.parametrize("kind", KIND_NAMES)
def test_page_kind_fits_a_phone_and_is_photographed(kind_pages, site_url, demo_site, kind):
    paths = kind_paths(kind, demo_site)
    if not paths:
        pytest.skip(f"the site has no {kind} page")
    path = paths[0]
    for width in ("360", "1280"):
        page = kind_pages[width]
        page.goto(site_url + path, wait_until="networkidle")
        if width == "360":
            assert _horizontal_overflow(page) <= 0, f"{path} scrolls sideways at 360 px"
        screenshot(page, f"a11y-{kind}-{width}")
    # The largest type of the visually impaired version must fit a phone too.
    page = kind_pages["360-impaired"]
    page.goto(site_url + path, wait_until="networkidle")
    assert page.get_attribute("html", "data-shnor-size") == "3"
    assert _horizontal_overflow(page) <= 0, f"{path} scrolls sideways at 360 px with 200 % type"
    # The first screen: at 200 % type a whole page is up to 90,000 px tall, too long to look at and seconds to draw.
    screenshot(page, f"a11y-{kind}-360-impaired", full_page=False)
