"""What every generated page but a practice's own depends on: the record files, with a practice's front matter
standing for the whole practice file. Under ``mkdocs serve`` a live edit of a practice's text changes only its own
page; while this signature is unchanged the other sections are kept from the previous rebuild (serve_memo), so the
edited page is served in seconds at region scale instead of after every school page is made again (issue 7)."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from shnor.records.source import SourceError, decode, split_front_matter
from shnor.site.serve_memo import file_states

PRACTICES = "practices"


class RecordsSignature:
    """One per serve session: a practice file is read again only when its size or modification time changed."""

    def __init__(self) -> None:
        self._fronts: dict[str, tuple[tuple[int, int], bytes]] = {}
        # Practice files read again by the last call: with an unchanged signature, those whose text changed.
        self.changed: list[Path] = []

    def __call__(self, root: Path, names: list[str]) -> bytes:
        """``names``: the record folders, and files such as mkdocs.yml, under ``root``. A digest: it is part of
        the key of every value remembered with it (thousands of practice pages), so it must be cheap to compare."""
        entries: list[tuple] = []
        self.changed = []
        for name in names:
            folder = root / name
            for path, size, mtime in file_states(folder):
                state = (size, mtime)
                if name == PRACTICES and path.endswith(".md") and os.path.dirname(path) == str(folder):
                    entries.append((path, self._front_digest(path, state)))
                else:
                    entries.append((path, state))
        return hashlib.blake2b(repr(entries).encode("utf-8"), digest_size=16).digest()

    def _front_digest(self, path: str, state: tuple[int, int]) -> bytes:
        known = self._fronts.get(path)
        if known is None or known[0] != state:
            if known is not None:
                self.changed.append(Path(path))
            known = (state, hashlib.blake2b(_front_matter(Path(path)), digest_size=16).digest())
            self._fronts[path] = known
        return known[1]


def _front_matter(path: Path) -> bytes:
    """The front matter as reading the record splits it (a BOM, CRLF); a file that does not read counts whole, so
    any edit of it has every record validated again, which reports the problem."""
    raw = path.read_bytes()
    try:
        return split_front_matter(decode(raw, path.name), path.name)[0].encode("utf-8")
    except SourceError:
        return raw

