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


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ru-RU")
    page = context.new_page()
    errors: list[str] = []
    warnings: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    # The search worker's console comes here too: a failed download says so, and pytest shows it with a failure.
    page.on("console", lambda message: message.type in {"warning", "error"} and warnings.append(message.text))
    yield page
    context.close()
    if warnings:
        print("Console warnings and errors:", *warnings, sep="\n  ")
    assert errors == [], f"JavaScript errors on the page: {errors}"


def screenshot(page, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
