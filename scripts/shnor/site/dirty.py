"""Live editing at region scale: under ``mkdocs serve --dirty`` only the pages whose Markdown changed are rendered.

MkDocs' dirty mode skips a page when ``File.is_modified()`` is false, but a generated page (``File.generated`` with
``content``) always says it is modified, so every practice and school page would be rendered on every keystroke.
The plugin keeps a digest of each generated page's Markdown across the rebuilds of one ``serve`` session (a plugin
with ``on_startup`` persists between rebuilds) and hands MkDocs an ``UnchangedFile`` for a page whose Markdown is
byte-identical to the previous build's: its HTML from that build is still in the served folder. The same goes for
generated files that are not pages (calendars, CSV, pictures): MkDocs writes one with content on every rebuild
unless it says it is unmodified, and at region scale those writes were a second of every live edit.
A plain ``mkdocs build`` and ``mkdocs serve`` without ``--dirty`` are unaffected.
"""

from __future__ import annotations

import hashlib

from mkdocs.structure.files import File

from shnor.site.mkdocs_internals import UnchangedFile


class PageDigests:
    def __init__(self) -> None:
        self.enabled = False
        self._digests: dict[str, tuple[str | bytes, bytes]] = {}  # path -> (content of the last build, its digest)
        self._pending: dict[str, tuple[str | bytes, bytes]] = {}  # this build's, until it is written out

    def file_class(self, path: str, content: str | bytes) -> type[File]:
        if not self.enabled:
            return File
        previous = self._digests.get(path)
        if previous is not None and previous[0] is content:
            return UnchangedFile  # the very text of the last build, kept by shnor.site.serve_memo: nothing to hash
        raw = content.encode("utf-8") if isinstance(content, str) else content
        digest = hashlib.blake2b(raw, digest_size=16).digest()
        self._pending[path] = (content, digest)
        return UnchangedFile if previous is not None and previous[1] == digest else File

    def written(self) -> None:
        """The build finished: what it wrote is in the served folder."""
        self._digests.update(self._pending)
        self._pending.clear()

    def failed(self) -> None:
        """A build that failed wrote maybe not all of it: the next build writes those files again."""
        self._pending.clear()
