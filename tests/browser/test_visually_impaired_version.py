"""«Версия для слабовидящих» (ГОСТ Р 52872-2019), driven with the keyboard alone: the switch on every page, larger
type in several steps, black on white and white on black, hidden images, wider letter spacing, every change announced
and remembered from page to page."""

from __future__ import annotations

import re

import pytest

from tests.accessibility.page_kinds import kind_paths

pytestmark = pytest.mark.browser


def _a_page_with_an_image(site) -> str:
    for path in sorted(site.rglob("index.html")):
        article = re.search(r"<article.*?</article>", path.read_text(encoding="utf-8"), re.DOTALL)
        if article and re.search(r'<img[^>]+alt="[^"]+"', article.group(0)):
            return path.parent.relative_to(site).as_posix() + "/"
    raise AssertionError("no built page shows an image with alt text")


def _focus(page, selector: str, limit: int = 80) -> None:
    """Press Tab until the element is focused, as a keyboard user does."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement && document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"{selector} is not reachable with Tab")


def _announced(page) -> str:
    # A function, not a bare expression: Playwright evals an expression in the page, which the CSP forbids.
    page.wait_for_function("() => document.getElementById('shnor-a11y-status').textContent !== ''")
    return page.text_content("#shnor-a11y-status")


def _px(page, selector: str, prop: str) -> float:
    return float(page.eval_on_selector(selector, f"e => getComputedStyle(e)['{prop}']").replace("px", "") or 0)


def test_the_switch_is_on_every_page_kind_labelled_and_off_by_default(page, site_url, demo_site):
    paths = [path for kind in ("home", "catalogue", "practice", "school", "contribute", "not-found")
             for path in kind_paths(kind, demo_site)]
    for path in paths:
        page.goto(site_url + path)
        toggle = page.get_by_role("button", name="Версия для слабовидящих")
        assert toggle.is_visible(), path
        assert toggle.get_attribute("aria-pressed") == "false"
        assert page.locator("#shnor-a11y-panel").is_hidden()
        assert page.get_attribute("html", "data-shnor-a11y") is None


def test_keyboard_reader_enlarges_type_switches_colours_and_is_told_each_time(page, site_url):
    page.goto(site_url + "practices/")
    normal_size = _px(page, "html", "fontSize")
    _focus(page, ".shnor-a11y__toggle")
    page.keyboard.press("Enter")
    assert _announced(page) == "Версия для слабовидящих включена"
    assert page.get_attribute(".shnor-a11y__toggle", "aria-pressed") == "true"
    assert page.locator("#shnor-a11y-panel").is_visible()

    sizes = []
    for value in ("1", "2", "3"):
        _focus(page, f'[data-shnor-setting="size"][data-shnor-value="{value}"]')
        page.keyboard.press("Space")
        sizes.append(_px(page, "html", "fontSize"))
        button = page.locator(f'[data-shnor-setting="size"][data-shnor-value="{value}"]')
        assert button.get_attribute("aria-pressed") == "true"
    assert _announced(page) == "Размер шрифта: 200 %"
    # Three steps above the ordinary size, each larger than the one before: 125 %, 150 %, 200 %.
    assert [round(s / normal_size, 2) for s in sizes] == [1.25, 1.5, 2.0]

    page.click('[data-shnor-setting="scheme"][data-shnor-value="black"]')
    assert _announced(page) == "Цвета: белым по чёрному"
    assert page.eval_on_selector("body", "e => getComputedStyle(e).backgroundColor") == "rgb(0, 0, 0)"
    assert page.eval_on_selector("article h1", "e => getComputedStyle(e).color") == "rgb(255, 255, 255)"
    page.click('[data-shnor-setting="scheme"][data-shnor-value="white"]')
    assert page.eval_on_selector("body", "e => getComputedStyle(e).backgroundColor") == "rgb(255, 255, 255)"
    assert page.eval_on_selector("article h1", "e => getComputedStyle(e).color") == "rgb(0, 0, 0)"

    page.click('[data-shnor-setting="spacing"][data-shnor-value="2"]')
    assert _announced(page) == "Интервал между буквами: большой"
    # 0.12 em, WCAG 1.4.12's letter spacing, at the current font size.
    paragraph = "article p"
    assert _px(page, paragraph, "letterSpacing") == pytest.approx(0.12 * _px(page, paragraph, "fontSize"), rel=0.05)


def test_settings_follow_the_reader_to_other_pages_and_can_be_switched_off(page, site_url):
    page.goto(site_url)
    page.click(".shnor-a11y__toggle")
    page.click('[data-shnor-setting="size"][data-shnor-value="2"]')
    page.click('[data-shnor-setting="scheme"][data-shnor-value="black"]')
    page.goto(site_url + "schools/")
    assert page.get_attribute("html", "data-shnor-size") == "2"
    assert page.get_attribute("html", "data-shnor-scheme") == "black"
    assert page.get_attribute(".shnor-a11y__toggle", "aria-pressed") == "true"
    assert page.get_attribute('[data-shnor-setting="size"][data-shnor-value="2"]', "aria-pressed") == "true"

    page.click(".shnor-a11y__toggle")
    assert _announced(page) == "Версия для слабовидящих выключена"
    page.goto(site_url + "about/")
    assert page.get_attribute("html", "data-shnor-a11y") is None
    assert page.eval_on_selector("body", "e => getComputedStyle(e).backgroundColor") == "rgb(255, 255, 255)"
    assert page.locator("#shnor-a11y-panel").is_hidden()


def test_hidden_images_give_way_to_their_alt_text(page, site_url, demo_site):
    page.goto(site_url + _a_page_with_an_image(demo_site))
    image = page.locator(".md-content img[alt]").first
    alt = image.get_attribute("alt")
    assert image.is_visible()
    page.click(".shnor-a11y__toggle")
    page.click('[data-shnor-setting="images"][data-shnor-value="off"]')
    assert _announced(page) == "Изображения скрыты"
    assert image.is_hidden()
    assert page.get_by_text(f"Изображение: {alt}").first.is_visible()
