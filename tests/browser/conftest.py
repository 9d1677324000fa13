"""Headless Chromium (Debian's package, driven by Playwright) against the built demo site on localhost."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from shnor.site.local_host import CHROMIUM, CHROMIUM_ARGS, serve
from tests.conftest import REPO

ARTIFACTS = REPO / "test-artifacts"


@pytest.fixture(scope="session")
def site_url(demo_site: Path) -> Iterator[str]:
    with serve(demo_site) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: scripts/test.sh installs Debian's chromium package")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def shared_context(browser):
    """One desktop context for every test's ``page``: a context's first page costs a renderer and a cold cache, a
    further page almost nothing. Each test still starts from empty storage (``page`` clears it afterwards)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ru-RU")
    yield context
    context.close()


@pytest.fixture
def page(shared_context):
    """A fresh page of the shared desktop context; the test fails on any JavaScript error of the page. Afterwards
    every page the test opened (popups too) is closed, its routes are dropped and the cookies, local storage and
    IndexedDB of every origin are emptied, so the next test sees what a new context would show (the HTTP cache
    stays warm)."""
    page = shared_context.new_page()
    errors: list[str] = []
    warnings: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    # The search worker's console comes here too: a failed download says so, and pytest shows it with a failure.
    page.on("console", lambda message: message.type in {"warning", "error"} and warnings.append(message.text))
    try:
        yield page
    finally:
        reset(shared_context)
    if warnings:
        print("Console warnings and errors:", *warnings, sep="\n  ")
    assert errors == [], f"JavaScript errors on the page: {errors}"


def reset(context) -> None:
    """A used context back to a new one's state: no pages, no routes, no cookies, no stored data."""
    for opened in context.pages:
        opened.close()
    context.unroute_all(behavior="ignoreErrors")
    context.set_storage_state({"cookies": [], "origins": []})
    context.clear_permissions()


def screenshot(page, name: str, full_page: bool = True) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path
