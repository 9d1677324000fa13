"""Rules for «Кто поможет» records beyond the schema (which already refuses a record without ``consent: true``).
The people loader runs them (``RULES``)."""

from __future__ import annotations

from collections.abc import Iterator

from shnor.problems import Problem
from shnor.records.repository import Repository
from shnor.validation.rules.base import Rule


def check_contacts(repo: Repository) -> Iterator[Problem]:
    for record in repo.people:
        person = record.data
        if not (person.contacts.email or person.contacts.phone):
            yield record.problem("contacts", "укажите рабочую почту (email) или рабочий телефон (phone)")
        if not (person.directions or person.subjects or person.risk_factors):
            yield record.problem(
                "risk_factors",
                "укажите, с чем человек помогает: directions, subjects или risk_factors — иначе его не найти",
                "directions" if "directions" in record.source.meta.data else "name",
            )


RULES: tuple[Rule, ...] = (
    Rule("SH421", "person-contacts", "у консультанта есть рабочий контакт и указано, с чем он помогает", None, None,
         check_contacts),
)  # fmt: skip
