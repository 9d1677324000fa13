"""The practice card for other sites, as a regional portal shows it: inside an <iframe> of a page on another
origin, accessible to axe on its own, and under 10 KB transferred."""

from __future__ import annotations

import pytest

from shnor.site.local_host import serve
from tests.browser.conftest import screenshot
from tests.browser.test_accessibility import axe_violations, describe

pytestmark = pytest.mark.browser

CARD = "embed/practices/roditelskiy-klub/"


def test_card_has_no_accessibility_violation_and_is_small(page, site_url):
    sizes = []
    page.on("response", lambda response: sizes.append(len(response.body())))
    page.goto(site_url + CARD, wait_until="networkidle")
    assert sum(sizes) <= 10 * 1024, sizes
    assert len(sizes) == 1, "the card asks for nothing besides itself"
    assert page.title().startswith("Родительский клуб")
    violations = axe_violations(page)
    assert violations == [], describe(violations)
    screenshot(page, "embed-card")


def test_card_renders_in_an_iframe_of_another_site(page, site_url, tmp_path):
    # A portal page on another origin (another port), served from the machine itself as the site is: Chromium
    # refuses to let a page from nowhere (a routed response counts as public) frame a local address.
    (tmp_path / "index.html").write_text(
        f'<!doctype html><html lang="ru"><title>Портал</title><h1>Портал региона</h1>'
        f'<iframe src="{site_url}{CARD}" title="Практика банка" width="600" height="340"></iframe>', encoding="utf-8")
    violations: list[str] = []
    page.on("console", lambda message: "Content Security Policy" in message.text and violations.append(message.text))
    with serve(tmp_path) as portal:
        assert portal != site_url
        page.goto(portal, wait_until="networkidle")
        frame = page.frame_locator("iframe")
        heading = frame.get_by_role("heading", level=1)
        assert heading.inner_text().startswith("Родительский клуб")
        assert frame.locator(".adoptions").inner_text() == "Внедряют: 1 школа · внедрили: 1"
        # The style sheet is allowed by its hash: the card is styled, not a bare document.
        assert frame.locator("main").evaluate("e => getComputedStyle(e).borderTopStyle") == "solid"
        link = frame.get_by_role("link", name="Родительский клуб", exact=False).first
        assert link.get_attribute("target") == "_blank"
        assert link.get_attribute("href").endswith("/practices/roditelskiy-klub/")
        assert violations == []
        screenshot(page, "embed-card-in-iframe")
