"""Timings in headless Chromium (Debian's package driven by Playwright): a catalogue filter and a Russian search."""

from __future__ import annotations

import gzip
import time
from pathlib import Path

from shnor.site.local_host import CHROMIUM, CHROMIUM_ARGS, QuietHandler, serve

QUERIES = ("наставничество молодых педагогов", "формирующее оценивание", "родительский клуб", "ОГЭ по математике")

# Runs in the page: change the select the way a reader does and wait until the list is filtered and painted.
_FILTER_JS = """async (value) => {
  const select = document.getElementById("filter-direction");
  const count = document.getElementById("practice-count");
  const before = count.textContent;
  const started = performance.now();
  select.value = value;
  select.dispatchEvent(new Event("change", {bubbles: true}));
  // The catalogue asks Pagefind, which answers asynchronously: wait for the count to change, painted (at most 30 s).
  while (count.textContent === before && performance.now() - started < 30000)
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return {ms: performance.now() - started, changed: count.textContent !== before, text: count.textContent};
}"""


COMPRESSED = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".csv"}


class GzipHandler(QuietHandler):
    """Text compressed with gzip when the browser asks for it, as any static host serves it (GitHub Pages, nginx, a
    school's hosting): the bytes a reader's connection carries."""

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


_READY_JS = (
    "() => { const m = document.querySelector('.md-search-result__meta');"
    " return m && m.textContent.trim() !== '' && !m.textContent.includes('Инициализация'); }"
)


def _open_search(page) -> float:
    """Milliseconds until the search worker has downloaded the index and built it (the meta line stops saying
    «Инициализация поиска»)."""
    started = time.perf_counter()
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.wait_for_function(_READY_JS, timeout=300_000)
    return (time.perf_counter() - started) * 1000


def _search(page, query: str) -> float:
    """Milliseconds from the query typed to the first result on screen (as tests/browser does: Playwright types
    Cyrillic without key events, and Material reads the query on keyup, so «End» stands in for the last key)."""
    box = page.locator("input.md-search__input")
    box.fill("")
    page.keyboard.press("End")
    page.wait_for_function("() => !document.querySelector('.md-search-result__item')", timeout=60_000)
    started = time.perf_counter()
    box.fill(query)
    page.keyboard.press("End")
    page.locator(".md-search-result__item").first.wait_for(state="visible", timeout=60_000)
    return (time.perf_counter() - started) * 1000


def cold_query(site: Path, page_path: str, query: str = QUERIES[0]) -> dict:
    """A first visit to ``page_path`` (empty cache, compressed as a host serves it) and one query typed into the
    header's search at once: milliseconds from the query typed to its first result on screen, and every byte the
    visit and the query transferred (the page, the theme, the search index or the chunks it needed)."""
    from playwright.sync_api import sync_playwright

    with serve(site, GzipHandler) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ru-RU")
        page = context.new_page()
        requests = []
        page.on("requestfinished", lambda request: requests.append(request))
        page.goto(url + page_path, wait_until="load", timeout=180_000)
        page.locator("label.md-search__icon, .md-search__input").first.click()
        box = page.locator("input.md-search__input")
        started = time.perf_counter()
        box.fill(query)
        page.keyboard.press("End")
        page.locator(".md-search-result__item").first.wait_for(state="visible", timeout=300_000)
        first_result_ms = (time.perf_counter() - started) * 1000
        page.wait_for_load_state("networkidle")  # the excerpts of the results shown
        transferred = 0
        for request in requests:
            sizes = request.sizes()
            transferred += sizes["responseBodySize"] + sizes["responseHeadersSize"]
        context.close()
        browser.close()
    return {"first_result_ms": first_result_ms, "transferred_bytes": transferred, "requests": len(requests),
            "sitemap_fetched": any(r.url.endswith("/sitemap.xml") for r in requests)}


def browser_timings(site: Path, catalogue: bool = True) -> dict:
    """Catalogue filter (when the site has the catalogue script) and search timings, in milliseconds."""
    from playwright.sync_api import sync_playwright

    result: dict = {}
    with serve(site) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ru-RU")
        if catalogue:
            page = context.new_page()
            started = time.perf_counter()
            page.goto(url + "practices/", wait_until="load", timeout=180_000)
            result["catalogue_load_ms"] = (time.perf_counter() - started) * 1000
            page.wait_for_selector("#practice-filters:not([hidden])")
            options = page.eval_on_selector_all(
                "#filter-direction option", "els => els.map(e => e.value).filter(Boolean)"
            )
            runs = [page.evaluate(_FILTER_JS, value) for value in [*options, options[0]]]
            result["filter_ms"] = sorted(r["ms"] for r in runs)[len(runs) // 2]  # median
            result["filter_ms_max"] = max(r["ms"] for r in runs)
            result["filter_changed"] = all(r["changed"] for r in runs[:1])
        # Search: a fresh page; the index is downloaded and built by the worker after the page loads.
        page = context.new_page()
        page.goto(url, wait_until="load", timeout=180_000)
        result["search_ready_ms"] = _open_search(page)
        runs = [_search(page, query) for query in QUERIES]
        result["search_ms"] = sorted(runs)[len(runs) // 2]
        result["search_ms_max"] = max(runs)
        result["search_results"] = page.locator(".md-search-result__item").count()
        context.close()
        browser.close()
    return result
