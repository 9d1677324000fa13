"""iCalendar files for events: ``calendar.ics`` (the whole site, to subscribe to) and one file per event
(«Добавить в календарь»).

- Times are written in the event's own zone (``DTSTART;TZID=Asia/Yekaterinburg``) with a VTIMEZONE for every zone
  used, so calendars in any zone show the right instant.
- An all-day event is a DATE range whose DTEND is the day after the last day (RFC 5545: DTEND is exclusive).
- UID is the record id at the site's host: an edited event replaces the one already in a subscriber's calendar.
- DTSTAMP and LAST-MODIFIED come from the record (publication/update date), never from the clock, so two builds
  of the same records give byte-identical files.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from urllib.parse import urlsplit

from icalendar import Calendar, Event, Timezone

from shnor.views.event import EventView

PRODID = "-//shnor//Банк практик ШНОР и НСУ//RU"


def event_uid(event_id: str, site_url: str) -> str:
    host = urlsplit(site_url).hostname or "shnor.local"
    return f"{event_id}@{host}"


def _midnight_utc(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0, 0), tzinfo=dt.UTC)


def _description(view: EventView, page_url: str) -> str:
    event = view.event
    lines = [view.post.summary, "", f"Формат: {view.format_name}", f"Организатор: {event.organiser}",
             f"Участники: {event.audience}"]  # fmt: skip
    if event.online:
        lines.append(f"Подключение: {event.online}")
    if event.registration:
        deadline = event.registration.deadline
        until = f" (до {deadline:%d.%m.%Y})" if deadline else ""
        lines.append(f"Регистрация{until}: {event.registration.url}")
    lines += ["", f"Подробнее: {page_url}"]
    return "\n".join(lines)


def vevent(view: EventView, site_url: str, page_url: str) -> Event:
    item = Event()
    item.add("uid", event_uid(view.id, site_url))
    item.add("dtstamp", _midnight_utc(view.post.updated or view.post.date))
    item.add("last-modified", _midnight_utc(view.post.updated or view.post.date))
    item.add("summary", view.post.title)
    if view.all_day:
        item.add("dtstart", view.first_day)
        item.add("dtend", view.last_day + dt.timedelta(days=1))
    else:
        item.add("dtstart", view.starts_at)
        item.add("dtend", view.ends_at)
    item.add("description", _description(view, page_url))
    if view.place_text:
        item.add("location", view.place_text)
    item.add("url", page_url)
    item.add("categories", [view.type_name])
    item.add("status", "CONFIRMED")
    item.add("transp", "TRANSPARENT" if view.all_day else "OPAQUE")
    return item


def calendar(
    views: Iterable[tuple[EventView, str]], site_url: str, name: str, zone_name: str, description: str = ""
) -> bytes:
    """``views`` pairs each event with the absolute URL of its page."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", zone_name)
    if description:
        cal.add("x-wr-caldesc", description)
    cal.add("refresh-interval", dt.timedelta(hours=12), parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", "PT12H")
    views = list(views)
    for view, page_url in views:
        cal.add_component(vevent(view, site_url, page_url))
    if views:
        # Zone rules for the years the events span, not the whole of 1970–2038: a small file, same instants.
        first = min(v.first_day for v, _ in views).year
        last = max(v.last_day for v, _ in views).year
        zones = (_zone(tzid, first, last) for tzid in sorted(cal.get_missing_tzids()))
        cal.subcomponents[:0] = [zone for zone in zones if zone is not None]
    return cal.to_ical()


@functools.lru_cache(maxsize=64)
def _zone(tzid: str, first_year: int, last_year: int) -> Timezone | None:
    """A VTIMEZONE, made once per zone and span: icalendar takes ~30 ms to work out a zone's rules, and a region's
    events each have their own file. Sorted zones, unlike icalendar's set, give the same bytes every build."""
    try:
        first, last = dt.date(first_year - 1, 1, 1), dt.date(last_year + 2, 1, 1)
        return Timezone.from_tzid(tzid, first_date=first, last_date=last)
    except ValueError:  # a zone icalendar does not know: left out, as add_missing_timezones does
        return None
