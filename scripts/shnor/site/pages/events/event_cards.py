"""Events in Markdown: a short item for lists (home page, events page, school and partnership pages) and the facts
block at the top of an event's post. Links are Markdown links to docs paths, so MkDocs turns them into the right
URLs (posts live at the blog's URLs, not at their docs paths) and ``--strict`` catches a broken one."""

from __future__ import annotations

import posixpath

from shnor.formatting import date_ru
from shnor.markdown_text import md_link, md_text
from shnor.views.event import EventView
from shnor.views.urls import ics_file, partnership_page, post_page, school_page


def rel(here: str, target: str) -> str:
    """The relative docs path from the page file ``here`` to the file ``target``."""
    return posixpath.relpath(target, posixpath.dirname(here) or ".")


def event_item(view: EventView, here: str, with_calendar: bool = True) -> str:
    """A list item (without the leading «- ») of two or three lines."""
    title = md_link(view.post.title, rel(here, post_page(view.id)))
    details = " · ".join(md_text(part) for part in (view.when_text, view.type_name, view.place_text) if part)
    lines = [f"**{title}**", details]
    if with_calendar:
        lines.append(md_link("Добавить в календарь (.ics)", rel(here, ics_file(view.id))))
    return "  \n  ".join(lines)


def event_list(views: list[EventView], here: str, empty: str, with_calendar: bool = True) -> str:
    if not views:
        return f"{md_text(empty)}\n"
    return "\n".join(f"- {event_item(v, here, with_calendar)}" for v in views) + "\n"


def _school_link(view: EventView, school_id: str, here: str) -> str:
    return md_link(view.repo.schools[school_id].short_name, rel(here, school_page(school_id)))


def facts_block(view: EventView, here: str, partnership_title: str | None = None) -> str:
    """The event's facts as a definition list, then «Добавить в календарь»."""
    event = view.event
    place = []
    if event.place and event.place.school:
        place.append(_school_link(view, event.place.school, here))
    if event.place and event.place.address:
        place.append(md_text(event.place.address))
    rows = [
        ("Когда", md_text(view.when_text)),
        ("Что", md_text(f"{view.type_name}, {view.format_name}")),
        ("Где", ", ".join(place)),
        ("Подключение", f"<{event.online}>" if event.online else ""),
        ("Организатор", md_text(event.organiser)),
        ("Для кого", md_text(event.audience)),
    ]
    if event.registration:
        deadline = event.registration.deadline
        label = f"Зарегистрироваться до {date_ru(deadline)}" if deadline else "Зарегистрироваться"
        rows.append(("Регистрация", f"[{md_text(label)}](<{event.registration.url}>)"))
    if event.partnership and partnership_title:
        rows.append(("Партнёрство", md_link(partnership_title, rel(here, partnership_page(event.partnership)))))
    facts = "\n\n".join(f"{label}\n:   {value}" for label, value in rows if value)
    button = (
        f"{md_link('Добавить в календарь', rel(here, ics_file(view.id)))}"
        "{ .md-button .md-button--primary .shnor-add-to-calendar }"
    )
    others = f"{md_link('Все мероприятия', rel(here, 'events/index.md'))}{{ .md-button }}"
    return f'<div class="shnor-event" markdown>\n\n{facts}\n\n{button} {others}\n\n</div>\n'


def materials_block(view: EventView) -> str:
    if not view.event.materials:
        return ""
    items = "\n".join(f"- [{md_text(m.title)}](<{m.url}>)" for m in view.event.materials)
    return f"## Материалы\n\n{items}\n"
