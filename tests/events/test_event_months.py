"""Above EVENTS_ON_INDEX events the events page lists the nearest and the latest ones and links to a page per month.

Eight events, the site in Asia/Yekaterinburg (UTC+5), built on 25 November 2026 (worked out by hand):

    vesna               10 Mar 2026 10:00           March 2026      past
    vebinar-msk         15 Oct 2026 15:00 (Moscow)  October 2026    past
    mmo-noyabr          20 Nov 2026 14:00           November 2026   past
    den-segodnya        25 Nov 2026 10:00           November 2026   upcoming (held today)
    dva-mesyaca         30 Nov – 2 Dec 2026         November 2026   upcoming (the month it starts in only)
    konkurs-ves-den     1–18 Dec 2026               December 2026   upcoming
    seminar-v-shkole-b  3 Dec 2026 10:00            December 2026   upcoming
    polnoch-yanvar      1 Jan 2027 01:00            January 2027    upcoming (20:00 UTC on 31 December: the local
                                                                    date decides)
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from shnor.formatting import month_ru
from shnor.site.generated import SiteContext
from shnor.site.pages.events import event_months
from shnor.site.pages.events.event_pages import generate
from shnor.validation.checks import checked_repository
from tests.conftest import TODAY
from tests.events.conftest import FIXTURES

CONFIG = {"site_name": "Тестовый сайт", "extra": {"timezone": "Asia/Yekaterinburg"}}
MORE = {  # id: (start, end)
    "vesna": ("2026-03-10 10:00", "2026-03-10 12:00"),
    "mmo-noyabr": ("2026-11-20 14:00", "2026-11-20 16:00"),
    "den-segodnya": ("2026-11-25 10:00", "2026-11-25 12:00"),
    "dva-mesyaca": ("2026-11-30", "2026-12-02"),
    "polnoch-yanvar": ("2027-01-01 01:00", "2027-01-01 02:00"),
}
MONTHS = {
    "events/2026-03.md": ["vesna"],
    "events/2026-10.md": ["vebinar-msk"],
    "events/2026-11.md": ["mmo-noyabr", "den-segodnya", "dva-mesyaca"],
    "events/2026-12.md": ["konkurs-ves-den", "seminar-v-shkole-b"],
    "events/2027-01.md": ["polnoch-yanvar"],
}


def _event_file(folder: Path, event_id: str, start: str, end: str) -> Path:
    path = folder / f"{event_id}.md"
    path.write_text(
        f"---\nid: {event_id}\ntitle: Событие {event_id}\nsummary: Заседание для учителей.\ndate: 2026-01-10\n"
        f"authors: [imc]\ncategories: [Анонсы]\nevent:\n  type: семинар\n  start: {start}\n  end: {end}\n"
        "  format: онлайн\n  online: https://example.org/room\n  organiser: ИМЦ\n  audience: учителя\n---\n\nТекст.\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def pages(events_project, tmp_path_factory, monkeypatch):
    """The events pages (docs path -> Markdown) with the limits set to ``on_index``, 2 upcoming and 1 past."""

    def make(on_index: int) -> dict[str, str]:
        monkeypatch.setattr(event_months, "EVENTS_ON_INDEX", on_index)
        monkeypatch.setattr(event_months, "UPCOMING_ON_INDEX", 2)
        monkeypatch.setattr(event_months, "PAST_ON_INDEX", 1)
        folder = tmp_path_factory.mktemp("more-events")
        more = [_event_file(folder, event_id, *span) for event_id, span in MORE.items()]
        root = events_project(*sorted((FIXTURES / "good").glob("*.md")), *more)
        ctx = SiteContext(checked_repository(root, TODAY), TODAY, "https://shnor.example.org/", "", CONFIG)
        return {f.path: str(f.content) for f in generate(ctx) if re.fullmatch(r"events/[^/]+\.md", f.path)}

    return make


def listed(markdown: str) -> list[str]:
    """Event ids in the order their items appear."""
    return re.findall(r"^- \*\*\[[^\]]+\]\(\.\./blog/posts/([a-z0-9-]+)\.md\)", markdown, re.MULTILINE)


def section(markdown: str, heading: str) -> str:
    return markdown.split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]


def test_up_to_the_limit_the_events_page_lists_every_event_and_there_are_no_month_pages(pages):
    found = pages(8)
    assert list(found) == ["events/index.md"]
    index = found["events/index.md"]
    assert listed(section(index, "Ближайшие мероприятия")) == [
        "den-segodnya", "dva-mesyaca", "konkurs-ves-den", "seminar-v-shkole-b", "polnoch-yanvar"]  # fmt: skip
    assert listed(section(index, "Прошедшие мероприятия")) == ["mmo-noyabr", "vebinar-msk", "vesna"]
    assert "по месяцам" not in index


def test_above_the_limit_the_events_page_shows_the_nearest_and_the_latest(pages):
    index = pages(7)["events/index.md"]
    soon = section(index, "Ближайшие мероприятия")
    assert listed(soon) == ["den-segodnya", "dva-mesyaca"]
    assert "Остальные предстоящие мероприятия (ещё 3) — в разделе [«Все мероприятия по месяцам»]" in soon
    done = section(index, "Прошедшие мероприятия")
    assert listed(done) == ["mmo-noyabr"]
    assert "Более ранние мероприятия — в разделе" in done
    assert "(#все-мероприятия-по-месяцам)" in done  # toc's id of the heading below (checked in the built site)
    assert "## Подписка на календарь" in index and "calendar.ics" in index


def test_the_months_list_links_each_month_with_its_count(pages):
    months = section(pages(7)["events/index.md"], "Все мероприятия по месяцам")
    assert (
        "- **2026:** [март](2026-03.md) (1) · [октябрь](2026-10.md) (1) · [ноябрь](2026-11.md) (3) · "
        "[декабрь](2026-12.md) (2)\n- **2027:** [январь](2027-01.md) (1)\n"
    ) in months


def test_each_event_is_on_the_page_of_the_month_it_starts_in_and_on_one_only(pages):
    found = pages(7)
    month_pages = {path: page for path, page in found.items() if path != "events/index.md"}
    assert {path: sorted(listed(page)) for path, page in month_pages.items()} == {
        path: sorted(ids) for path, ids in MONTHS.items()
    }
    every = [event_id for page in month_pages.values() for event_id in listed(page)]
    assert len(every) == len(set(every)) == 8


def test_a_month_page_splits_its_events_like_the_events_page(pages):
    november = pages(7)["events/2026-11.md"]
    assert november.startswith('---\ntitle: "Мероприятия: ноябрь 2026"\n')
    assert 'search: {"exclude": true}' in november.split("\n---\n", 1)[0]
    assert "# Мероприятия: ноябрь 2026\n" in november
    soon = section(november, "Предстоящие мероприятия")
    assert listed(soon) == ["den-segodnya", "dva-mesyaca"]
    assert r"[Добавить в календарь \(.ics\)](dva-mesyaca.ics)" in soon
    assert soon.count(r"[Добавить в календарь \(.ics\)]") == 2
    done = section(november, "Прошедшие мероприятия")
    assert listed(done) == ["mmo-noyabr"] and "Добавить в календарь" not in done
    # A month with no past events has no empty «Прошедшие» section.
    assert "## Прошедшие мероприятия" not in pages(7)["events/2027-01.md"]


def test_month_pages_link_back_and_to_the_neighbouring_months_with_events(pages):
    found = pages(7)
    november = found["events/2026-11.md"]
    assert "[Все мероприятия](index.md) · ← [октябрь 2026](2026-10.md) · [декабрь 2026](2026-12.md) →" in november
    # April to September have no events: October's previous month is March.
    assert "← [март 2026](2026-03.md) · [ноябрь 2026](2026-11.md) →" in found["events/2026-10.md"]
    assert "[Все мероприятия](index.md) · [октябрь 2026](2026-10.md) →\n" in found["events/2026-03.md"]
    assert "[Все мероприятия](index.md) · ← [декабрь 2026](2026-12.md)\n" in found["events/2027-01.md"]


def test_month_names_are_nominative():
    assert month_ru(dt.date(2026, 11, 1)) == "ноябрь 2026"
    assert month_ru(dt.date(2027, 5, 31), with_year=False) == "май"


def test_the_events_page_keeps_both_sections_when_one_is_empty(events_project):
    # The three fixture events are over by 1 January 2027 (the last ends on 18 December).
    later = dt.date(2027, 1, 1)
    root = events_project(*sorted((FIXTURES / "good").glob("*.md")))
    ctx = SiteContext(checked_repository(root, later), later, "https://shnor.example.org/", "", CONFIG)
    index = next(str(f.content) for f in generate(ctx) if f.path == "events/index.md")
    assert "## Ближайшие мероприятия\n\nБлижайших мероприятий пока нет.\n" in index
    assert listed(section(index, "Прошедшие мероприятия")) == ["seminar-v-shkole-b", "konkurs-ves-den", "vebinar-msk"]
