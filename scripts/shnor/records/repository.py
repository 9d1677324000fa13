"""All records of the repository, read once. The validator and the site both ask this module, so they
cannot disagree about what a record says."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from shnor.paths import ProjectPaths
from shnor.problems import Problem
from shnor.records.messages import problems_from_validation
from shnor.records.practice import Practice
from shnor.records.schools import School, load_schools
from shnor.records.sections import load_sections
from shnor.records.source import SourceError, SourceFile, read_source
from shnor.taxonomy import Taxonomies, taxonomies_at


@dataclass
class PracticeRecord:
    source: SourceFile
    practice: Practice

    @property
    def rel(self) -> str:
        return self.source.rel

    def line_of(self, *key: str | int) -> int:
        return self.source.meta.line_of(tuple(key))

    def problem(self, field: str, message: str, *key: str | int, severity: str = "error", rule: str = "") -> Problem:
        """A problem at the line of ``key`` (defaults to ``field`` split on dots)."""
        where = key or tuple(int(part) if part.isdigit() else part for part in field.split("."))
        return Problem(self.rel, self.line_of(*where), field, message, severity, rule)


@dataclass
class Repository:
    paths: ProjectPaths
    taxonomies: Taxonomies
    today: date
    schools: dict[str, School] = field(default_factory=dict)
    sources: list[SourceFile] = field(default_factory=list)  # every file whose front matter could be read
    practices: list[PracticeRecord] = field(default_factory=list)  # every record that passed the schema
    problems: list[Problem] = field(default_factory=list)
    # Other record kinds by name (see shnor.records.sections), e.g. sections["partnerships"].
    sections: dict[str, Any] = field(default_factory=dict)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @cached_property
    def published(self) -> list[PracticeRecord]:
        statuses = self.taxonomies["review_statuses"]
        shown = [r for r in self.practices if statuses.by_id(r.practice.review.status).extra.get("published")]
        return sorted(shown, key=lambda r: (r.practice.updated, r.practice.id), reverse=True)

    @cached_property
    def published_by_school(self) -> dict[str, list[PracticeRecord]]:
        """Published practices per school, in ``published`` order: one pass, not one per school page."""
        by_school: dict[str, list[PracticeRecord]] = {}
        for record in self.published:
            by_school.setdefault(record.practice.school, []).append(record)
        return by_school

    def practices_of(self, school_id: str) -> list[PracticeRecord]:
        return list(self.published_by_school.get(school_id, ()))


def practice_files(paths: ProjectPaths) -> list[Path]:
    return sorted(p for p in paths.practices.glob("*.md") if p.name != "README.md" and not p.name.startswith("_"))


def load_practice(source: SourceFile, context: dict) -> tuple[PracticeRecord | None, list[Problem]]:
    try:
        practice = Practice.model_validate(source.meta.data, context=context)
    except ValidationError as error:
        return None, problems_from_validation(error, source.rel, source.meta, Practice)
    return PracticeRecord(source, practice), []


def load_repository(root: Path, today: date) -> Repository:
    """Read the registry and the practices; schema problems are collected, never raised."""
    paths = ProjectPaths(root)
    taxonomies = taxonomies_at(root)
    repo = Repository(paths, taxonomies, today)
    repo.schools, school_problems = load_schools(paths, taxonomies)
    repo.problems.extend(school_problems)
    context = {"taxonomies": taxonomies, "school_ids": set(repo.schools)}
    for path in practice_files(paths):
        try:
            source = read_source(path, paths.rel(path))
        except SourceError as error:
            repo.problems.append(error.problem)
            continue
        repo.sources.append(source)
        record, problems = load_practice(source, context)
        repo.problems.extend(problems)
        if record:
            repo.practices.append(record)
    load_sections(repo)
    return repo
