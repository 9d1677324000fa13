"""A generated page whose Markdown is made when MkDocs first reads it (``GeneratedFile.deferred``)."""

from __future__ import annotations

from collections.abc import Callable

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, InclusionLevel


class DeferredFile(File):
    _make: Callable[[], str] | None = None

    @classmethod
    def deferred(cls, config: MkDocsConfig, path: str, make: Callable[[], str], inclusion: InclusionLevel) -> File:
        file = cls.generated(config, path, content="", inclusion=inclusion)
        file._make = make
        return file

    def _made(self) -> None:
        if self._make is not None:
            make, self._make = self._make, None
            self._content = make()

    @property  # type: ignore[override]
    def content_string(self) -> str:
        self._made()
        return File.content_string.fget(self)  # type: ignore[attr-defined]

    @content_string.setter
    def content_string(self, value: str) -> None:
        self._make = None
        File.content_string.fset(self, value)  # type: ignore[attr-defined]

    @property  # type: ignore[override]
    def content_bytes(self) -> bytes:
        self._made()
        return File.content_bytes.fget(self)  # type: ignore[attr-defined]

    @content_bytes.setter
    def content_bytes(self, value: bytes) -> None:
        self._make = None
        File.content_bytes.fset(self, value)  # type: ignore[attr-defined]
