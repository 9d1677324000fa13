"""The partnership section: the list with state and progress, the network picture with its text alternative, and a
page per partnership (agreement, plan with statuses, results, its events, the story)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from shnor.formatting import date_ru
from shnor.markdown_text import md_link, md_text
from shnor.site.by_municipality import Municipality, by_municipality
from shnor.site.generated import GeneratedFile, SiteContext
from shnor.site.html import front_matter
from shnor.site.pages.events.event_cards import event_list, rel
from shnor.site.pages.partnerships.network_svg import network_svg
from shnor.site.search_trim import SECTION_NOT_INDEXED
from shnor.views.adoption import AdoptionView, every_adoption
from shnor.views.event import EventView, event_views
from shnor.views.partnership import PartnershipView, partnership_views
from shnor.views.urls import PARTNERSHIPS as INDEX
from shnor.views.urls import partnership_page, practice_page, relative, school_page

NETWORK = "partnerships/network.svg"
# Above this (a region), the index lists municipalities, each with its page and picture: 441 partnerships made a
# 243 KB page and a network picture 20,000 px tall. A row costs about 0.6 KB, so 100 keep the page under 100 KB.
PARTNERSHIPS_ON_INDEX = 100

INTRODUCTION = (
    "# Сетевое партнёрство\n\n"
    "Школа с низкими результатами или школа в неблагоприятных социальных условиях заключает договор о сетевом "
    "взаимодействии со школой с высокими результатами. По плану школы проводят методические дни, "
    "консультации, взаимопосещения уроков, мастер-классы и совместные заседания методических объединений.\n\n"
)
FRONT_MATTER = front_matter(
    "Партнёрство", description="Сетевое партнёрство ШНОР и НСУ со школами с высокими результатами"
)


def generate(ctx: SiteContext) -> Iterator[GeneratedFile]:
    views = partnership_views(ctx.repo)
    events = event_views(ctx)
    if len(views) <= PARTNERSHIPS_ON_INDEX:
        yield GeneratedFile(NETWORK, network_svg(views, ctx.today))
        yield GeneratedFile(INDEX, index_markdown(views, ctx))
    else:  # a region: the index lists municipalities, each with a page of its partnerships and its own picture
        groups = by_municipality(views, lambda v: v.school.municipality, "partnerships")
        yield GeneratedFile(INDEX, municipalities_markdown(groups, ctx))
        for group in groups:
            yield GeneratedFile(
                network_path(group), network_svg(group.items, ctx.today, f"Сеть партнёрств: {group.name}")
            )
            yield GeneratedFile(group.page, municipality_markdown(group, ctx))
    adoptions: dict[str, list[AdoptionView]] = {}
    for adoption in every_adoption(ctx.repo):
        if adoption.adoption.partnership:
            adoptions.setdefault(adoption.adoption.partnership, []).append(adoption)
    for view in views:
        own = [e for e in events if e.event.partnership == view.id]
        markdown = partnership_markdown(view, own, ctx, adoptions.get(view.id, []))
        yield GeneratedFile(partnership_page(view.id), markdown, untrusted=True, edit_path=view.record.rel)


def network_path(group: Municipality[PartnershipView]) -> str:
    return group.page.removesuffix(".md") + ".svg"


def _school(view: PartnershipView, school_id: str, here: str) -> str:
    return md_link(view.repo.schools[school_id].short_name, rel(here, school_page(school_id)))


def _as_of(ctx: SiteContext) -> str:
    return (
        f"Состояние — на {md_text(date_ru(ctx.today))}. "
        + "«Мероприятия плана» — выполненные из всех, кроме отменённых.\n\n"
    )


def _table(views: list[PartnershipView], here: str, ctx: SiteContext) -> str:
    rows = []
    for v in views:
        label, _ = v.state(ctx.today)
        rows.append(
            f"| {md_link(v.title, rel(here, partnership_page(v.id)))} | {_school(v, v.data.partner, here)} | "
            f"{_school(v, v.data.school, here)} | № {md_text(v.data.agreement.number)} от "
            f"{v.data.agreement.date:%d.%m.%Y} | {v.data.term.start:%d.%m.%Y} — {v.data.term.end:%d.%m.%Y} | "
            f"{md_text(label)} | {md_text(v.progress_text)} |"
        )
    return (
        "| Партнёрство | Школа-партнёр | Кого поддерживает | Договор | Срок | Состояние | Мероприятия плана |\n"
        "|---|---|---|---|---|---|---|\n" + "\n".join(rows) + "\n"
    )


def _who_supports_whom(views: list[PartnershipView], svg: str, ctx: SiteContext) -> str:
    supports: dict[str, list[PartnershipView]] = {}
    for v in views:
        supports.setdefault(v.data.partner, []).append(v)
    alternative = "\n".join(
        f"- {md_text(ctx.repo.schools[partner].short_name)} поддерживает: "
        + ", ".join(f"{md_text(v.school.short_name)} ({md_text(v.state(ctx.today)[0])})" for v in items)
        for partner, items in sorted(supports.items(), key=lambda kv: ctx.repo.schools[kv[0]].short_name)
    )
    return (
        f"\n## Кто кого поддерживает{SECTION_NOT_INDEXED}\n\n"
        + f'<figure class="shnor-network"><img src="{svg}" alt="Схема сети партнёрств: школы-партнёры и '
        'школы, которые они поддерживают. То же — списком ниже." width="760"></figure>\n\n' + alternative + "\n"
    )


def index_markdown(views: list[PartnershipView], ctx: SiteContext) -> str:
    return (
        FRONT_MATTER
        + INTRODUCTION
        + _as_of(ctx)
        + _table(views, INDEX, ctx)
        + _who_supports_whom(views, "network.svg", ctx)
    )


def municipalities_markdown(groups: list[Municipality[PartnershipView]], ctx: SiteContext) -> str:
    """The index of a region: partnerships per municipality of the supported school, by state."""
    kinds = ("active", "planned", "finished")
    rows = []
    for group in groups:
        states = [v.state(ctx.today)[1] for v in group.items]
        rows.append(
            f"| {md_link(group.name, rel(INDEX, group.page))} | {len(group.items)} | "
            + " | ".join(str(states.count(kind)) for kind in kinds)
            + " |"
        )
    total = sum(len(group.items) for group in groups)
    return (
        FRONT_MATTER + INTRODUCTION
        + f"Партнёрств в программе — {total}. Партнёрство учтено в муниципалитете школы, которую поддерживают. "
        + "Выберите муниципалитет, чтобы увидеть его договоры, их выполнение и схему сети.\n\n"
        + f"Состояние — на {md_text(date_ru(ctx.today))}.\n\n"
        + "| Муниципалитет | Партнёрств | Действует | Ещё не началось | Завершено |\n"
        + "|---|---:|---:|---:|---:|\n" + "\n".join(rows) + "\n"
    )  # fmt: skip


def municipality_markdown(group: Municipality[PartnershipView], ctx: SiteContext) -> str:
    here = group.page
    return (
        front_matter(f"Партнёрство: {group.name}", description=f"Сетевое партнёрство школ: {group.name}",
                     search={"exclude": True})  # the partnerships' own pages hold the same facts
        + f"# Сетевое партнёрство: {md_text(group.name)}\n\n"
        + md_link("Все муниципалитеты", rel(here, INDEX)) + "\n\n"
        + "Партнёрства, в которых поддерживают школы муниципалитета. " + _as_of(ctx)
        + _table(group.items, here, ctx)
        + _who_supports_whom(group.items, relative(here, network_path(group)), ctx)
    )  # fmt: skip


def _activity_rows(view: PartnershipView) -> str:
    taxonomies = view.repo.taxonomies
    kinds = taxonomies["partnership_activity_types"]
    rows = []
    for activity in sorted(view.data.activities, key=lambda a: a.date):
        status = taxonomies["activity_statuses"].by_id(activity.status).name
        note = activity.result or activity.reason or ""
        rows.append(
            f"| {md_text(activity.date)} | {md_text(kinds.by_id(activity.type).name)} "
            f"| {md_text(activity.title)} | {md_text(status)} | {md_text(note)} |"
        )
    return "| Когда | Вид | Мероприятие | Статус | Результат или причина |\n|---|---|---|---|---|\n" + "\n".join(rows)


def _adoptions(adoptions: Sequence[AdoptionView], here: str) -> str:
    """The practices taken over within the partnership (adoptions that name it), with the plan's activity."""
    items = []
    for a in adoptions:
        activity = f" — мероприятие «{md_text(a.adoption.activity)}»" if a.adoption.activity else ""
        items.append(f"- {md_link(a.practice.practice.title, rel(here, practice_page(a.practice.id)))}: "
                     f"{md_text(a.school.short_name)}, {md_text(a.status.name)}{activity}")
    return "\n".join(items)


def partnership_markdown(view: PartnershipView, events: list[EventView], ctx: SiteContext,
                         adoptions: Sequence[AdoptionView] = ()) -> str:
    here = partnership_page(view.id)
    data = view.data
    label, _ = view.state(ctx.today)
    directions = ", ".join(ctx.repo.taxonomies["directions"].by_id(d).name for d in data.directions)
    facts = [
        ("Школа-партнёр", _school(view, data.partner, here)),
        ("Кого поддерживает", _school(view, data.school, here)),
        ("Договор", f"№ {md_text(data.agreement.number)} от {md_text(date_ru(data.agreement.date))}"),
        (
            "Срок действия",
            f"{md_text(date_ru(data.term.start))} — {md_text(date_ru(data.term.end))} ({md_text(label)})",
        ),
        ("Направления", md_text(directions)),
        ("Координатор", md_text(data.coordinator) if data.coordinator else ""),
        ("Мероприятия плана", md_text(view.progress_text)),
    ]
    parts = [
        front_matter(f"Партнёрство: {view.title}", description=f"Сетевое партнёрство {view.title}"),
        f"# Партнёрство: {md_text(view.title)}\n",
        "\n\n".join(f"{k}\n:   {v}" for k, v in facts if v) + "\n",
        "## План совместной работы\n\n" + _activity_rows(view) + "\n",
    ]
    if data.results:
        parts.append("## Результаты\n\n" + "\n".join(f"- {md_text(r)}" for r in data.results) + "\n")
    if adoptions:
        parts.append("## Практики, внедрённые в рамках партнёрства\n\n" + _adoptions(adoptions, here) + "\n")
    upcoming = [e for e in events if e.is_upcoming(ctx.today)]
    held = [e for e in reversed(events) if not e.is_upcoming(ctx.today)]
    if events:
        parts.append("## Мероприятия партнёрства\n")
        if upcoming:
            parts.append("### Предстоящие\n\n" + event_list(upcoming, here, ""))
        if held:
            parts.append("### Прошедшие\n\n" + event_list(held, here, "", with_calendar=False))
    parts.append("## Как строится работа\n\n" + view.record.body.strip() + "\n")
    parts.append(md_link("Все партнёрства", rel(here, INDEX)) + "\n")
    return "\n".join(parts)
