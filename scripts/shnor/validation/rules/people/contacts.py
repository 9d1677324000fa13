"""SH421 person-contacts: у консультанта есть рабочий контакт и указано, с чем он помогает."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from shnor.problems import Problem
from shnor.records.people import PersonRecord
from shnor.records.repository import Repository
from shnor.validation.rules.base import Rule


def check(records: Sequence[PersonRecord], repo: Repository) -> Iterator[Problem]:
    for record in records:
        person = record.data
        if not (person.contacts.email or person.contacts.phone):
            yield record.problem("contacts", "укажите рабочую почту (email) или рабочий телефон (phone)")
        if not (person.directions or person.subjects or person.risk_factors):
            yield record.problem(
                "risk_factors",
                "укажите, с чем человек помогает: directions, subjects или risk_factors — иначе его не найти",
                "directions" if "directions" in record.source.meta.data else "name",
            )


RULE: Rule[PersonRecord] = Rule(
    code="SH421",
    name="person-contacts",
    description="у консультанта есть рабочий контакт и указано, с чем он помогает",
    check_records=check,
)
