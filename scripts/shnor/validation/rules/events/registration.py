"""SH213 event-registration: регистрация заканчивается не позже начала."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from shnor.problems import Problem
from shnor.records.events import EventRecord
from shnor.records.repository import Repository
from shnor.validation.rules.base import Rule


def _ru(day) -> str:
    return day.strftime("%d.%m.%Y")


def _with_events(records: Sequence[EventRecord]) -> Iterator[EventRecord]:
    return (r for r in records if r.data.event is not None)


def check(records: Sequence[EventRecord], repo: Repository) -> Iterator[Problem]:
    for record in _with_events(records):
        event = record.data.event
        deadline = event.registration.deadline if event.registration else None
        if deadline and deadline > event.start.day:
            yield record.problem(
                "event.registration.deadline",
                f"регистрация заканчивается ({_ru(deadline)}) после начала мероприятия ({_ru(event.start.day)})",
            )


RULE: Rule[EventRecord] = Rule(
    code="SH213",
    name="event-registration",
    description="регистрация заканчивается не позже начала",
    check_records=check,
)
