"""What partnerships and events add to a school's page (their ``site_kind.school_blocks``), and the home page's
«Ближайшие мероприятия» macro."""

from __future__ import annotations

from collections.abc import Callable

from shnor.markdown_text import md_link, md_text
from shnor.records.partnerships import partnerships_of
from shnor.records.schools import School
from shnor.site.generated import SiteContext
from shnor.site.pages.events.event_cards import event_list, rel
from shnor.views.event import EventView, event_views, upcoming
from shnor.views.partnership import PartnershipView
from shnor.views.urls import EVENTS, partnership_page, school_page


def school_partnerships(school: School, ctx: SiteContext) -> str:
    records = partnerships_of(ctx.repo, school.id)
    if not records:
        return ""
    here = school_page(school.id)
    items = []
    for record in records:
        view = PartnershipView(record, ctx.repo)
        other = view.school if view.partner.id == school.id else view.partner
        role = "поддерживает" if view.partner.id == school.id else "школа-партнёр"
        items.append(
            f"- {md_link(view.title, rel(here, partnership_page(view.id)))} — {md_text(role)}: "
            f"{md_text(other.short_name)}; "
            f"{md_text(view.state(ctx.today)[0])}, {md_text(view.progress_text)}"
        )
    return "## Сетевое партнёрство\n\n" + "\n".join(items) + "\n"


def _events_by_school(ctx: SiteContext) -> dict[str, list[EventView]]:
    by_school: dict[str, list[EventView]] = {}
    for view in event_views(ctx):
        for school_id in view.schools:
            by_school.setdefault(school_id, []).append(view)
    return by_school


def school_events(school: School, ctx: SiteContext) -> str:
    views = ctx.repo.derived("events_by_school", lambda: _events_by_school(ctx)).get(school.id, [])
    if not views:
        return ""
    here = school_page(school.id)
    soon = [v for v in views if v.is_upcoming(ctx.today)]
    held = [v for v in reversed(views) if not v.is_upcoming(ctx.today)]
    parts = ["## Мероприятия школы\n"]
    if soon:
        parts.append("### Ближайшие\n\n" + event_list(soon, here, ""))
    if held:
        parts.append("### Прошедшие\n\n" + event_list(held, here, "", with_calendar=False))
    return "\n".join(parts)


def register(env, context: Callable[[], SiteContext]) -> None:
    @env.macro
    def upcoming_events(count: int = 5) -> str:
        """The next events from the build date on, soonest first, as a Markdown list."""
        ctx = context()
        here = env.page.file.src_uri
        views = upcoming(ctx)[:count]
        return (
            event_list(views, here, "Ближайших мероприятий пока нет.", with_calendar=False)
            + "\n"
            + md_link("Все мероприятия и подписка на календарь", rel(here, EVENTS))
            + "{ .md-button }\n"
        )
