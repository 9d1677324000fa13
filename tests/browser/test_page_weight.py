"""Slow connections: the first view of a practice page stays under 500 KB transferred.

The site is served the way any static host serves it (GitHub Pages, nginx, a school's hosting): text compressed
with gzip when the browser asks for it. Chromium reports the bytes that crossed the wire for every request; the
budget counts them all, the search index included, from an empty cache.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from shnor.site.local_host import serve
from shnor_bench.browser import GzipHandler
from tests.accessibility.page_kinds import kind_paths

pytestmark = pytest.mark.browser

BUDGET = 500_000  # bytes transferred, headers included


@pytest.fixture(scope="module")
def gzip_site_url(demo_site: Path) -> Iterator[str]:
    with serve(demo_site, GzipHandler) as url:
        yield url


def _first_view(browser, url: str) -> list[tuple[str, int]]:
    """(path, bytes transferred) of every request the page makes from an empty cache."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ru-RU")
    page = context.new_page()
    finished = []
    page.on("requestfinished", lambda request: finished.append(request))
    page.goto(url, wait_until="networkidle")
    page.wait_for_timeout(500)  # Material fetches search/search_index.json (its config) just after load
    transfers = []
    for request in finished:
        s = request.sizes()
        transfers.append((urlsplit(request.url).path, s["responseBodySize"] + s["responseHeadersSize"]))
    context.close()
    return transfers


def test_the_measure_counts_compressed_bytes(gzip_site_url, browser, demo_site):
    transfers = dict(_first_view(browser, gzip_site_url))
    bundle = next((demo_site / "assets" / "javascripts").glob("bundle.*.min.js"))  # Material's, on every page
    assert 0 < transfers[f"/assets/javascripts/{bundle.name}"] < bundle.stat().st_size / 3


@pytest.mark.parametrize("kind", ["practice", "catalogue", "home"])
def test_first_view_is_under_the_budget(gzip_site_url, browser, demo_site, kind):
    path = kind_paths(kind, demo_site)[0]
    transfers = _first_view(browser, gzip_site_url + path)
    total = sum(size for _, size in transfers)
    largest = sorted(transfers, key=lambda item: -item[1])[:5]
    assert total < BUDGET, f"{path}: {total} bytes transferred; largest: {largest}"
    # Nothing heavy twice: the search index is fetched by the query, a chunk at a time, never whole.
    paths = [p for p, size in transfers if size > 10_000]
    assert len(paths) == len(set(paths)), sorted(p for p in paths if paths.count(p) > 1)
    # Nothing that lists every page: the sitemap is 1.2 MB at 5,000 practices, and Material fetches it for every
    # link[rel=alternate] of the page, the feeds' too (shnor.site.feed_links).
    assert "/sitemap.xml" not in dict(transfers)
