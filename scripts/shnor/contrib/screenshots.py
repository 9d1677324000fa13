"""Pictures of the pages a pull request adds or changes, as a reader's browser draws them: the built site on
localhost in headless Chromium (Debian's package, driven by Playwright). The pull-request workflow attaches them,
so a reviewer sees the page before merging."""

from __future__ import annotations

import re
from pathlib import Path

from shnor.contrib.changed_pages import ChangedPage
from shnor.site.local_host import CHROMIUM, CHROMIUM_ARGS, serve

VIEWPORTS = {"": (1280, 900), "-phone": (360, 740)}  # a desktop and the narrowest phone the site is made for


class ScreenshotError(Exception):
    """Chromium or Playwright is missing: said in Russian, with what to install."""


def file_stem(url: str) -> str:
    """``practices/x/`` -> ``practices-x``; the site's home page -> ``index``."""
    return re.sub(r"[^0-9A-Za-z_.-]+", "-", url.strip("/")) or "index"


def take(site: Path, pages: list[ChangedPage], out: Path, chromium: str = CHROMIUM) -> list[Path]:
    """One full-page PNG per page and viewport in ``out``; the files written, in the pages' order."""
    if not pages:
        return []
    if not Path(chromium).exists():
        raise ScreenshotError(f"нет браузера {chromium}: установите пакет chromium (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as error:
        raise ScreenshotError("нет Playwright: pip install -e \".[screenshots]\"") from error
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with serve(site) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        try:
            for suffix, (width, height) in VIEWPORTS.items():
                context = browser.new_context(viewport={"width": width, "height": height}, locale="ru-RU")
                page = context.new_page()
                for changed in pages:
                    page.goto(url + changed.url, wait_until="networkidle")
                    path = out / f"{file_stem(changed.url)}{suffix}.png"
                    page.screenshot(path=str(path), full_page=True)
                    written.append(path)
                context.close()
        finally:
            browser.close()
    return written
