"""Every place the plugin relies on MkDocs or Material beyond their documented plugin API, in one module.

MkDocs 1.6 is unmaintained and mkdocs-material 9.x gets only critical fixes until 5 May 2027 (docs-dev/migration.md):
an upgrade, or a move to ProperDocs, must break here and in ``tests/site/test_mkdocs_internals.py``, which checks
each assumption against the installed packages, not somewhere in a generator. What is relied on:

* ``File._content`` and the ``content_string`` / ``content_bytes`` properties of ``mkdocs.structure.files.File``:
  a generated page's Markdown is made when MkDocs first reads it (``DeferredFile``);
* ``File.is_modified()``, which ``mkdocs serve --dirty`` asks before rendering a page (``UnchangedFile``);
* ``LiveReloadServer.observer``, on which ``LiveReloadServer.watch`` schedules its watch (``scheduled_on``);
* Material's ``<article class="md-content__inner md-typeset"`` of base.html and blog-post.html, where
  ``shnor.site.pagefind_marks`` marks the indexed body;
* Material's ``config`` block holds the search worker's URL, swapped for ours (``shnor.site.plugin.search_worker``
  fails the build when it is not found);
* Material's templates: ``overrides/main.html`` copies the blocks ``tabs``, ``site_nav`` and ``htmltitle`` of
  ``base.html`` (``MATERIAL_BLOCK_COPIES``: the test compares each copy with Material's block).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, InclusionLevel

# Block of Material's base.html -> what overrides/main.html writes differently, as (ours, Material's) pairs.
MATERIAL_BLOCK_COPIES = {
    "tabs": [('{% call shnor_fragment("tabs", page, nav) %}{% include "partials/tabs.html" %}{% endcall %}',
              '{% include "partials/tabs.html" %}')],
    "site_nav": [('{% call shnor_fragment("nav", page, nav) %}{% include "partials/nav.html" %}{% endcall %}',
                  '{% include "partials/nav.html" %}')],
    "htmltitle": [("| striptags | e }}", "| striptags }}"), ("config.site_name | e }}", "config.site_name }}")],
}  # fmt: skip


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
    """A generated page whose Markdown is made when MkDocs first reads it (``GeneratedFile.deferred``)."""

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


class UnchangedFile(File):
    """A generated page whose Markdown the previous build of this serve session rendered (MkDocs keeps its HTML),
    or a generated file it wrote with the same content (``shnor.site.dirty``)."""

    def is_modified(self) -> bool:
        return False


@contextmanager
def scheduled_on(server, observer) -> Iterator[None]:
    """``server.watch`` schedules on ``observer`` inside the block; MkDocs' own observer is put back after it (MkDocs
    starts, stops and joins it)."""
    own = server.observer
    server.observer = observer
    try:
        yield
    finally:
        server.observer = own
