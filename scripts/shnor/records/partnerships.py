"""Partnership records, ``partnerships/<id>.md``: loaded into ``repo.partnerships``.

Declared in ``shnor.kinds``; the body of each file tells the story of the partnership.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from shnor.problems import Problem
from shnor.records.partnership import Partnership
from shnor.records.record import Record
from shnor.records.record_files import load_section

if TYPE_CHECKING:
    from shnor.records.repository import Repository

FOLDER = "partnerships"

PartnershipRecord = Record[Partnership]


def load(repo: Repository) -> list[Problem]:
    repo.partnerships, problems = load_section(repo, FOLDER, Partnership, "партнёрство", order=lambda r: r.data.id)
    return problems


def partnerships(repo: Repository) -> list[PartnershipRecord]:
    return repo.partnerships


def partnerships_of(repo: Repository, school_id: str) -> list[PartnershipRecord]:
    return [r for r in partnerships(repo) if school_id in (r.data.school, r.data.partner)]
