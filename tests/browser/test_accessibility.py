"""axe-core on one page of every kind, in the light and dark palettes, on a desktop and a phone, and in the version
for the visually impaired: no violation of serious or critical impact. axe-playwright-python ships axe.min.js, so
nothing is fetched. While each page loads, every request is recorded: none may leave the site's own host.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from urllib.parse import urlsplit

import pytest

from tests.accessibility.modes import MODE_NAMES, Mode, enter_mode, mode
from tests.accessibility.page_kinds import KIND_NAMES, kind_paths

pytestmark = pytest.mark.browser

BLOCKING = {"serious", "critical"}


def axe_violations(page) -> list[dict]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [v for v in results.response["violations"] if v["impact"] in BLOCKING]


def describe(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        lines.append(f"{v['id']} ({v['impact']}): {v['help']}")
        for node in v["nodes"][:5]:
            summary = (node.get("failureSummary") or "").replace("\n", " ")
            lines.append(f"    {' '.join(map(str, node['target']))}: {summary[:300]}")
    return "\n".join(lines)


def test_axe_is_bundled_with_the_package():
    from axe_playwright_python.base import AXE_FILE_PATH, AXE_SCRIPT

    assert AXE_FILE_PATH.is_file()
    assert AXE_SCRIPT.startswith("/*! axe v4")


class _ModePage:
    """One page of its own context per display mode, put into the mode once through the page's controls (the mode
    lives in the context's local storage) and then taken from page kind to page kind; it keeps its JavaScript
    errors in ``errors``."""

    def __init__(self, browser, site_url: str, m: Mode) -> None:
        self.context = browser.new_context(viewport={"width": m.width, "height": 900}, locale="ru-RU")
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        enter_mode(self.page, site_url, m)


@pytest.fixture(scope="module")
def mode_pages(browser, site_url) -> Iterator[Callable[[Mode], _ModePage]]:
    pages: dict[str, _ModePage] = {}

    def page_in(m: Mode) -> _ModePage:
        if m.name not in pages:
            pages[m.name] = _ModePage(browser, site_url, m)
        return pages[m.name]

    yield page_in
    for opened in pages.values():
        opened.context.close()


@pytest.mark.parametrize("mode_name", MODE_NAMES)
@pytest.mark.parametrize("kind", KIND_NAMES)
def test_page_kind_has_no_serious_accessibility_violation(mode_pages, site_url, demo_site, kind, mode_name):
    paths = kind_paths(kind, demo_site)
    if not paths:
        pytest.skip(f"the site has no {kind} page")
    m = mode(mode_name)
    in_mode = mode_pages(m)
    page = in_mode.page
    own_host = urlsplit(site_url).netloc
    foreign: list[str] = []

    def record(request) -> None:
        if urlsplit(request.url).netloc not in ("", own_host):
            foreign.append(request.url)

    page.on("request", record)
    failures = {}
    try:
        for path in paths:
            page.goto(site_url + path, wait_until="networkidle")
            assert page.get_attribute("body", "data-md-color-scheme") == m.palette
            if m.impaired:
                assert page.get_attribute("html", "data-shnor-a11y") == "on"
            violations = axe_violations(page)
            if violations:
                failures[path] = describe(violations)
    finally:
        page.remove_listener("request", record)
        errors, in_mode.errors[:] = list(in_mode.errors), []  # this test's, entering the mode included
    assert foreign == [], "requests to other hosts"
    assert errors == [], f"JavaScript errors on the page: {errors}"
    assert not failures, "\n".join(f"{path}:\n{text}" for path, text in failures.items())
