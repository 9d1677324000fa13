"""Under ``mkdocs serve``, parts that depend only on what did not change are not generated again.

Every rebuild of a serve session regenerates every page from the records; at region scale the monitoring part
(1,000 school dashboards, the municipal pages and their workbooks) is most of that, and it depends only on the
files under ``data/``. ``remember`` keeps a value for a key and a signature of those files from one rebuild to the
next; values not asked for in a rebuild are dropped at the next one, so memory does not grow.
A plain ``mkdocs build`` never remembers anything.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

_enabled = False
_current: dict[Hashable, object] = {}
_previous: dict[Hashable, object] = {}
_data_signature: tuple = ()
_records_signature: bytes = b""


def enable(on: bool) -> None:
    global _enabled
    _enabled = on
    _current.clear()
    _previous.clear()


def next_rebuild(data_folder: Path, records: bytes = b"") -> None:
    """Called before the pages are generated. Values of the rebuild before the last one go; those of the last one
    may still be asked for, under the signature of ``data_folder`` as it is now (and of the records, for values
    remembered with ``records=True``: shnor.site.records_signature)."""
    global _current, _previous, _data_signature, _records_signature
    if not _enabled:
        return
    _previous, _current = _current, {}
    _data_signature = folder_signature(data_folder)
    _records_signature = records


def remember(key: Hashable, make: Callable[[], T], records: bool = False) -> T:
    """``make()``, or the value it gave in the previous rebuild for ``key`` if no file under data/ changed since
    (and, with ``records``, no record but for a practice's text)."""
    if not _enabled:
        return make()
    key = (key, _data_signature, _records_signature if records else None)
    if key in _current:
        return _current[key]  # type: ignore[return-value]
    value = _previous[key] if key in _previous else make()
    _current[key] = value
    return value  # type: ignore[return-value]


def folder_signature(folder: Path) -> tuple:
    """Every file under ``folder`` with its size and modification time: an edit anywhere changes it."""
    if not folder.is_dir():
        return ()
    entries = []
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            stat = path.stat()
            entries.append((path.relative_to(folder).as_posix(), stat.st_size, stat.st_mtime_ns))
    return tuple(entries)
