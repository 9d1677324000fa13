"""A file read once per version in a process: ``shnor validate`` and the build after it, every programme page of a
build, every rebuild of a `mkdocs serve` session ask for the same files; an edit (another size or modification
time) is read afresh."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def once_per_version(maxsize: int = 8) -> Callable[[Callable[[Path], T]], Callable[[Path], T]]:
    def decorate(read: Callable[[Path], T]) -> Callable[[Path], T]:
        @lru_cache(maxsize=maxsize)
        def cached(path: Path, _size: int, _mtime_ns: int) -> T:
            return read(path)

        @wraps(read)
        def reader(path: Path) -> T:
            stat = path.stat()
            return cached(path, stat.st_size, stat.st_mtime_ns)

        return reader

    return decorate
