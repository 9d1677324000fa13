"""An event as the site and the calendar show it: its zone resolved (the event's own, else the site's from
``extra.timezone`` in mkdocs.yml), its instants, upcoming or past against the build date, Russian labels."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property
from typing import Protocol
from zoneinfo import ZoneInfo

from mkdocs.exceptions import PluginError

from shnor.formatting import date_ru
from shnor.records.event import Announcement, Event
from shnor.records.events import EventRecord, events
from shnor.records.repository import Repository
from shnor.records.when import moscow_label, zone

DEFAULT_ZONE = "Europe/Moscow"



class Built(Protocol):
    """What the views need of a build (the site's SiteContext is one), so that feeds and exports need no site."""

    @property
    def repo(self) -> Repository: ...
    @property
    def today(self) -> dt.date: ...
    @property
    def config(self) -> dict: ...

def site_zone(ctx: Built) -> str:
    """The zone of mkdocs.yml ``extra.timezone``; a misspelt zone stops the build with the reason."""
    name = str((ctx.config.get("extra") or {}).get("timezone") or DEFAULT_ZONE)
    try:
        zone(name)
    except ValueError as error:
        raise PluginError(f"mkdocs.yml, extra.timezone: {error}") from None
    return name


@dataclass
class EventView:
    record: EventRecord
    repo: Repository
    site_zone: str

    @property
    def id(self) -> str:
        return self.post.id

    @property
    def post(self) -> Announcement:
        return self.record.data

    @property
    def event(self) -> Event:
        assert self.post.event is not None
        return self.post.event

    @property
    def zone_name(self) -> str:
        return self.event.timezone or self.site_zone

    @cached_property
    def tz(self) -> ZoneInfo:
        return zone(self.zone_name)

    @property
    def all_day(self) -> bool:
        return self.event.start.all_day

    def _at(self, moment) -> dt.datetime:
        return dt.datetime.combine(moment.day, moment.time or dt.time(0, 0), tzinfo=self.tz)

    @property
    def starts_at(self) -> dt.datetime:
        """The start as an aware datetime in the event's zone (midnight for an all-day event)."""
        return self._at(self.event.start)

    @property
    def ends_at(self) -> dt.datetime:
        """The end; for an all-day event, midnight after its last day."""
        if self.all_day:
            return dt.datetime.combine(self.event.end.day + dt.timedelta(days=1), dt.time(0, 0), tzinfo=self.tz)
        return self._at(self.event.end)

    @property
    def first_day(self) -> dt.date:
        return self.event.start.day

    @property
    def last_day(self) -> dt.date:
        return self.event.end.day

    def is_upcoming(self, today: dt.date) -> bool:
        """Upcoming until its last day is over: an event held today is still «ближайшее»."""
        return self.last_day >= today

    @property
    def sort_key(self) -> tuple[dt.datetime, str]:
        return (self.starts_at.astimezone(dt.UTC), self.id)

    @property
    def type_name(self) -> str:
        return self.repo.taxonomies["event_types"].by_id(self.event.type).name

    @property
    def format_name(self) -> str:
        return self.repo.taxonomies["event_formats"].by_id(self.event.format).name

    @property
    def when_text(self) -> str:
        """«3 декабря 2026, 09:30–14:00 (МСК+2)», «1–18 декабря 2026 (весь день)»."""
        start, end = self.event.start, self.event.end
        if self.all_day:
            if start.day == end.day:
                return f"{date_ru(start.day)}, весь день"
            return f"{_day_range(start.day, end.day)}"
        label = moscow_label(self.starts_at)
        if start.day == end.day:
            return f"{date_ru(start.day)}, {start.time:%H:%M}–{end.time:%H:%M} ({label})"
        return f"{date_ru(start.day)}, {start.time:%H:%M} — {date_ru(end.day)}, {end.time:%H:%M} ({label})"

    @property
    def place_text(self) -> str:
        """Where it happens, in one line: the school's short name and the address, or «онлайн»."""
        place = self.event.place
        parts = []
        if place and place.school:
            parts.append(self.repo.schools[place.school].short_name)
        if place and place.address:
            parts.append(place.address)
        text = ", ".join(parts)
        if self.event.online:
            text = f"{text} и онлайн" if text else "онлайн"
        return text

    @property
    def schools(self) -> list[str]:
        """Schools this event belongs to: where it is held, and both schools of its partnership."""
        ids: dict[str, None] = {}
        if self.event.place and self.event.place.school:
            ids[self.event.place.school] = None
        if self.event.partnership:
            for record in self.repo.partnerships:
                if record.data.id == self.event.partnership:
                    ids[record.data.school] = None
                    ids[record.data.partner] = None
        return list(ids)


def _day_range(first: dt.date, last: dt.date) -> str:
    if first.year == last.year and first.month == last.month:
        return f"{first.day}–{date_ru(last)}"
    return f"{date_ru(first)} — {date_ru(last)}"


def event_views(ctx: Built) -> list[EventView]:
    zone_name = site_zone(ctx)
    views = [EventView(record, ctx.repo, zone_name) for record in events(ctx.repo)]
    return sorted(views, key=lambda v: v.sort_key)


def split(views: list[EventView], today: dt.date) -> tuple[list[EventView], list[EventView]]:
    """(upcoming soonest first, past latest first) of events sorted by start."""
    return [v for v in views if v.is_upcoming(today)], [v for v in reversed(views) if not v.is_upcoming(today)]


def upcoming(ctx: Built) -> list[EventView]:
    return split(event_views(ctx), ctx.today)[0]


def past(ctx: Built) -> list[EventView]:
    """Most recent first."""
    return split(event_views(ctx), ctx.today)[1]
