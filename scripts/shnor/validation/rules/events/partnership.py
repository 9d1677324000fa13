"""SH214 event-partnership: партнёрство, указанное в анонсе, существует."""

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
    known = {r.data.id: r.data for r in repo.partnerships}
    for record in _with_events(records):
        event = record.data.event
        if event.partnership is None:
            continue
        partnership = known.get(event.partnership)
        if partnership is None:
            yield record.problem(
                "event.partnership", f"партнёрство «{event.partnership}» не найдено в папке partnerships/"
            )
        elif not partnership.term.start <= event.start.day <= partnership.term.end:
            yield record.problem(
                "event.partnership",
                f"мероприятие ({_ru(event.start.day)}) вне срока договора о партнёрстве "
                f"({_ru(partnership.term.start)} — {_ru(partnership.term.end)})",
                severity="warning",
            )


RULE: Rule[EventRecord] = Rule(
    code="SH214",
    name="event-partnership",
    description="партнёрство, указанное в анонсе, существует",
    check_records=check,
)
