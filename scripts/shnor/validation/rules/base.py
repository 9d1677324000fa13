"""What every rule is: a code for the README table, a name, a description, and a check."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

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

    def run(self, repo: Repository) -> list[Problem]:
        found: list[Problem] = []
        if self.check_source:
            for source in repo.sources:
                found.extend(self.check_source(source, repo))
        if self.check_record:
            for record in repo.practices:
                found.extend(self.check_record(record, repo))
        if self.check_repository:
            found.extend(self.check_repository(repo))
        return [p if p.rule else _with_code(p, self.code) for p in found]


def _with_code(problem: Problem, code: str) -> Problem:
    return Problem(problem.path, problem.line, problem.field, problem.message, problem.severity, code)
