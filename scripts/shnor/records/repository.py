"""All records of the repository, read once. The validator and the site both ask this module, so they
cannot disagree about what a record says."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from shnor.paths import ProjectPaths
from shnor.problems import Problem
from shnor.records.file_cache import FileCache, cache_wanted, record_context
from shnor.records.practice import Practice
from shnor.records.record import Record
from shnor.records.schools import School
from shnor.records.source import SourceFile
from shnor.taxonomy import Taxonomies, taxonomies_at

if TYPE_CHECKING:
    from shnor.indicators.report import MonitoringReport
    from shnor.records.document import Document
    from shnor.records.event import Announcement
    from shnor.records.partnership import Partnership
    from shnor.records.person import Person
    from shnor.records.programme import Programme
    from shnor.records.removed_practices import RemovedRecord


PracticeRecord = Record[Practice]

T = TypeVar("T")


@dataclass
class Repository:
    paths: ProjectPaths
    taxonomies: Taxonomies
    today: date
    schools: dict[str, School] = field(default_factory=dict)
    sources: list[SourceFile] = field(default_factory=list)  # every file whose front matter could be read
    practices: list[PracticeRecord] = field(default_factory=list)  # every record that passed the schema
    problems: list[Problem] = field(default_factory=list)
    # The other record kinds, each in its order (shnor.kinds).
    partnerships: list[Record[Partnership]] = field(default_factory=list)  # by id
    events: list[Record[Announcement]] = field(default_factory=list)  # announcements, newest first
    documents: list[Record[Document]] = field(default_factory=list)  # newest first
    programmes: list[Record[Programme]] = field(default_factory=list)  # by id
    people: list[Record[Person]] = field(default_factory=list)  # by name
    removed: list[RemovedRecord] = field(default_factory=list)  # data/removed-practices.yml, in the file's order
    monitoring: MonitoringReport | None = None  # None: no indicator catalogue and no data/monitoring/
    # What each file gave last time (see shnor.records.file_cache); ``cache_context`` is what a record's result
    # depends on besides its own bytes. A disabled cache when none is wanted.
    cache: FileCache = field(default=None, repr=False)  # type: ignore[assignment]
    cache_context: bytes = field(default=b"", repr=False)
    _derived: dict[str, Any] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        if self.cache is None:
            self.cache = FileCache(self.paths.root, enabled=False)

    @property
    def other_records(self) -> int:
        """How many records of the kinds beyond practices were loaded."""
        kinds = (self.partnerships, self.events, self.documents, self.programmes, self.people)
        return sum(len(records) for records in kinds)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @cached_property
    def published(self) -> list[PracticeRecord]:
        statuses = self.taxonomies["review_statuses"]
        shown = [r for r in self.practices if statuses.by_id(r.data.review.status).extra.get("published")]
        return sorted(shown, key=lambda r: (r.data.updated, r.data.id), reverse=True)

    @cached_property
    def published_by_school(self) -> dict[str, list[PracticeRecord]]:
        """Published practices per school, in ``published`` order: one pass, not one per school page."""
        by_school: dict[str, list[PracticeRecord]] = {}
        for record in self.published:
            by_school.setdefault(record.data.school, []).append(record)
        return by_school

    def practices_of(self, school_id: str) -> list[PracticeRecord]:
        return list(self.published_by_school.get(school_id, ()))

    def derived(self, key: str, compute: Callable[[], T]) -> T:
        """An index over the records, computed once for this loaded repository (one build): a page per school
        that scanned every event or practice again made the build schools × records."""
        if key not in self._derived:
            self._derived[key] = compute()
        return self._derived[key]


@contextmanager
def paused_gc() -> Iterator[None]:
    """Loading a region creates millions of objects that all live on: the cyclic collector would walk the growing
    heap again and again (a third of a warm run) and find nothing to free. It runs again afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            # Promote what was loaded to the oldest generation (freeze, then unfreeze into it), as surviving a few
            # collections would have: otherwise the first young collection scans all of it once more. Nothing is
            # left untracked: the next full collection still sees every object.
            gc.freeze()
            gc.unfreeze()
            gc.enable()


def new_repository(root: Path, today: date, cache: bool | None = None) -> Repository:
    """An empty repository of the project at ``root``: the kinds of ``shnor.kinds`` load their records into it.
    ``cache``: whether to reuse what unchanged files gave last time (default: unless SHNOR_NO_CACHE is set)."""
    paths = ProjectPaths(root)
    taxonomies = taxonomies_at(root)
    repo = Repository(paths, taxonomies, today, cache=FileCache(root, cache_wanted(cache)))
    repo.cache_context = record_context(root, taxonomies) if repo.cache.enabled else b""
    return repo
