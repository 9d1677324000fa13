"""The Content-Security-Policy meta (shnor.site.csp) in headless Chromium on the built demo site: one page of every
kind and what a reader does there (search, filters, the contribute form, the version for the visually impaired, the
palette) report no violation and no console error; a page with an injected event handler, inline script,
``javascript:`` link and foreign image reports a violation for each and opens no dialog."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.accessibility.modes import mode, set_palette, switch_impaired_version_on
from tests.accessibility.page_kinds import KIND_NAMES, kind_paths
from tests.browser.conftest import screenshot
from tests.browser.test_contribute_form import TITLE, _fill

pytestmark = pytest.mark.browser

# Before any script of the page: every violation the document reports, in the order reported.
_RECORD = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => window.__cspViolations.push({
  directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample, line: e.lineNumber}));
"""
# Violations are reported in a task of their own: let those of the last action arrive.
_SETTLED = "() => new Promise((resolve) => setTimeout(() => resolve(window.__cspViolations), 200))"


class Watched:
    """A page that records CSP violations, console errors and dialogs (dismissed: none may open)."""

    def __init__(self, page) -> None:
        self.page = page
        self.console: list[str] = []
        self.dialogs: list[str] = []
        page.add_init_script(_RECORD)
        page.on("console", lambda m: m.type == "error" and self.console.append(m.text))
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))

    def violations(self) -> list[dict]:
        self.page.wait_for_load_state("networkidle")
        return self.page.evaluate(_SETTLED)

    def assert_clean(self, where: str) -> None:
        assert self.violations() == [], f"{where}: blocked by the Content-Security-Policy"
        assert self.console == [], f"{where}: console errors"
        assert self.dialogs == [], f"{where}: dialogs"


@pytest.fixture
def watched(page) -> Watched:
    return Watched(page)


def _policy(page) -> str:
    return page.get_attribute('meta[http-equiv="Content-Security-Policy"]', "content")


@pytest.mark.parametrize("kind", KIND_NAMES)
def test_every_page_kind_runs_under_its_policy(watched, site_url, demo_site, kind):
    paths = kind_paths(kind, demo_site)
    if not paths:
        pytest.skip(f"the site has no {kind} page")
    for path in paths:
        watched.page.goto(site_url + path)
        assert "script-src 'self' 'wasm-unsafe-eval' 'sha256-" in _policy(watched.page), path
        watched.assert_clean(path)
    # The theme's inline scripts ran (Material's defines __md_get), and the site's own files (a11y.js shows its bar).
    assert watched.page.evaluate("() => typeof __md_get") == "function"
    assert watched.page.locator("#shnor-a11y").is_visible()


def test_header_search_finds_practices(watched, site_url):
    page = watched.page
    page.goto(site_url)
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.wait_for_function(  # the worker has downloaded and built the index
        "() => { const m = document.querySelector('.md-search-result__meta');"
        " return m && m.textContent.trim() !== '' && !m.textContent.includes('Инициализация'); }",
        timeout=60000,
    )
    page.fill("input.md-search__input", "наставник")
    page.keyboard.press("End")  # Material reads the query on keyup (see test_practice_bank)
    page.wait_for_selector(".md-search-result__item", timeout=15000)
    assert page.locator(".md-search-result__item").count() > 0
    screenshot(page, "csp-search")
    watched.assert_clean("search")


def test_catalogue_filters(watched, site_url):
    page = watched.page
    page.goto(site_url + "practices/?direction=education")
    assert page.input_value("#filter-direction") == "education"
    count = page.locator("#practice-count").inner_text()
    page.select_option("#filter-level", "ooo")
    page.wait_for_function("(before) => document.getElementById('practice-count').textContent !== before", arg=count)
    assert page.url.endswith("practices/?direction=education&level=ooo")
    watched.assert_clean("catalogue filters")


def test_contribute_form_checks_previews_and_downloads(watched, site_url):
    page = watched.page
    page.goto(site_url + "contribute/")
    _fill(page)
    page.fill("#f-title", TITLE)
    page.click("#contribute-check")  # the JSON-schema check
    assert page.locator("#contribute-errors").is_hidden()
    assert page.locator("#contribute-preview h3").inner_text() == TITLE
    with page.expect_download() as info:
        page.click("#contribute-download")
    assert info.value.suggested_filename.endswith(".md")
    assert page.get_attribute("#contribute-github", "href").startswith("https://github.com/")
    screenshot(page, "csp-contribute-preview")
    watched.assert_clean("contribute form")


def test_version_for_the_visually_impaired_and_the_palette(watched, site_url):
    page = watched.page
    page.goto(site_url)
    set_palette(page, "slate")
    switch_impaired_version_on(page, mode("impaired-black").impaired)
    watched.assert_clean("switches")
    page.goto(site_url + "blog/")  # the settings applied before the first paint, by the theme's inline script
    assert page.get_attribute("html", "data-shnor-a11y") == "on"
    assert page.get_attribute("body", "data-md-color-scheme") == "slate"
    page.locator(".shnor-a11y__toggle").click()
    set_palette(page, "default")
    watched.assert_clean("switches, blog")


def test_injected_markup_is_blocked_and_reported(watched, site_url, demo_site: Path):
    home = (demo_site / "index.html").read_text(encoding="utf-8")
    head = re.search(r"<head>.*?</head>", home, re.S).group(0)  # the home page's policy, hashes and all
    probe = (
        f'<!doctype html><html lang="ru">{head}<body>\n'
        '<img src=x onerror=alert(1)>\n'
        '<script>alert(2)</script>\n'
        '<a id="js" href="javascript:alert(3)">ссылка</a>\n'
        '<img src="https://example.org/tracker.png" alt="">\n'
        "</body></html>"
    )
    # Served at an address of the site, from here: the built site, which other tests (and workers) read, stays as
    # built (a file written into it had a javascript: link and a foreign image for the checks of every page).
    page = watched.page
    page.route(site_url + "csp-probe.html", lambda route: route.fulfill(body=probe, content_type="text/html"))
    page.goto(site_url + "csp-probe.html")
    page.click("#js")
    page.wait_for_function("() => window.__cspViolations.length >= 4")
    directives = sorted(v["directive"] for v in watched.violations())
    assert watched.dialogs == []
    # onerror=; the inline script and the javascript: link; the foreign image.
    assert directives == ["img-src", "script-src-attr", "script-src-elem", "script-src-elem"]
