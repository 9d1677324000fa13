"""Announcement rules (SH21x): fields compared with each other, with partnerships and with the build date."""

from shnor.records.events import EventRecord
from shnor.validation.rules.base import Rule
from shnor.validation.rules.events import partnership, place_and_link, publication, registration, times

RULES: tuple[Rule[EventRecord], ...] = (
    times.RULE,
    place_and_link.RULE,
    registration.RULE,
    partnership.RULE,
    publication.RULE,
)
