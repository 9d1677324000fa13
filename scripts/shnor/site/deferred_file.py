"""A generated page whose Markdown is made when MkDocs first reads it (``GeneratedFile.deferred``)."""

from __future__ import annotations

from collections.abc import Callable

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, InclusionLevel


def _made_first(inherited: property) -> property:
    """``inherited``, once the Markdown is made; setting it drops the maker."""

    def get(self: DeferredFile) -> str | bytes:
        self._made()
        return inherited.fget(self)  # type: ignore[misc]

    def set(self: DeferredFile, value: str | bytes) -> None:
        self._make = None
        inherited.fset(self, value)  # type: ignore[misc]

    return property(get, set)


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

    # MkDocs reads and sets a page's Markdown through these two properties of File.
    content_string = _made_first(File.content_string)  # type: ignore[assignment]
    content_bytes = _made_first(File.content_bytes)  # type: ignore[assignment]
