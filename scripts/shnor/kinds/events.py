"""Announcements and news, ``events/<id>.md``: the blog's posts, the events page and the calendar."""

from shnor.kinds.kind import Kind
from shnor.records import events
from shnor.records.events import EventRecord
from shnor.validation.rules.events import RULES

KIND: Kind[list[EventRecord], EventRecord] = Kind(
    name="events",
    label="анонсы",
    paths=(events.FOLDER, events.AUTHORS_FILE),
    load=events.load,
    records=lambda repo: repo.events,
    rules=RULES,
    checked=lambda repo: repo.events,
)
