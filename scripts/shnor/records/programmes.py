"""School programmes with their risk profiles, ``programmes/<id>.md``: loaded into ``repo.programmes``.

Declared in ``shnor.kinds`` after documents (``approved_by``); the practices they use are
loaded before any section.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from shnor.problems import Problem
from shnor.records.programme import Programme
from shnor.records.record import Record
from shnor.records.record_files import load_section

if TYPE_CHECKING:
    from shnor.records.repository import Repository

FOLDER = "programmes"

ProgrammeRecord = Record[Programme]


def load(repo: Repository) -> list[Problem]:
    repo.programmes, problems = load_section(repo, FOLDER, Programme, "программа школы", order=lambda r: r.data.id)
    return problems


def programmes(repo: Repository) -> list[ProgrammeRecord]:
    return repo.programmes


def programme_of(repo: Repository, school_id: str) -> ProgrammeRecord | None:
    return next((r for r in programmes(repo) if r.data.school == school_id), None)
