"""Measuring a child process (wall time, peak memory) and a built site (sizes, pages, search index)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_rss_mb: float  # the child's maximum resident set, from wait4 (Linux reports KiB)
    returncode: int
    stdout: str
    stderr: str


def run_measured(command: list[str], env: dict[str, str] | None = None, cwd: Path | None = None) -> Run:
    """Run ``command`` to completion; its own peak memory comes from wait4, so other children do not mix in."""
    started = time.perf_counter()
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=cwd, text=True
    ) as process:
        # communicate() would reap the child; read the pipes ourselves and reap with wait4 for its rusage.
        stdout, stderr = _drain(process)
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    return Run(seconds, usage.ru_maxrss / 1024, process.returncode, stdout, stderr)


def _drain(process: subprocess.Popen) -> tuple[str, str]:
    import threading

    chunks: dict[str, list[str]] = {"out": [], "err": []}

    def read(stream, key: str) -> None:
        for line in stream:
            chunks[key].append(line)

    readers = [
        threading.Thread(target=read, args=(process.stdout, "out")),
        threading.Thread(target=read, args=(process.stderr, "err")),
    ]
    for reader in readers:
        reader.start()
    for reader in readers:
        reader.join()
    return "".join(chunks["out"]), "".join(chunks["err"])


@dataclass(frozen=True)
class SiteStats:
    pages: int  # HTML pages written
    total_bytes: int
    largest_page: str  # except the catalogue
    largest_page_bytes: int
    catalogue_bytes: int
    search_index_bytes: int
    search_entries: int
    search_escaped: bool  # Cyrillic written as \\uXXXX escapes

    @property
    def search_bytes_per_page(self) -> float:
        return self.search_index_bytes / max(1, self.pages)


CATALOGUE = "practices/index.html"


def site_stats(site: Path) -> SiteStats:
    pages, total, largest, largest_bytes, catalogue = 0, 0, "", 0, 0
    for path in site.rglob("*"):
        if not path.is_file():
            continue
        size = path.stat().st_size
        total += size
        if path.suffix != ".html":
            continue
        pages += 1
        rel = path.relative_to(site).as_posix()
        if rel == CATALOGUE:
            catalogue = size
        elif size > largest_bytes:
            largest, largest_bytes = rel, size
    index = site / "search" / "search_index.json"
    index_bytes, entries, escaped = 0, 0, False
    pagefind = site / "pagefind"
    if pagefind.is_dir():
        # The project's index (issue 15): Pagefind's chunks, fragments and filters, every byte a query may fetch.
        # Material's one file (the baseline's) is downloaded whole before the first query; Pagefind's by the query.
        parts = [p for p in pagefind.rglob("*") if p.is_file() and (p.suffix == ".pf_meta" or p.parent.name in
                                                                     ("index", "fragment", "filter"))]
        index_bytes = sum(p.stat().st_size for p in parts)
        entries = sum(1 for p in parts if p.parent.name == "fragment")
    elif index.is_file():
        raw = index.read_bytes()
        index_bytes = len(raw)
        entries = len(json.loads(raw).get("docs", []))
        escaped = b"\\u04" in raw
    return SiteStats(pages, total, largest, largest_bytes, catalogue, index_bytes, entries, escaped)


@dataclass(frozen=True)
class StaticCatalogue:
    """The catalogue as a reader without JavaScript has it: ``practices/`` and ``practices/page/N/``."""

    pages: int
    largest_page_cards: int
    practices_listed: int  # distinct practice pages linked from the cards
    practices_built: int  # practice pages in the site

    @property
    def complete(self) -> bool:
        return self.practices_listed == self.practices_built


_CARD_LINK = re.compile(r'<li class="shnor-practice">.*?<a href="([^"]+)"', re.DOTALL)


def static_catalogue(site: Path) -> StaticCatalogue:
    pages = [site / "practices" / "index.html", *sorted((site / "practices" / "page").glob("*/index.html"))]
    pages = [page for page in pages if page.is_file()]
    listed: set[str] = set()
    largest = 0
    for page in pages:
        links = _CARD_LINK.findall(page.read_text(encoding="utf-8"))
        largest = max(largest, len(links))
        listed.update(link.rstrip("/").rsplit("/", 1)[-1] for link in links)
    built = sum(1 for p in (site / "practices").glob("*/index.html") if p.parent.name != "page")
    return StaticCatalogue(len(pages), largest, len(listed), built)
