"""SH211 event-times: окончание мероприятия позже начала, обе даты записаны одинаково."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from shnor.problems import Problem
from shnor.records.events import EventRecord
from shnor.records.repository import Repository
from shnor.validation.rules.base import Rule


def _with_events(records: Sequence[EventRecord]) -> Iterator[EventRecord]:
    return (r for r in records if r.data.event is not None)


def check(records: Sequence[EventRecord], repo: Repository) -> Iterator[Problem]:
    for record in _with_events(records):
        event = record.data.event
        if event.start.all_day != event.end.all_day:
            yield record.problem(
                "event.end",
                "начало и окончание пишутся одинаково: оба с временем («2026-12-03 10:00») или оба только датой",
            )
        elif event.end < event.start:
            yield record.problem("event.end", f"окончание ({event.end}) раньше начала ({event.start})")
        elif event.end == event.start and not event.start.all_day:
            yield record.problem("event.end", "окончание совпадает с началом: укажите, когда мероприятие закончится")


RULE: Rule[EventRecord] = Rule(
    code="SH211",
    name="event-times",
    description="окончание мероприятия позже начала, обе даты записаны одинаково",
    check_records=check,
)
