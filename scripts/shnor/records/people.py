"""«Кто поможет»: consultants, curators, tutors and mentors, ``people/<id>.md``, loaded into
``repo.sections["people"]`` by name. A record without ``consent: true`` fails the schema and is never published."""

from __future__ import annotations

from shnor.problems import Problem
from shnor.records.person import Person
from shnor.records.record_files import LoadedRecord, load_folder
from shnor.records.repository import Repository

FOLDER = "people"

PersonRecord = LoadedRecord[Person]


def load(repo: Repository) -> list[Problem]:
    from shnor.validation.people_checks import RULES

    context = {"taxonomies": repo.taxonomies, "school_ids": set(repo.schools)}
    records, problems = load_folder(repo, repo.paths.root / FOLDER, Person, context, "человек")
    repo.sections["people"] = sorted(records, key=lambda r: (r.data.name, r.data.id))
    for rule in RULES:
        problems.extend(rule.run(repo))
    return problems


def people(repo: Repository) -> list[PersonRecord]:
    return repo.sections.get("people", [])


def helpers_for_risk(repo: Repository, risk_factor: str) -> list[PersonRecord]:
    return [r for r in people(repo) if risk_factor in r.data.risk_factors]


def supporting(repo: Repository, school_id: str) -> list[PersonRecord]:
    return [r for r in people(repo) if school_id in r.data.schools]
