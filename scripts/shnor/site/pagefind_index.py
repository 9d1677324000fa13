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
import shutil
import subprocess
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

OUTPUT = "pagefind"
NEXT = f"{OUTPUT}.next"  # written there, then put in place of the previous index
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


def _command(site_dir: Path) -> list[str]:
    return [str(binary()), "--site", str(site_dir), "--output-subdir", NEXT, "--force-language", LANGUAGE,
            *(arg for selector in EXCLUDE_SELECTORS for arg in ("--exclude-selectors", selector))]


def _finished(site_dir: Path, returncode: int, stdout: str, stderr: str, seconds: float) -> Indexed:
    """The new index in place of the old one (a preview searches the old one until then)."""
    if returncode != 0:
        output = (stderr.strip() or stdout.strip())[-2000:]
        raise PagefindError(
            f"Pagefind не смог построить поисковый индекс (код {returncode}):\n{output}\n"
            f"Pagefind failed to index the site (exit status {returncode})."
        )
    old = site_dir / f"{OUTPUT}.old"
    shutil.rmtree(old, ignore_errors=True)
    if (site_dir / OUTPUT).exists():
        (site_dir / OUTPUT).rename(old)
    (site_dir / NEXT).rename(site_dir / OUTPUT)
    shutil.rmtree(old, ignore_errors=True)
    size = sum(p.stat().st_size for p in (site_dir / OUTPUT).rglob("*") if p.is_file())
    return Indexed(sum(int(n) for n in _PAGES.findall(stdout)), seconds, size)


def build_index(site_dir: Path) -> Indexed:
    """Index the built site in ``site_dir``; the index goes to ``site_dir/pagefind``."""
    command = _command(site_dir)
    shutil.rmtree(site_dir / NEXT, ignore_errors=True)  # Pagefind keeps what its output folder already holds
    started = time.perf_counter()
    try:
        done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=3600)
    except OSError as error:
        raise PagefindError(f"Pagefind не запустился: {error}\nPagefind could not be started: {error}") from None
    return _finished(site_dir, done.returncode, done.stdout, done.stderr, time.perf_counter() - started)


class Background:
    """Under ``mkdocs serve``: the index made after the rebuild is served, not before it. At region scale Pagefind
    takes half a minute (7,263 pages on two cores), and a live edit is served in seconds (issue 7); the preview
    searches the previous index meanwhile. A rebuild stops an indexing still running and starts its own."""

    def __init__(self, done: Callable[[Indexed], None], failed: Callable[[str], None]) -> None:
        self.done, self.failed = done, failed
        self.process: subprocess.Popen[str] | None = None
        self.thread: threading.Thread | None = None

    def start(self, site_dir: Path) -> None:
        self.stop()
        command = _command(site_dir)  # a missing binary fails the rebuild at once
        shutil.rmtree(site_dir / NEXT, ignore_errors=True)
        try:
            self.process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        except OSError as error:
            raise PagefindError(f"Pagefind не запустился: {error}\nPagefind could not be started: {error}") from None
        self.thread = threading.Thread(target=self._wait, args=(self.process, site_dir, time.perf_counter()),
                                       name="pagefind", daemon=True)
        self.thread.start()

    def _wait(self, process: subprocess.Popen[str], site_dir: Path, started: float) -> None:
        stdout, stderr = process.communicate()
        if process is not self.process or process.returncode < 0:  # stopped by a newer rebuild
            return
        try:
            self.done(_finished(site_dir, process.returncode, stdout, stderr, time.perf_counter() - started))
        except (PagefindError, OSError) as error:
            self.failed(str(error))

    def stop(self) -> None:
        process, thread = self.process, self.thread
        self.process = self.thread = None
        if process is not None and process.poll() is None:
            process.terminate()
        if thread is not None:
            thread.join(timeout=30)


def read_fragments(site_dir: Path) -> dict[str, dict]:
    """Every indexed page as Pagefind stored it (its URL -> ``url``, ``content``, ``meta``, ``filters``, ``anchors``):
    what a search can find and show, for tests and measurements."""
    pages = {}
    for path in sorted((site_dir / OUTPUT / "fragment").glob("*.pf_fragment")):
        raw = gzip.decompress(path.read_bytes())
        fragment = json.loads(raw[raw.index(b"{"):])  # after Pagefind's "pagefind_dcd" signature
        pages[fragment["url"]] = fragment
    return pages
