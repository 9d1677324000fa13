"""axe-core on one page of every kind, in the light and dark palettes, on a desktop and a phone, and in the version
for the visually impaired: no violation of serious or critical impact. axe-playwright-python ships axe.min.js, so
nothing is fetched. While each page loads, every request is recorded: none may leave the site's own host.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from tests.accessibility.modes import MODE_NAMES, enter_mode, mode
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


@pytest.mark.parametrize("mode_name", MODE_NAMES)
@pytest.mark.parametrize("kind", KIND_NAMES)
def test_page_kind_has_no_serious_accessibility_violation(page, site_url, demo_site, kind, mode_name):
    paths = kind_paths(kind, demo_site)
    if not paths:
        pytest.skip(f"the site has no {kind} page")
    m = mode(mode_name)
    enter_mode(page, site_url, m)
    own_host = urlsplit(site_url).netloc
    foreign: list[str] = []
    page.on("request", lambda request: urlsplit(request.url).netloc in ("", own_host) or foreign.append(request.url))
    failures = {}
    for path in paths:
        page.goto(site_url + path, wait_until="networkidle")
        assert page.get_attribute("body", "data-md-color-scheme") == m.palette
        if m.impaired:
            assert page.get_attribute("html", "data-shnor-a11y") == "on"
        violations = axe_violations(page)
        if violations:
            failures[path] = describe(violations)
    assert foreign == [], "requests to other hosts"
    assert not failures, "\n".join(f"{path}:\n{text}" for path, text in failures.items())
