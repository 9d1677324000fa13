"""School programmes with their risk profiles, ``programmes/<id>.md``: loaded into ``repo.sections["programmes"]``.

Registered in ``shnor.records.sections.LOADERS`` after documents (``approved_by``); the practices they use are
loaded before any section.
"""

from __future__ import annotations

from shnor.problems import Problem
from shnor.records.programme import Programme
from shnor.records.record_files import LoadedRecord, load_section
from shnor.records.repository import Repository

FOLDER = "programmes"

ProgrammeRecord = LoadedRecord[Programme]


def load(repo: Repository) -> list[Problem]:
    from shnor.validation.programme_checks import RULES

    return load_section(repo, FOLDER, Programme, "программа школы", RULES, order=lambda r: r.data.id)


def programmes(repo: Repository) -> list[ProgrammeRecord]:
    return repo.sections.get("programmes", [])


def programme_of(repo: Repository, school_id: str) -> ProgrammeRecord | None:
    return next((r for r in programmes(repo) if r.data.school == school_id), None)
