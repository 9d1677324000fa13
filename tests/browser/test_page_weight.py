"""Slow connections: the first view of a practice page stays under 500 KB transferred.

The site is served the way any static host serves it (GitHub Pages, nginx, a school's hosting): text compressed
with gzip when the browser asks for it. Chromium reports the bytes that crossed the wire for every request; the
budget counts them all, the search index included, from an empty cache.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from shnor.scale.browser import QuietHandler, serve
from tests.accessibility.page_kinds import kind_paths

pytestmark = pytest.mark.browser

BUDGET = 500_000  # bytes transferred, headers included
COMPRESSED = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".csv"}


class _GzipHandler(QuietHandler):
    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if "gzip" not in self.headers.get("Accept-Encoding", "") or path.suffix not in COMPRESSED or not path.is_file():
            return super().send_head()
        if not self.path.split("?")[0].endswith("/") and path.name == "index.html":
            return super().send_head()  # the redirect to the folder's URL
        body = gzip.compress(path.read_bytes(), compresslevel=6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self._body = body
        return None

    def do_GET(self) -> None:
        self._body = None
        result = self.send_head()
        if self._body is not None:
            self.wfile.write(self._body)
        elif result:
            try:
                self.copyfile(result, self.wfile)
            finally:
                result.close()


@pytest.fixture(scope="module")
def gzip_site_url(demo_site: Path) -> Iterator[str]:
    with serve(demo_site, _GzipHandler) as url:
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
    # Nothing heavy twice: the catalogue's data is in its page, the search index is fetched once. (Material reads
    # the small sitemap.xml twice; that is the theme's and costs a few hundred bytes.)
    paths = [p for p, size in transfers if size > 10_000]
    assert len(paths) == len(set(paths)), sorted(p for p in paths if paths.count(p) > 1)
