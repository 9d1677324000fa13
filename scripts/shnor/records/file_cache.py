"""A content-keyed cache of what each file gave last time, so that re-validating an unchanged project (a CI re-run,
a ``mkdocs serve`` rebuild, a contributor re-running after fixing one file) redoes only the work that changed.

Per file, the key is a hash of the file's bytes, its path and everything its result depends on: the validation
code of the shnor package (``code_files``), the versions of the libraries that parse and word the result, the
project root, data/taxonomies.yml, data/schools.csv, docs/blog/.authors.yml and schema/ (``record_context``).
The value is the file's parse result and the problems of that file alone. Rules that look across files (ids,
references, the monitoring tables against each other) are never cached: they run every time on the loaded
records. A rule declared ``file_local`` reads only its record, the taxonomies and the build date, so its problems
are kept with the file, for the build date they were found on.

Entries live in one pickle per kind of file (``practices.pickle``, ``monitoring.pickle``...) under
``<root>/.cache/shnor/``: a few large reads are far cheaper than thousands of small ones. Each is written to a
temporary file and moved into place with ``os.replace``, so a concurrent process reads an old or a new pack, never
half of one; an unreadable pack is simply a cold cache. ``SHNOR_NO_CACHE=1`` or ``shnor validate --no-cache``
turns the cache off. The cache is local to a checkout: never restore it from a source you would not run code from,
since unpickling trusts the file.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from shnor.problems import Problem
from shnor.records.data_files import LARGEST_LIMIT

CACHE_DIR = ".cache/shnor"
MISS: Any = object()  # ``lookup`` found nothing usable
FORMAT = 1  # bump when the layout of a pack or of a cached value changes
VALIDATION_CODE = ("kinds", "records", "indicators", "validation")  # subpackages of shnor, and its top modules
_LIBRARIES = ("pydantic", "pydantic-core", "PyYAML", "python-frontmatter", "pandas", "numpy", "tzdata")


def cache_wanted(flag: bool | None = None) -> bool:
    """Off with ``flag=False`` (``--no-cache``) or ``SHNOR_NO_CACHE`` set to anything but ``0``."""
    return flag is not False and os.environ.get("SHNOR_NO_CACHE", "").strip() in ("", "0")


def _digest(parts: Iterable[bytes | str]) -> bytes:
    h = hashlib.blake2b(digest_size=20)
    for part in parts:
        data = part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part
        # Length-prefixed, so that two different lists of parts can never hash alike.
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.digest()


def code_files() -> list[Path]:
    """The package's source that validation runs: its top-level modules and these subpackages. The site, export,
    scale and contributor code never shapes a validation result (a test checks that validation imports nothing
    else), so editing a page template does not empty the cache."""
    package = Path(__file__).resolve().parents[1]
    files = sorted(package.glob("*.py"))
    for sub in VALIDATION_CODE:
        files += sorted((package / sub).rglob("*.py"))
    return files


@cache
def code_digest() -> bytes:
    """The validation code and the libraries that shape a result: a change to either is a cold cache."""
    from importlib.metadata import PackageNotFoundError, version

    package = Path(__file__).resolve().parents[1]
    parts: list[bytes | str] = [str(FORMAT), sys.version]
    for path in code_files():
        parts += [path.relative_to(package).as_posix(), path.read_bytes()]
    for name in _LIBRARIES:
        try:
            parts.append(f"{name}={version(name)}")
        except PackageNotFoundError:
            parts.append(f"{name}=-")
    return _digest(parts)


def context_of(*parts: bytes | str) -> bytes:
    """A context for ``lookup``: the code's digest and ``parts`` (the repr of what the result depends on)."""
    return _digest([code_digest(), *parts])


def _file_bytes(path: Path) -> bytes:
    try:
        stat = path.stat()
        if stat.st_size > LARGEST_LIMIT:  # refused by its loader: not read into memory for the key either
            return f"\0oversized {stat.st_size} {stat.st_mtime_ns}".encode()
        return path.read_bytes()
    except OSError:
        return b"\0missing"  # distinct from any content, including an empty file


def record_context(root: Path, taxonomies: Any) -> bytes:
    """What a record's parse result and its file-local problems depend on besides its own bytes. ``taxonomies``
    are those actually used: a long-running process may hold older ones than the file on disk."""
    parts: list[bytes | str] = [code_digest(), str(root.resolve()), repr(taxonomies)]
    extra = [root / "data" / "taxonomies.yml", root / "data" / "schools.csv", root / "docs" / "blog" / ".authors.yml"]
    schema = root / "schema"
    if schema.is_dir():
        extra += sorted(p for p in schema.rglob("*") if p.is_file())
    for path in extra:
        parts += [path.relative_to(root).as_posix(), _file_bytes(path)]
    return _digest(parts)


@dataclass
class Entry:
    key: bytes
    # The value pickled when it was found: whatever later steps do to the objects, the cache keeps the file's result.
    blob: bytes = b""
    today: date | None = None  # the build date ``rules`` were found for
    rules: dict[str, list[Problem]] = field(default_factory=dict)  # file-local rule -> its problems in this file


class FileCache:
    """Entries by kind (``pack``) and by file; one instance serves one load of one project."""

    def __init__(self, root: Path, enabled: bool = True):
        self.folder = root / CACHE_DIR
        self.enabled = enabled
        self.hits = 0
        self.misses = 0
        self._stored: dict[str, dict[str, Entry]] = {}  # packs as read from disk
        self._used: dict[str, dict[str, Entry]] = {}  # this run's entries: what is written back
        self._dirty: set[str] = set()
        self._files: dict[str, tuple[str, Entry]] = {}  # rel -> (pack, entry), for the rules

    def _pack(self, pack: str) -> dict[str, Entry]:
        if pack not in self._stored:
            self._stored[pack] = self._read(pack)
            self._used[pack] = {}
        return self._stored[pack]

    def _read(self, pack: str) -> dict[str, Entry]:
        try:
            loaded = pickle.loads((self.folder / f"{pack}.pickle").read_bytes())
        except Exception:  # missing, truncated, from another version of a library: a cold cache, not an error
            return {}
        if not isinstance(loaded, dict) or loaded.get("format") != FORMAT or loaded.get("code") != code_digest():
            return {}
        entries = loaded.get("entries")
        return entries if isinstance(entries, dict) else {}

    def lookup(self, pack: str, rel: str, content: bytes, context: bytes) -> tuple[Entry, Any]:
        """This file's entry and its cached value, or ``MISS``: then compute the value and ``store`` it."""
        if not self.enabled:
            return Entry(b""), MISS
        key = _digest([context, rel, content])
        entry = self._pack(pack).get(rel)
        value = MISS
        if isinstance(entry, Entry) and entry.key == key:
            try:
                value = pickle.loads(entry.blob)
            except Exception:  # written by code that is gone: recompute
                value = MISS
        if value is MISS:
            entry = Entry(key)
            self.misses += 1
            self._dirty.add(pack)
        else:
            self.hits += 1
        assert entry is not None
        self._used[pack][rel] = entry
        self._files[rel] = (pack, entry)
        return entry, value

    def store(self, pack: str, entry: Entry, value: Any) -> Any:
        if self.enabled:
            entry.blob = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
            self._dirty.add(pack)
        return value

    def cached(self, pack: str, rel: str, content: bytes, context: bytes, compute: Callable[[], Any]) -> Any:
        """The value cached for this file, else ``compute()`` stored."""
        entry, value = self.lookup(pack, rel, content, context)
        return self.store(pack, entry, compute()) if value is MISS else value

    def rule_problems(
        self, rel: str, rule: str, today: date, compute: Callable[[], list[Problem]]
    ) -> list[Problem]:
        """The problems a file-local ``rule`` finds in ``rel``: kept with the file's entry for the build date."""
        found = self._files.get(rel) if self.enabled else None
        if found is None:
            return compute()  # a file this cache did not load
        pack, entry = found
        if entry.today != today:
            entry.today, entry.rules = today, {}
            self._dirty.add(pack)
        if rule not in entry.rules:
            entry.rules[rule] = compute()
            self._dirty.add(pack)
        return entry.rules[rule]

    def save(self) -> None:
        """Write back the packs this run changed; entries of files that are gone are dropped with them."""
        if not self.enabled:
            return
        written = False
        for pack, used in self._used.items():
            if pack in self._dirty or used.keys() != self._stored[pack].keys():
                self._write(pack, {"format": FORMAT, "code": code_digest(), "entries": used})
                written = True
        if written:
            self._drop_stale_temporaries()
        self._dirty.clear()
        self._stored = {pack: dict(used) for pack, used in self._used.items()}

    def _drop_stale_temporaries(self) -> None:
        """Temporary files a killed process left behind (a running one's are younger than an hour)."""
        with contextlib.suppress(OSError):
            for tmp in self.folder.glob(".*.tmp"):
                if time.time() - tmp.stat().st_mtime > 3600:
                    tmp.unlink()

    def _write(self, pack: str, data: dict) -> None:
        tmp = None
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            ignore = self.folder / ".gitignore"
            if not ignore.exists():  # a checkout whose .gitignore lacks /.cache/ still never commits the cache
                ignore.write_text("# Written by shnor: the validation cache is local, never commit it.\n*\n")
            fd, tmp = tempfile.mkstemp(prefix=f".{pack}.", suffix=".tmp", dir=self.folder)
            with os.fdopen(fd, "wb") as out:
                pickle.dump(data, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, self.folder / f"{pack}.pickle")  # atomic: readers see the old pack or the new one
            tmp = None
        except (OSError, pickle.PicklingError, RecursionError):
            pass  # a read-only checkout or a full disk: validation is still right, only not faster next time
        finally:
            if tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)

