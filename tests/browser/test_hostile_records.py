"""A site built from hostile records, opened in Chromium as a reader would: every free-text field of every record kind
holds script (tests/security/hostile.py, ``alert_payload``), and nothing of it runs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from shnor.site.local_host import serve
from tests.accessibility.page_kinds import KINDS
from tests.browser.conftest import screenshot
from tests.conftest import run_build
from tests.security.hostile import alert_payload, make_hostile_project

# Under pytest-xdist (scripts/test.sh) this module's tests go to one worker: the site its fixture builds is
# built once.
pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("test_hostile_records")]

# Anything the payloads would have made, had one reached the page as markup.
_INJECTED = ('a[href^="javascript:" i], img[src="x"], [onerror], [onload], [onclick], [onmouseover], '
             '[onfocus], iframe, object, embed')

# Every image has loaded or failed (its error event fired in the same task); a lazy one off screen never starts.
_IMAGES_SETTLED = "() => Array.from(document.images).every(image => image.complete || image.loading === 'lazy')"


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory) -> Iterator[str]:
    project = tmp_path_factory.mktemp("hostile-browser")
    make_hostile_project(project, alert_payload)
    out = project / "site-out"
    result = run_build(project, out)
    assert result.returncode == 0, result.stderr[-4000:]
    with serve(out) as url:
        yield url


@pytest.fixture
def watched(browser):
    """A page that records every dialog the site tries to open (and dismisses it)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ru-RU")
    page = context.new_page()
    dialogs: list[str] = []

    def dismiss(dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", dismiss)
    yield page, dialogs
    context.close()


def _paths(site: Path) -> list[str]:
    return [path for kind in KINDS for path in kind.paths(site)]


def test_no_page_of_any_kind_runs_contributed_script(hostile_url, watched, tmp_path_factory):
    page, dialogs = watched
    site = Path(tmp_path_factory.getbasetemp()) / "hostile-browser0" / "site-out"
    paths = [*_paths(site), "blog/archive/2026/", "blog/page/2/"]
    assert len(paths) > 20
    injected = {}
    for path in paths:
        page.goto(hostile_url + path, wait_until="load")  # the images of the markup have loaded or failed by now
        page.wait_for_function(_IMAGES_SETTLED)  # and those a script added since: an onerror has fired
        count = page.locator(_INJECTED).count()
        if count:
            injected[path] = count
    assert dialogs == []
    assert injected == {}
    page.goto(hostile_url + "practices/analiz-vpr-koridor-reshaemosti/", wait_until="load")
    assert "onerror=alert(" in page.locator("h1").first.inner_text()  # shown literally, not run
    screenshot(page, "hostile-practice-page")


def test_search_dropdown_shows_hostile_titles_as_text(hostile_url, watched):
    page, dialogs = watched
    page.goto(hostile_url, wait_until="load")
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.keyboard.type("onerror")
    results = page.locator(".md-search-result__item")
    results.first.wait_for(timeout=30_000)
    assert results.count() >= 5
    page.wait_for_function(_IMAGES_SETTLED)  # an image among the results, had one been made, has failed to load
    assert page.locator(f".md-search-result {_INJECTED.replace(', ', ', .md-search-result ')}").count() == 0
    assert "onerror=alert(" in page.locator(".md-search-result__item h1").first.inner_text()
    assert dialogs == []
    screenshot(page, "hostile-search-dropdown")
