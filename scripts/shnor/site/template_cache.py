"""Under ``mkdocs serve``: the theme's templates are compiled once in a session, not on every rebuild.

MkDocs makes a new Jinja environment for each rebuild, so Material's templates (main.html, blog.html, 404.html...)
were parsed and compiled again after every save: about half a second of a live edit at region scale (issue 7).
Jinja's bytecode cache keys a template by its name and a checksum of its source, so an edited override is
compiled again; this one keeps the compiled code in memory for the life of the serve process.
"""

from __future__ import annotations

from jinja2.bccache import Bucket, BytecodeCache


class SessionBytecodeCache(BytecodeCache):
    def __init__(self) -> None:
        self._compiled: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        code = self._compiled.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._compiled[bucket.key] = bucket.bytecode_to_string()
