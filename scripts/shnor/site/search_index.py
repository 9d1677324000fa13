"""The search index as UTF-8. Material's search plugin writes ``search/search_index.json`` with ``json.dumps``'
default ``ensure_ascii``, so every Cyrillic letter becomes a six-byte ``\\uXXXX`` escape instead of two bytes of
UTF-8: a Russian site's index is about three times the size it needs to be. Rewriting it changes no entry (the
browser's JSON.parse reads both forms alike), only the bytes downloaded before the first query. On the way the
monitoring dashboards of school pages are dropped from it (``shnor.site.search_trim``)."""

from __future__ import annotations

import json
from pathlib import Path

from shnor.site.search_trim import without_dashboards

INDEX = Path("search") / "search_index.json"


def rewrite_utf8(site_dir: Path) -> tuple[int, int] | None:
    """Rewrite the index in place; returns (bytes before, bytes after), or None when the site has no index."""
    path = site_dir / INDEX
    if not path.is_file():
        return None
    raw = path.read_bytes()
    data = json.loads(raw)
    data["docs"] = without_dashboards(data.get("docs", []))
    compact = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    path.write_bytes(compact)
    return len(raw), len(compact)
