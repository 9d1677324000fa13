"""calendar.ics and the per-event files, read back with icalendar; the upcoming/past split at the build date.

Expected instants worked out by hand: 10:00 in Asia/Yekaterinburg (UTC+5) is 05:00 UTC; 15:00 in Europe/Moscow
(UTC+3) is 12:00 UTC; an all-day event 1–18 December ends (exclusive) on 19 December.
"""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar

from shnor.site.generated import SiteContext
from shnor.site.pages.events.event_pages import generate
from shnor.validation.checks import checked_repository
from shnor.views.event import past, upcoming
from tests.conftest import TODAY
from tests.events.conftest import FIXTURES

CONFIG = {"site_name": "Тестовый сайт", "extra": {"timezone": "Asia/Yekaterinburg"}}


def context(events_project, today: dt.date = TODAY) -> SiteContext:
    root = events_project(*sorted((FIXTURES / "good").glob("*.md")))
    return SiteContext(checked_repository(root, today), today, "https://shnor.example.org/", "", CONFIG)


def files(ctx: SiteContext) -> dict[str, bytes | str]:
    return {f.path: f.content if f.content is not None else f.source.read_text(encoding="utf-8") for f in generate(ctx)}


def events_by_uid(ics: bytes) -> dict[str, object]:
    return {str(e["UID"]): e for e in Calendar.from_ical(ics).walk("VEVENT")}


def test_site_calendar_holds_every_event_at_its_utc_instant(events_project):
    found = events_by_uid(files(context(events_project))["calendar.ics"])
    assert set(found) == {
        "seminar-v-shkole-b@shnor.example.org",
        "vebinar-msk@shnor.example.org",
        "konkurs-ves-den@shnor.example.org",
    }
    seminar = found["seminar-v-shkole-b@shnor.example.org"]
    assert seminar["DTSTART"].params["TZID"] == "Asia/Yekaterinburg"
    assert seminar.decoded("DTSTART").astimezone(dt.UTC) == dt.datetime(2026, 12, 3, 5, 0, tzinfo=dt.UTC)
    assert seminar.decoded("DTEND").astimezone(dt.UTC) == dt.datetime(2026, 12, 3, 7, 30, tzinfo=dt.UTC)
    webinar = found["vebinar-msk@shnor.example.org"]
    assert webinar["DTSTART"].params["TZID"] == "Europe/Moscow"
    assert webinar.decoded("DTSTART").astimezone(dt.UTC) == dt.datetime(2026, 10, 15, 12, 0, tzinfo=dt.UTC)
    contest = found["konkurs-ves-den@shnor.example.org"]
    assert contest.decoded("DTSTART") == dt.date(2026, 12, 1)
    assert contest.decoded("DTEND") == dt.date(2026, 12, 19)
    assert str(seminar["URL"]) == "https://shnor.example.org/blog/seminar-v-shkole-b/"


def test_every_zone_used_has_a_vtimezone(events_project):
    calendar = Calendar.from_ical(files(context(events_project))["calendar.ics"])
    assert {str(z["TZID"]) for z in calendar.walk("VTIMEZONE")} == {"Asia/Yekaterinburg", "Europe/Moscow"}


def test_per_event_file_holds_that_event_only(events_project):
    generated = files(context(events_project))
    assert list(events_by_uid(generated["events/vebinar-msk.ics"])) == ["vebinar-msk@shnor.example.org"]


def test_two_builds_give_identical_calendars_and_uids(events_project):
    first = files(context(events_project))
    second = files(context(events_project))
    assert first["calendar.ics"] == second["calendar.ics"]
    assert list(events_by_uid(first["calendar.ics"])) == list(events_by_uid(second["calendar.ics"]))


def test_upcoming_and_past_split_at_the_build_date(events_project):
    ctx = context(events_project)
    assert [v.id for v in upcoming(ctx)] == ["konkurs-ves-den", "seminar-v-shkole-b"]
    assert [v.id for v in past(ctx)] == ["vebinar-msk"]
    on_the_last_day = context(events_project, dt.date(2026, 12, 18))
    assert [v.id for v in upcoming(on_the_last_day)] == ["konkurs-ves-den"]


def test_post_carries_blog_keys_and_calendar_button_only(events_project):
    post = files(context(events_project))["blog/posts/seminar-v-shkole-b.md"]
    head = post.split("\n---\n", 1)[0]
    assert 'slug: "seminar-v-shkole-b"' in head and 'categories: ["Анонсы"]' in head
    assert "event:" not in head and "render_macros" not in head
    assert "[Добавить в календарь](../../events/seminar-v-shkole-b.ics)" in post
    assert r"3 декабря 2026, 10:00–12:30 \(МСК\+2\)" in post  # Markdown-escaped; rendered as plain text
