"""What every rule is: a code for the README table, a name, a description, and its checks of one kind's records.

A rule is generic over the records it checks (``Rule[PracticeRecord]``, ``Rule[MonitoringData]``): the kind that
lists it passes them (``shnor.kinds.kind.Kind.check``), so a rule never picks its records out of the repository
itself; the repository is there for what the records refer to (the registry, the taxonomies, other kinds).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

from shnor.problems import Problem
from shnor.records.record import Record
from shnor.records.source import SourceFile

if TYPE_CHECKING:
    from shnor.records.repository import Repository

R = TypeVar("R")
X = TypeVar("X")

SourceCheck = Callable[[SourceFile, "Repository"], Iterable[Problem]]


@dataclass(frozen=True, kw_only=True)
class Rule(Generic[R]):
    code: str
    name: str
    description: str  # Russian: it is shown to contributors in CONTRIBUTING.md
    # Each record of the kind, alone (with the repository for what it refers to).
    check_record: Callable[[R, Repository], Iterable[Problem]] | None = None
    # The kind's records together: what compares records with each other (unique ids, chains of replacements).
    check_records: Callable[[Sequence[R], Repository], Iterable[Problem]] | None = None
    # The practices only: each practice file's text, even when its front matter failed the schema.
    check_source: SourceCheck | None = None
    # The source and record checks read only their own file, the taxonomies and the build date (no other record,
    # no file on disk): their problems are then kept in the cache with the file (see shnor.records.file_cache).
    # Only records read from a file of their own (``Record``) are cached.
    file_local: bool = False

    def run(self, repo: Repository, records: Sequence[R], sources: Sequence[SourceFile] = ()) -> list[Problem]:
        """Every problem of ``records`` (and of ``sources``, the texts they were read from), with the rule's code."""
        found = self._file_checks(repo, sources, records, cached=True)
        if self.check_records:
            found += self._coded(self.check_records(records, repo))
        return found

    def run_on(self, repo: Repository, sources: Sequence[SourceFile], records: Sequence[R]) -> list[Problem]:
        """The source and record checks of these files only, found afresh (shnor.validation.checks.rechecked_texts:
        the cache still holds what their previous text gave)."""
        return self._file_checks(repo, sources, records, cached=False)

    def _file_checks(self, repo: Repository, sources: Sequence[SourceFile], records: Sequence[R],
                     cached: bool) -> list[Problem]:
        found: list[Problem] = []
        if self.check_source:
            found += self._per_file(repo, "source", self.check_source, sources, _source_rel, cached)
        if self.check_record:
            found += self._per_file(repo, "record", self.check_record, records, _record_rel, cached)
        return found

    def _coded(self, problems: Iterable[Problem]) -> list[Problem]:
        return [p if p.rule else _with_code(p, self.code) for p in problems]

    def _per_file(self, repo: Repository, part: str, check: Callable[[X, Repository], Iterable[Problem]],
                  items: Sequence[X], rel_of: Callable[[X], str | None], cached: bool) -> list[Problem]:
        found: list[Problem] = []
        caching = cached and self.file_local and repo.cache.enabled
        name = f"{self.code}:{part}"
        for item in items:
            rel = rel_of(item) if caching else None
            if rel is None:
                found += self._coded(check(item, repo))
            else:
                found += repo.cache.rule_problems(rel, name, repo.today, lambda i=item: self._coded(check(i, repo)))
        return found


def _source_rel(source: SourceFile) -> str | None:
    return source.rel


def _record_rel(record: object) -> str | None:
    """The file a record was read from, when it has one of its own (its cached problems are kept with it)."""
    return record.rel if isinstance(record, Record) else None


def _with_code(problem: Problem, code: str) -> Problem:
    return Problem(problem.path, problem.line, problem.field, problem.message, problem.severity, code)
