"""«Кто поможет»: consultants, curators, tutors and mentors, ``people/<id>.md``, loaded into
``repo.people`` by name. A record without ``consent: true`` fails the schema and is never published."""

from __future__ import annotations

from typing import TYPE_CHECKING

from shnor.problems import Problem
from shnor.records.person import Person
from shnor.records.record import Record
from shnor.records.record_files import load_section

if TYPE_CHECKING:
    from shnor.records.repository import Repository

FOLDER = "people"

PersonRecord = Record[Person]


def load(repo: Repository) -> list[Problem]:
    repo.people, problems = load_section(repo, FOLDER, Person, "человек", order=lambda r: (r.data.name, r.data.id))
    return problems


def people(repo: Repository) -> list[PersonRecord]:
    return repo.people


def helpers_for_risk(repo: Repository, risk_factor: str) -> list[PersonRecord]:
    return [r for r in people(repo) if risk_factor in r.data.risk_factors]


def supporting(repo: Repository, school_id: str) -> list[PersonRecord]:
    return [r for r in people(repo) if school_id in r.data.schools]
