"""What every rule is: a code for the README table, a name, a description, and a check."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from shnor.problems import Problem
from shnor.records.repository import PracticeRecord, Repository
from shnor.records.source import SourceFile

SourceCheck = Callable[[SourceFile, Repository], Iterable[Problem]]
RecordCheck = Callable[[PracticeRecord, Repository], Iterable[Problem]]
RepositoryCheck = Callable[[Repository], Iterable[Problem]]


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    description: str  # Russian: it is shown to contributors in CONTRIBUTING.md
    check_source: SourceCheck | None = None  # the text: runs even when the front matter failed the schema
    check_record: RecordCheck | None = None  # the front matter: runs on records that passed the schema
    check_repository: RepositoryCheck | None = None
    # The source and record checks read only their own file, the taxonomies and the build date (no other record,
    # no file on disk): their problems are then kept in the cache with the file (see shnor.records.file_cache).
    file_local: bool = False

    def run(self, repo: Repository) -> list[Problem]:
        found = self._file_checks(repo, repo.sources, repo.practices, cached=True)
        if self.check_repository:
            found += self._coded(self.check_repository(repo))
        return found

    def run_on(self, repo: Repository, sources: list[SourceFile], records: list[PracticeRecord]) -> list[Problem]:
        """The source and record checks of these files only, found afresh (shnor.validation.checks.rechecked_texts:
        the cache still holds what their previous text gave)."""
        return self._file_checks(repo, sources, records, cached=False)

    def _file_checks(self, repo: Repository, sources: list[SourceFile], records: list[PracticeRecord],
                     cached: bool) -> list[Problem]:
        found: list[Problem] = []
        if self.check_source:
            found += self._per_file(repo, "source", self.check_source, [(s.rel, s) for s in sources], cached)
        if self.check_record:
            found += self._per_file(repo, "record", self.check_record, [(r.source.rel, r) for r in records], cached)
        return found

    def _coded(self, problems: Iterable[Problem]) -> list[Problem]:
        return [p if p.rule else _with_code(p, self.code) for p in problems]

    def _per_file(self, repo: Repository, part: str, check: Callable[[Any, Repository], Iterable[Problem]],
                  items: list[tuple[str, Any]], cached: bool) -> list[Problem]:
        found: list[Problem] = []
        if not cached or not self.file_local or not repo.cache.enabled:
            for _, item in items:
                found += self._coded(check(item, repo))
            return found
        name = f"{self.code}:{part}"
        for rel, item in items:
            found += repo.cache.rule_problems(rel, name, repo.today, lambda i=item: self._coded(check(i, repo)))
        return found


def _with_code(problem: Problem, code: str) -> Problem:
    return Problem(problem.path, problem.line, problem.field, problem.message, problem.severity, code)
