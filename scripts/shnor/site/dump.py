"""``SHNOR_DUMP_GENERATED=DIR``: every page and file the plugin generates is also written into DIR, as the build
adds it. The benchmark (issue 7) builds bare mkdocs-material on exactly these pages; nothing else reads it.

Files that exist on disk (materials, and the workbooks once the second process has written them) are hard-linked,
not copied or made again: the timed project build must not pay for preparing the baseline."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from shnor.site import raw_html
from shnor.site.generated import GeneratedFile

VARIABLE = "SHNOR_DUMP_GENERATED"


def enabled() -> bool:
    return bool(os.environ.get(VARIABLE))


def _target(path: str) -> Path:
    target = Path(os.environ[VARIABLE]) / path
    target.parent.mkdir(parents=True, exist_ok=True)
    return target


def dump_file(path: str, source: Path) -> None:
    """The file at ``source`` as ``path`` of the dump."""
    if not enabled():
        return
    target = _target(path)
    target.unlink(missing_ok=True)
    try:
        os.link(source, target)
    except OSError:  # another file system
        shutil.copyfile(source, target)


def dump(item: GeneratedFile) -> None:
    """A page or a file with content; one with a ``source`` is linked (``later`` ones: ``dump_file`` once written)."""
    if not enabled() or item.later is not None:
        return
    if item.source is not None:
        dump_file(item.path, item.source)
    elif isinstance(item.content, bytes):
        _target(item.path).write_bytes(item.content)
    else:
        _target(item.path).write_text(raw_html.expand(item.content or "", consume=False), encoding="utf-8")
