"""Slow binary files (the monitoring workbooks) written by a second process while MkDocs renders the pages.

A region's indicator table is 100,000+ rows; openpyxl writes it in tens of seconds, all of it on the build's one
busy core (benchmark, issue 7). A second core is idle: the workbook is built there, into a temporary file that
MkDocs copies like any static file. The plugin waits for every workbook before MkDocs copies files (``on_env``).
Under ``mkdocs serve`` the work stays in the process: forking a server with threads is not worth the risk.
"""

from __future__ import annotations

import multiprocessing
import shutil
import tempfile
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def _write(make: Callable[[], bytes], path: Path) -> None:
    path.write_bytes(make())


# What ``call`` hands to the second process. The process is forked with this build's memory, so the records
# (100,000+ objects at region scale) reach it without being pickled: only the key is sent. The parent drops its
# entries when the background closes.
_HANDED: dict[int, Callable[[], object]] = {}


def _run_handed(key: int) -> object:
    return _HANDED[key]()


class Background:
    """One per build; under ``mkdocs serve`` one per session, where a file whose maker is the very object of the
    previous rebuild (shnor.site.serve_memo kept it: its data did not change) is not written again."""

    def __init__(self, parallel: bool) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="shnor-files-"))
        # Forked at the first submit, the worker has the records this build loaded
        # (shnor.site.monitoring.dashboard_worker).
        self.pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork")) if parallel \
            else None
        self.pending: list[Future] = []
        self.written: dict[int, tuple[Callable[[], bytes], Path]] = {}  # id(maker) -> (maker kept alive, file)
        self.previous: dict[int, tuple[Callable[[], bytes], Path]] = {}
        self.count = 0
        self.handed: list[int] = []

    def next_rebuild(self) -> None:
        for key, (_, path) in self.previous.items():
            if key not in self.written:
                path.unlink(missing_ok=True)
        self.previous, self.written = self.written, {}

    def submit(self, name: str, make: Callable[[], bytes]) -> Path:
        """The path the content of ``make()`` will be at once ``wait`` returns."""
        known = self.written.get(id(make)) or self.previous.get(id(make))
        if known is not None and known[0] is make:
            self.written[id(make)] = known
            return known[1]
        self.count += 1
        path = self.folder / f"{self.count}-{name.replace('/', '__')}"
        if self.pool is None:
            _write(make, path)
        else:
            self.pending.append(self.pool.submit(_write, make, path))
        self.written[id(make)] = (make, path)
        return path

    def call(self, make: Callable[[], T]) -> Callable[[], T] | None:
        """Starts ``make()`` in the second process; the returned function waits for its value. None under serve."""
        if self.pool is None:
            return None
        key = id(make)
        _HANDED[key] = make  # before the first submit: the process is forked then, with it
        self.handed.append(key)
        future = self.pool.submit(_run_handed, key)
        self.pending.append(future)
        return future.result

    def wait(self) -> None:
        """Every file written; the first failure is raised (the build must not publish a missing workbook)."""
        try:
            for future in self.pending:
                future.result()
        finally:
            self.pending.clear()

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
        for key in self.handed:
            _HANDED.pop(key, None)
        self.handed.clear()
        shutil.rmtree(self.folder, ignore_errors=True)
