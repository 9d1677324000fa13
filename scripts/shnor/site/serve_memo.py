"""Under ``mkdocs serve``, parts that depend only on what did not change are not generated again.

Every rebuild of a serve session regenerates every page from the records; at region scale the monitoring part
(1,000 school dashboards, the municipal pages and their workbooks) is most of that, and it depends only on the
files under ``data/``. ``ServeMemo.remember`` keeps a value for a key and a signature of those files from one
rebuild to the next; values not asked for in a rebuild are dropped at the next one, so memory does not grow.
A plain ``mkdocs build`` never remembers anything.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Hashable, Iterator
from pathlib import Path
from stat import S_ISREG
from typing import TypeVar

T = TypeVar("T")

class ServeMemo:
    """One per serve session (the plugin's); a build's memo is disabled and remembers nothing."""

    def __init__(self, enabled: bool = False) -> None:
        self.enabled = enabled
        self._current: dict[Hashable, object] = {}
        self._previous: dict[Hashable, object] = {}
        self._data_signature: tuple = ()
        self._records_signature: bytes = b""

    def next_rebuild(self, data_folder: Path, records: bytes = b"") -> None:
        """Called before the pages are generated. Values of the rebuild before the last one go; those of the last
        one may still be asked for, under the signature of ``data_folder`` as it is now (and of the records, for
        values remembered with ``records=True``: shnor.site.records_signature)."""
        if not self.enabled:
            return
        self._previous, self._current = self._current, {}
        self._data_signature = folder_signature(data_folder)
        self._records_signature = records

    def remember(self, key: Hashable, make: Callable[[], T], records: bool = False) -> T:
        """``make()``, or the value it gave in the previous rebuild for ``key`` if no file under data/ changed since
        (and, with ``records``, no record but for a practice's text)."""
        if not self.enabled:
            return make()
        key = (key, self._data_signature, self._records_signature if records else None)
        if key in self._current:
            return self._current[key]  # type: ignore[return-value]
        value = self._previous[key] if key in self._previous else make()
        self._current[key] = value
        return value  # type: ignore[return-value]


def folder_signature(folder: Path) -> tuple:
    """Every file under ``folder`` with its size and modification time: an edit anywhere changes it."""
    if not folder.is_dir():
        return ()
    return tuple((os.path.relpath(path, folder), size, mtime) for path, size, mtime in file_states(folder))


def file_states(path: Path) -> Iterator[tuple[str, int, int]]:
    """(path, size, modification time) of every file under ``path``, or of the file ``path``, in a stable order.
    Strings, not Paths: at region scale this runs over 11,000 files on every rebuild, and ``Path.rglob`` took a
    second of it."""
    for name in _walk(path) if path.is_dir() else [str(path)]:
        try:
            stat = os.stat(name)
        except OSError:
            continue
        if S_ISREG(stat.st_mode):
            yield name, stat.st_size, stat.st_mtime_ns


def _walk(folder: Path) -> Iterator[str]:
    for parent, folders, names in os.walk(folder):
        folders.sort()
        for name in sorted(names):
            yield os.path.join(parent, name)
