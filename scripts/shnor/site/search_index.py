"""Material's ``search/search_index.json``, reduced to what its bundle still reads: the ``config`` (the word
separator its on-page highlighting of ``?h=`` uses). Pagefind is the index now (``shnor.site.pagefind_index``); the
plugin marks every page ``search: {exclude: true}`` for Material's search plugin, which so parses no page and keeps
only the search box in the header. Whatever Material wrote, no document is published here."""

from __future__ import annotations

import json
from pathlib import Path

INDEX = Path("search") / "search_index.json"


def config_only(site_dir: Path) -> int | None:
    """Rewrite the index without documents, as compact UTF-8; returns its size, or None when there is none."""
    path = site_dir / INDEX
    if not path.is_file():
        return None
    config = json.loads(path.read_bytes()).get("config", {})
    compact = json.dumps({"config": config, "docs": []}, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    path.write_bytes(compact)
    return len(compact)
