"""What every generated page but a practice's own depends on: the record files, with a practice's front matter
standing for the whole practice file. Under ``mkdocs serve`` a live edit of a practice's text changes only its own
page; while this signature is unchanged the other sections are kept from the previous rebuild (serve_memo), so the
edited page is served in seconds at region scale instead of after every school page is made again (issue 7)."""

from __future__ import annotations

import hashlib
from pathlib import Path

PRACTICES = "practices"


def front_matter(text: str) -> str:
    """The YAML between the opening ``---`` and the next line that is ``---`` ("" without front matter)."""
    if not text.startswith("---"):
        return ""
    end = text.find("\n---", 3)
    return text[: end if end >= 0 else len(text)]


class RecordsSignature:
    """One per serve session: a practice file is read again only when its size or modification time changed."""

    def __init__(self) -> None:
        self._fronts: dict[Path, tuple[tuple[int, int], bytes]] = {}

    def __call__(self, root: Path, names: list[str]) -> bytes:
        """``names``: the record folders, and files such as mkdocs.yml, under ``root``. A digest: it is part of
        the key of every value remembered with it (thousands of practice pages), so it must be cheap to compare."""
        entries: list[tuple] = []
        for name in names:
            folder = root / name
            for path in sorted(folder.rglob("*")) if folder.is_dir() else [folder]:
                if not path.is_file():
                    continue
                stat = path.stat()
                state = (stat.st_size, stat.st_mtime_ns)
                if name == PRACTICES and path.parent == folder and path.suffix == ".md":
                    entries.append((path, self._front_digest(path, state)))
                else:
                    entries.append((path, state))
        return hashlib.blake2b(repr(entries).encode("utf-8"), digest_size=16).digest()

    def _front_digest(self, path: Path, state: tuple[int, int]) -> bytes:
        known = self._fronts.get(path)
        if known is None or known[0] != state:
            text = path.read_text(encoding="utf-8", errors="replace")
            known = (state, hashlib.blake2b(front_matter(text).encode("utf-8"), digest_size=16).digest())
            self._fronts[path] = known
        return known[1]
