"""Partnership records, ``partnerships/<id>.md``: loaded into ``repo.sections["partnerships"]``.

Registered in ``shnor.records.sections.LOADERS``; the body of each file tells the story of the partnership.
"""

from __future__ import annotations

from shnor.problems import Problem
from shnor.records.partnership import Partnership
from shnor.records.record_files import LoadedRecord, load_section
from shnor.records.repository import Repository

FOLDER = "partnerships"

PartnershipRecord = LoadedRecord[Partnership]


def load(repo: Repository) -> list[Problem]:
    from shnor.validation.partnership_checks import RULES

    return load_section(repo, FOLDER, Partnership, "партнёрство", RULES, order=lambda r: r.data.id)


def partnerships(repo: Repository) -> list[PartnershipRecord]:
    return repo.sections.get("partnerships", [])


def partnerships_of(repo: Repository, school_id: str) -> list[PartnershipRecord]:
    return [r for r in partnerships(repo) if school_id in (r.data.school, r.data.partner)]
