"""The search index: Pagefind over the built site (issue 15).

Pagefind reads the finished pages (only the elements ``shnor.site.pagefind_marks`` marks ``data-pagefind-body``),
stems Russian words (``--force-language ru``: every page in one Russian index, whatever ``lang`` a page declares)
and writes ``pagefind/``: ``pagefind.js``, the WebAssembly search and the index split into chunks a query
downloads only as it needs them. The header's search (``docs/assets/javascripts/search-worker.js``) and the
catalogue query it. The binary comes with the ``pagefind_bin`` package (``pip install 'pagefind[bin]'``).
"""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

OUTPUT = "pagefind"
LANGUAGE = "ru"
# Inside the indexed article: the ¶ of every heading's permalink, Material's «Редактировать» button.
EXCLUDE_SELECTORS = (".headerlink", ".md-content__button")
_PAGES = re.compile(r"Indexed (\d+) pages?")


class PagefindError(Exception):
    """The index could not be made; the message says why, in Russian and in English."""


@dataclass(frozen=True)
class Indexed:
    pages: int
    seconds: float
    bytes: int


def binary() -> Path:
    """The Pagefind executable shipped by ``pagefind_bin``."""
    try:
        from pagefind_bin import get_executable
    except ImportError:
        raise PagefindError(
            "Не установлен Pagefind — поиск по сайту не собран. Установите зависимости: pip install -e . "
            "(или pip install 'pagefind[bin]').\n"
            "Pagefind is not installed (the pagefind_bin package), so the site search cannot be built: "
            "pip install 'pagefind[bin]'."
        ) from None
    try:
        return get_executable()
    except FileNotFoundError as error:
        raise PagefindError(
            f"Не найдена программа Pagefind в пакете pagefind_bin: переустановите его "
            f"(pip install --force-reinstall 'pagefind[bin]').\nThe Pagefind binary is missing: {error}"
        ) from None


def build_index(site_dir: Path) -> Indexed:
    """Index the built site in ``site_dir``; the index goes to ``site_dir/pagefind``."""
    command = [str(binary()), "--site", str(site_dir), "--output-subdir", OUTPUT, "--force-language", LANGUAGE,
               *(arg for selector in EXCLUDE_SELECTORS for arg in ("--exclude-selectors", selector))]
    started = time.perf_counter()
    try:
        done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=3600)
    except OSError as error:
        raise PagefindError(f"Pagefind не запустился: {error}\nPagefind could not be started: {error}") from None
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        output = (done.stderr.strip() or done.stdout.strip())[-2000:]
        raise PagefindError(
            f"Pagefind не смог построить поисковый индекс (код {done.returncode}):\n{output}\n"
            f"Pagefind failed to index the site (exit status {done.returncode})."
        )
    pages = [int(n) for n in _PAGES.findall(done.stdout)]
    size = sum(p.stat().st_size for p in (site_dir / OUTPUT).rglob("*") if p.is_file())
    return Indexed(sum(pages), seconds, size)


def read_fragments(site_dir: Path) -> dict[str, dict]:
    """Every indexed page as Pagefind stored it (its URL -> ``url``, ``content``, ``meta``, ``filters``, ``anchors``):
    what a search can find and show, for tests and measurements."""
    pages = {}
    for path in sorted((site_dir / OUTPUT / "fragment").glob("*.pf_fragment")):
        raw = gzip.decompress(path.read_bytes())
        fragment = json.loads(raw[raw.index(b"{"):])  # after Pagefind's "pagefind_dcd" signature
        pages[fragment["url"]] = fragment
    return pages
