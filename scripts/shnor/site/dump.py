"""``SHNOR_DUMP_GENERATED=DIR``: every page and file the plugin generates is also written into DIR, as the build
adds it. The benchmark (issue 7) builds bare mkdocs-material on exactly these pages; nothing else reads it."""

from __future__ import annotations

import os
from pathlib import Path

from shnor.site import raw_html
from shnor.site.generated import GeneratedFile

VARIABLE = "SHNOR_DUMP_GENERATED"


def dump(item: GeneratedFile) -> None:
    folder = os.environ.get(VARIABLE)
    if not folder:
        return
    target = Path(folder) / item.path
    target.parent.mkdir(parents=True, exist_ok=True)
    if item.source is not None:
        target.write_bytes(item.source.read_bytes())
    elif item.later is not None:
        target.write_bytes(item.later())
    elif isinstance(item.content, bytes):
        target.write_bytes(item.content)
    else:
        target.write_text(raw_html.expand(item.content or "", consume=False), encoding="utf-8")
