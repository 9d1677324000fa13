"""What a page generator gets and what it gives back to the plugin."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from shnor.contrib.hosts import Hosting, hosting
from shnor.records.repository import Repository
from shnor.site.build_session import BuildSession
from shnor.site.serve_memo import ServeMemo

if TYPE_CHECKING:
    from shnor.site.site_kind import SchoolBlock


@dataclass(frozen=True)
class GeneratedFile:
    """A file of the site that exists in no folder: ``path`` is relative to ``docs/`` (``partnerships/index.md``).

    Either ``content`` (Markdown, HTML, JSON, ICS...), ``source`` (a file copied as is, e.g. a material),
    ``later``, a picklable function that makes the bytes (run by shnor.site.background in a second process), or
    ``deferred``, a function that makes the Markdown when the page is read.
    ``untrusted`` pages carry contributors' prose: the plugin sanitizes their HTML with nh3 and never lets
    mkdocs-macros render them.
    """

    path: str
    content: str | bytes | None = None
    source: Path | None = None
    later: Callable[[], bytes] | None = None  # slow binary content (a workbook): built while pages render
    # Markdown made only when MkDocs reads the page, late in a build: what it needs is made meanwhile by the second
    # process (shnor.site.monitoring.dashboard_worker). Under serve and outside a build it is made at once.
    deferred: Callable[[], str] | None = None
    untrusted: bool = False
    edit_path: str | None = None  # repository path of the record, for the «Редактировать» link

    def made(self) -> GeneratedFile:
        """The same file with its deferred Markdown made now."""
        return dataclasses.replace(self, content=self.deferred(), deferred=None) if self.deferred is not None else self


@dataclass(frozen=True)
class SiteContext:
    repo: Repository
    today: date
    site_url: str  # absolute, ends with "/"
    repo_url: str  # the repository pull requests go to, may be ""
    config: dict  # the MkDocs config (read-only): extra, theme, plugins...
    school_blocks: tuple[SchoolBlock, ...] = ()  # what the kinds add to a school's page (shnor.site.kinds)
    memo: ServeMemo = field(default_factory=ServeMemo)  # the serve session's; a build's remembers nothing
    build: BuildSession = field(default_factory=BuildSession)

    @functools.cached_property
    def hosting(self) -> Hosting:
        """The repository's host and branch (mkdocs.yml ``extra.repository``): every link to it is built there."""
        return hosting(self.config.get("extra"), self.repo_url)
