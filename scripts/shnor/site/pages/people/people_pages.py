"""«Кто поможет»: consultants, curators, tutors and mentors of the programme on one page with filters.

Each person has an anchor (``people/#<id>``) that school pages link to from a high risk. Records reach this page
only after the schema has required ``consent: true``.
"""

from __future__ import annotations

from collections.abc import Iterator

from shnor.records.people import PersonRecord, people
from shnor.site.filter_list import ListFilter, counted_list, data_attributes, filter_form
from shnor.site.generated import GeneratedFile, SiteContext
from shnor.site.html import badge, definition_list, esc, front_matter, link
from shnor.views.urls import PEOPLE as INDEX
from shnor.views.urls import relative, school_page

WORDS = ("человек", "человека", "человек")


def generate(ctx: SiteContext) -> Iterator[GeneratedFile]:
    # Always (the navigation links to it). Every value is escaped here and no contributed Markdown is rendered:
    # the page is not passed through nh3, which would strip the filter form.
    yield GeneratedFile(INDEX, index_page(people(ctx.repo), ctx))


def _values(record: PersonRecord) -> dict[str, list[str]]:
    p = record.data
    return {
        "role": [p.role],
        "direction": list(p.directions),
        "risk": list(p.risk_factors),
        "subject": list(p.subjects),
        "school": list(p.schools),
    }


def _filters(records: list[PersonRecord], ctx: SiteContext) -> list[ListFilter]:
    used: dict[str, set[str]] = {}
    for record in records:
        for name, values in _values(record).items():
            used.setdefault(name, set()).update(values)
    tax = ctx.repo.taxonomies

    def vocab(key: str, name: str) -> list[tuple[str, str]]:
        return [(t.id, t.label) for t in tax[key] if t.id in used[name]]

    schools = sorted((s for s in ctx.repo.schools.values() if s.id in used["school"]), key=lambda s: s.short_name)
    return [
        ListFilter("role", "Роль", vocab("support_roles", "role")),
        ListFilter("risk", "Фактор риска", vocab("risk_factors", "risk")),
        ListFilter("direction", "Направление", vocab("directions", "direction")),
        ListFilter("subject", "Предмет", vocab("subjects", "subject")),
        ListFilter("school", "Школа", [(s.id, s.short_name) for s in schools]),
    ]


def _contacts(record: PersonRecord) -> str:
    c = record.data.contacts
    parts = []
    if c.email:
        parts.append(link(f"mailto:{c.email}", c.email))
    if c.phone:
        parts.append(link("tel:" + "".join(ch for ch in c.phone if ch.isdigit() or ch == "+"), c.phone))
    if c.hours:
        parts.append(esc(c.hours))
    return " <br>".join(parts)


def _card(record: PersonRecord, ctx: SiteContext) -> str:
    p, tax = record.data, ctx.repo.taxonomies

    def names(key: str, ids: list[str]) -> str:
        return esc("; ".join(tax[key].by_id(i).name for i in ids))

    schools = ", ".join(
        link(relative(INDEX, school_page(s)), ctx.repo.schools[s].short_name) for s in p.schools
    )
    facts = definition_list(
        [
            ("Должность", esc(p.position)),
            ("Организация", esc(p.organisation)),
            ("Помогает по рискам", names("risk_factors", p.risk_factors)),
            ("Направления", names("directions", p.directions)),
            ("Предметы", names("subjects", p.subjects)),
            ("Сопровождает школы", schools),
            ("Контакты", _contacts(record)),
        ]
    )
    demo = '<p class="shnor-person__demo">Демонстрационные данные: человек вымышлен.</p>' if p.demo else ""
    about = f"<p>{esc(p.about)}</p>" if p.about else ""
    return (
        f'<li id="{esc(p.id)}" class="shnor-practice shnor-person" {data_attributes(_values(record))}>'
        f'<h2 class="shnor-practice__title">{esc(p.name)}</h2>'
        f'<p class="shnor-practice__badges">{badge(tax["support_roles"].by_id(p.role).name, "role")}</p>'
        f"{about}{facts}{demo}</li>"
    )


def index_page(records: list[PersonRecord], ctx: SiteContext) -> str:
    if not records:
        return front_matter("Кто поможет") + "# Кто поможет\n\n<p>Справочник консультантов пока пуст.</p>\n"
    intro = (
        "Консультанты, кураторы, тьюторы и наставники программы: с какими рисками и предметами помогают, какие "
        "школы сопровождают и как с ними связаться. Публикуются только рабочие контакты и только с согласия человека."
    )
    return (
        front_matter("Кто поможет", description="Консультанты, кураторы и тьюторы программы поддержки ШНОР и НСУ")
        + "# Кто поможет\n\n"
        + f"<p>{esc(intro)}</p>\n\n"
        + filter_form("person", _filters(records, ctx), WORDS, "Фильтры справочника")
        + "\n"
        + counted_list(
            "person",
            [_card(r, ctx) for r in records],
            WORDS,
            "Никто не подходит под все выбранные фильтры. Уберите один из фильтров или нажмите «Сбросить».",
            "shnor-practices shnor-people",
        )
    )
