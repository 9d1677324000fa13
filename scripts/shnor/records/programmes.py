"""School programmes with their risk profiles, ``programmes/<id>.md``: loaded into ``repo.programmes``.

Registered in ``shnor.records.sections.LOADERS`` after documents (``approved_by``); the practices they use are
loaded before any section.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from shnor.problems import Problem
from shnor.records.programme import Programme
from shnor.records.record import Record
from shnor.records.record_files import load_section, run_rules

if TYPE_CHECKING:
    from shnor.records.repository import Repository

FOLDER = "programmes"

ProgrammeRecord = Record[Programme]


def load(repo: Repository) -> list[Problem]:
    from shnor.validation.programme_checks import RULES

    repo.programmes, problems = load_section(repo, FOLDER, Programme, "программа школы", order=lambda r: r.data.id)
    return problems + run_rules(RULES, repo)


def programmes(repo: Repository) -> list[ProgrammeRecord]:
    return repo.programmes


def programme_of(repo: Repository, school_id: str) -> ProgrammeRecord | None:
    return next((r for r in programmes(repo) if r.data.school == school_id), None)
