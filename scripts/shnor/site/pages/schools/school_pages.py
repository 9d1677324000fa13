"""The schools index and a page per school: its context, its practices, what it adopted, and practices from
schools like it. The other kinds add their blocks (``SiteKind.school_blocks``)."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator

from shnor.markdown_text import md_text
from shnor.matching import similar_practices
from shnor.records.schools import School
from shnor.site.by_municipality import Municipality, by_municipality
from shnor.site.generated import GeneratedFile, SiteContext
from shnor.site.html import badge, bullet_list, definition_list, esc, front_matter, link, table
from shnor.site.pages.practices.badges import status_badges
from shnor.site.pages.programmes import programme_pages
from shnor.site.search_trim import SECTION_NOT_INDEXED
from shnor.views.adoption import AdoptionView, by_adopter, school_line
from shnor.views.practice import PracticeView
from shnor.views.urls import SCHOOLS as INDEX
from shnor.views.urls import practice_page, relative, school_page

SCHOOLS_ON_INDEX = 200  # above this (a region), the index lists municipalities: 1,000 rows made a 470 KB page


def roles(school: School) -> list[tuple[str, str]]:
    """(label, css kind): status is always written, never shown by colour alone."""
    flags = (
        (school.shnor, "ШНОР", "shnor"),
        (school.nsu, "НСУ", "nsu"),
        (school.partner, "школа-партнёр", "partner"),
        (school.base, "базовая школа", "base"),
    )
    return [(label, kind) for flag, label, kind in flags if flag]


def generate(ctx: SiteContext) -> Iterator[GeneratedFile]:
    schools = sorted(ctx.repo.schools.values(), key=lambda s: s.name)
    if len(schools) <= SCHOOLS_ON_INDEX:
        yield GeneratedFile(INDEX, index_page(schools, ctx))
    else:  # a region: the index lists municipalities, each with a page of its schools
        groups = by_municipality(schools, lambda s: s.municipality, "schools")
        yield GeneratedFile(INDEX, municipalities_page(groups, ctx))
        for group in groups:
            yield GeneratedFile(group.page, index_page(group.items, ctx, group))
    sections = list(ctx.school_blocks)
    adopted = by_adopter(ctx.repo)
    for school in schools:
        # Deferred: the monitoring dashboard among the blocks is made meanwhile by the second process.
        yield GeneratedFile(school_page(school.id),
                            deferred=functools.partial(_school_page, school, ctx, sections, adopted.get(school.id, [])))


def _school_page(school: School, ctx: SiteContext, sections: list[Callable[[School, SiteContext], str]],
                 adopted: list[AdoptionView]) -> str:
    blocks = [section(school, ctx) for section in sections]
    return school_markdown(school, ctx, [b for b in blocks if b], adopted)


def municipalities_page(groups: list[Municipality[School]], ctx: SiteContext) -> str:
    rows = []
    for group in groups:
        schools = group.items
        counts = [sum(1 for s in schools if flag(s)) for flag in (lambda s: s.shnor, lambda s: s.nsu,
                                                                  lambda s: s.partner)]
        rows.append([link(relative(INDEX, group.page), group.name), esc(len(schools)), *(esc(c) for c in counts)])
    total = sum(len(group.items) for group in groups)
    return (
        front_matter("Школы", description="Школы программы по муниципалитетам", search={"exclude": True})
        + "# Школы программы\n\n"
        + f"<p>Школ в программе — {esc(total)}. Выберите муниципалитет, чтобы увидеть его школы.</p>\n\n"
        + programme_pages.programmes_note(INDEX, ctx)
        + table(["Муниципалитет", "Школ", "ШНОР", "НСУ", "Школ-партнёров"], rows, caption="Школы по муниципалитетам",
                numeric=(1, 2, 3, 4))
        + "\n"
    )


def index_page(schools: list[School], ctx: SiteContext, group: Municipality[School] | None = None) -> str:
    here = INDEX if group is None else group.page
    municipality = None if group is None else group.name
    rows = []
    for school in schools:
        own = len(ctx.repo.practices_of(school.id))
        rows.append(
            [
                link(relative(here, school_page(school.id)), school.name),
                esc(school.municipality),
                esc(ctx.repo.taxonomies["settlements"].by_id(school.settlement).name),
                " ".join(badge(label, kind) for label, kind in roles(school)),
                esc(own),
            ]
        )
    title = "Школы программы" if municipality is None else f"Школы: {municipality}"
    back = "" if municipality is None else f"<p>{link(relative(here, INDEX), 'Все муниципалитеты')}</p>\n\n"
    return (
        front_matter("Школы" if municipality is None else title,
                     description="Школы программы: ШНОР, НСУ и школы-партнёры", search={"exclude": True})
        + f"# {md_text(title)}\n\n"
        + back
        + "<p>ШНОР — школа с низкими результатами обучения, НСУ — школа, функционирующая в неблагоприятных "
        + "социальных условиях. Школы-партнёры с высокими результатами помогают им по договорам о сетевом "
        + "взаимодействии.</p>\n\n"
        + (programme_pages.programmes_note(INDEX, ctx) if municipality is None else "")
        + table(["Школа", "Муниципалитет", "Местность", "Статус в программе", "Практик"], rows,
                caption="Школы программы", numeric=(4,))
        + "\n"
    )  # fmt: skip


def _practice_items(views: list[PracticeView], here: str) -> str:
    return bullet_list(
        f"{link(relative(here, practice_page(v.id)), v.practice.title)} {status_badges(v)}" for v in views
    )


def _adoptions(adopted: list[AdoptionView], here: str) -> str:
    rows = [[link(relative(here, practice_page(a.practice.id)), a.practice.practice.title),
             link(relative(here, school_page(a.practice.school.id)), a.practice.school.short_name),
             esc(a.status.name), esc(a.period), esc(a.adoption.result or a.adoption.reason or "")]
            for a in adopted]  # fmt: skip
    return (f'<p class="shnor-adoption-counts">{esc(school_line(adopted))}</p>\n\n'
            + table(["Практика", "Чья практика", "Статус", "Сроки", "Результат или причина"], rows,
                    caption="Практики других школ, которые здесь внедряют"))


def school_markdown(school: School, ctx: SiteContext, extra_blocks: list[str],
                    adopted: list[AdoptionView]) -> str:
    repo, here = ctx.repo, school_page(school.id)
    settlement = repo.taxonomies["settlements"].by_id(school.settlement).name
    facts = definition_list(
        [
            ("Муниципалитет", esc(school.municipality)),
            ("Местность", esc(settlement)),
            ("Уровни образования", esc(", ".join(repo.taxonomies["levels"].by_id(lvl).name for lvl in school.levels))),
            ("Обучающихся", esc(school.pupils) if school.pupils else ""),
            ("Статус в программе", " ".join(badge(label, kind) for label, kind in roles(school))),
            (
                "Факторы риска",
                bullet_list(esc(repo.taxonomies["risk_factors"].by_id(r).name) for r in school.risk_factors)
                if school.risk_factors
                else "",
            ),
            ("Сайт", link(school.website, school.website) if school.website else ""),
        ]
    )
    parts = [
        # In search, the name in the page's title (h1) puts the school's own page before the partnerships and
        # practices that name it too (Pagefind weighs an h1 sevenfold; the lists of school names are not indexed).
        front_matter(school.name, description=f"{school.name}: практики и участие в программе"),
        f"# {md_text(school.name)}\n",
        facts + "\n",
    ]
    own = [PracticeView(r, repo) for r in repo.practices_of(school.id)]
    parts.append(
        f"## Практики школы{SECTION_NOT_INDEXED}\n\n"
        + (_practice_items(own, here) if own else "<p>Школа пока не опубликовала практик.</p>")
        + "\n"
    )
    if adopted:
        parts.append(f"## Что школа внедряет из банка{SECTION_NOT_INDEXED}\n\n" + _adoptions(adopted, here) + "\n")
    matches = similar_practices(school, repo)
    if matches:
        items = []
        for match in matches:
            view = PracticeView(match.record, repo)
            items.append(
                f"{link(relative(here, practice_page(view.id)), view.practice.title)} — {esc(view.school.short_name)}"
                f"<br><small>Почему подходит: {esc('; '.join(match.reasons))}</small>"
            )
        parts.append(
            f"## Школы, похожие на мою{SECTION_NOT_INDEXED}\n\n"
            "<p>Практики школ с похожим контекстом: та же местность и статус, общие "
            "уровни образования и факторы риска.</p>\n\n" + bullet_list(items) + "\n"
        )
    parts.extend(block.rstrip() + "\n" for block in extra_blocks)
    return "\n".join(parts)
