"""Slow binary files (the monitoring workbooks) written by a second process while MkDocs renders the pages.

A region's indicator table is 100,000+ rows; openpyxl writes it in tens of seconds, all of it on the build's one
busy core (benchmark, issue 7). A second core is idle: the workbook is built there, into a temporary file that
MkDocs copies like any static file. The plugin waits for every workbook before MkDocs copies files (``on_env``).
Under ``mkdocs serve`` the work stays in the process: forking a server with threads is not worth the risk.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path


def _write(make: Callable[[], bytes], path: Path) -> None:
    path.write_bytes(make())


class Background:
    def __init__(self, parallel: bool) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="shnor-files-"))
        self.pool = ProcessPoolExecutor(max_workers=1) if parallel else None
        self.pending: list[Future] = []

    def submit(self, name: str, make: Callable[[], bytes]) -> Path:
        """The path the content of ``make()`` will be at once ``wait`` returns."""
        path = self.folder / name.replace("/", "__")
        if self.pool is None:
            _write(make, path)
        else:
            self.pending.append(self.pool.submit(_write, make, path))
        return path

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
        shutil.rmtree(self.folder, ignore_errors=True)
