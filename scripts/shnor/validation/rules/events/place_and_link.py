"""SH212 event-place: у очного мероприятия есть место, у онлайн — ссылка."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from shnor.problems import Problem
from shnor.records.events import EventRecord
from shnor.records.repository import Repository
from shnor.validation.rules.base import Rule


def _with_events(records: Sequence[EventRecord]) -> Iterator[EventRecord]:
    return (r for r in records if r.data.event is not None)


def check(records: Sequence[EventRecord], repo: Repository) -> Iterator[Problem]:
    formats = repo.taxonomies["event_formats"]
    for record in _with_events(records):
        event = record.data.event
        term = formats.by_id(event.format)
        if event.place is not None and not (event.place.school or event.place.address):
            yield record.problem("event.place", "укажите школу (school) или адрес (address)")
        if term.extra.get("needs_place") and event.place is None:
            yield record.problem("event.place", f"для формата «{term.name}» укажите место: школу (school) или адрес")
        if term.extra.get("needs_link") and not event.online:
            yield record.problem("event.online", f"для формата «{term.name}» укажите ссылку на подключение (online)")


RULE: Rule[EventRecord] = Rule(
    code="SH212",
    name="event-place",
    description="у очного мероприятия есть место, у онлайн — ссылка",
    check_records=check,
)
