"""Events by month: at region scale the events page shows the nearest and the latest events and links to a page
per month, which lists every event that starts in it.

500 events on one page made 208 KB of HTML (issue 7: no page but the catalogue over 150 KB). A small programme (the
demo has 12 events) keeps the single page listing everything.
"""

from __future__ import annotations

import datetime as dt

from shnor.formatting import month_ru
from shnor.markdown_text import md_link, md_text
from shnor.site.html import front_matter
from shnor.site.pages.events.event_cards import event_list, rel
from shnor.views.event import EventView, split
from shnor.views.urls import EVENTS as INDEX
from shnor.views.urls import month_page

EVENTS_ON_INDEX = 60  # up to this many events the events page lists them all
UPCOMING_ON_INDEX = 15  # above it: the nearest upcoming events...
PAST_ON_INDEX = 10  # ...and the most recent past ones; the rest are a click away, on their month's page
MONTHS_HEADING = "Все мероприятия по месяцам"
MONTHS_ANCHOR = "все-мероприятия-по-месяцам"  # toc's slugify (mkdocs.yml) of MONTHS_HEADING


def paged(views: list[EventView]) -> bool:
    """Whether the events page shows only the nearest and latest events, and a page per month the rest."""
    return len(views) > EVENTS_ON_INDEX


def month_of(view: EventView) -> dt.date:
    """The first of the month the event starts in (its local date): a multi-day event belongs to one month only."""
    return view.first_day.replace(day=1)


def by_month(views: list[EventView]) -> dict[dt.date, list[EventView]]:
    """Month -> its events, months in calendar order; ``views`` keep their order (event_views: by start)."""
    months: dict[dt.date, list[EventView]] = {}
    for view in views:
        months.setdefault(month_of(view), []).append(view)
    return dict(sorted(months.items()))


def schedule(
    soon: list[EventView], done: list[EventView], here: str, *, on_index: bool, soon_tail: str = "", done_tail: str = ""
) -> str:
    """Upcoming events (soonest first, with «Добавить в календарь») and «Прошедшие мероприятия» (latest first): the
    same on the events page and on a month page, which leaves out an empty section and calls the upcoming ones
    «Предстоящие» (a month two years ahead holds no «ближайшие»)."""
    parts = []
    if on_index or soon:
        heading = "Ближайшие мероприятия" if on_index else "Предстоящие мероприятия"
        parts.append(f"## {heading}\n\n" + event_list(soon, here, "Ближайших мероприятий пока нет.") + soon_tail)
    if on_index or done:
        parts.append(
            "## Прошедшие мероприятия\n\n"
            + "Материалы (презентации, записи, протоколы) — на странице мероприятия.\n\n"
            + event_list(done, here, "Прошедших мероприятий пока нет.", with_calendar=False)
            + done_tail
        )
    return "\n".join(parts)


def bounded_schedule(soon: list[EventView], done: list[EventView]) -> str:
    """The events page of a large programme: the nearest and the latest events, then where to find the others."""
    section = f"[«{MONTHS_HEADING}»](#{MONTHS_ANCHOR})"
    more = len(soon) - UPCOMING_ON_INDEX
    soon_tail = f"\nОстальные предстоящие мероприятия (ещё {more}) — в разделе {section}.\n" if more > 0 else ""
    done_tail = f"\nБолее ранние мероприятия — в разделе {section}.\n" if len(done) > PAST_ON_INDEX else ""
    return schedule(
        soon[:UPCOMING_ON_INDEX], done[:PAST_ON_INDEX], INDEX, on_index=True, soon_tail=soon_tail, done_tail=done_tail
    )


def months_block(months: dict[dt.date, list[EventView]]) -> str:
    """A line per year: each month that has events, linked to its page, with their number."""
    years: dict[int, list[str]] = {}
    for month, views in months.items():
        link = md_link(month_ru(month, with_year=False), rel(INDEX, month_page(month)))
        years.setdefault(month.year, []).append(f"{link} ({len(views)})")
    lines = "\n".join(f"- **{year}:** " + " · ".join(items) for year, items in years.items())
    return f"## {MONTHS_HEADING}\n\nВ скобках — число мероприятий в месяце.\n\n{lines}\n"


def month_markdown(month: dt.date, views: list[EventView], today: dt.date, months: list[dt.date]) -> str:
    """A month's page: its events split as on the events page, links to the neighbouring months that have events."""
    here = month_page(month)
    title = f"Мероприятия: {month_ru(month)}"
    soon, done = split(views, today)
    at = months.index(month)
    nav = [md_link("Все мероприятия", rel(here, INDEX))]
    if at > 0:
        nav.append("← " + md_link(month_ru(months[at - 1]), rel(here, month_page(months[at - 1]))))
    if at + 1 < len(months):
        nav.append(md_link(month_ru(months[at + 1]), rel(here, month_page(months[at + 1]))) + " →")
    return (
        # Only links to the events' own pages, which search finds by themselves.
        front_matter(title, description=f"Семинары, мастер-классы и вебинары программы: {month_ru(month)}",
                     search={"exclude": True})
        + f"# {md_text(title)}\n\n"
        + " · ".join(nav) + "\n\n"
        + "Время указано местное для места проведения; у онлайн-мероприятий региона — по его часовому поясу "
        "(МСК — московское время).\n\n"
        + schedule(soon, done, here, on_index=False)
    )  # fmt: skip
