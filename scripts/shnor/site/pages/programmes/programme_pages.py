"""School programmes: a page per programme, its risk-profile picture, the block on the school's page, and the
municipal view of risk profiles (``programmes/index.md``)."""

from __future__ import annotations

from collections.abc import Iterator

from shnor.formatting import plural_ru
from shnor.markdown_text import md_text
from shnor.records.documents import by_id as documents_by_id
from shnor.records.monitoring_refs import indicator_names, roadmap_items
from shnor.records.people import supporting
from shnor.records.programmes import ProgrammeRecord, programme_of, programmes
from shnor.records.schools import School
from shnor.risk_profiles.chart import risk_profile_svg
from shnor.risk_profiles.counts import LEVELS, high_total, municipal_counts, schools_assessed
from shnor.site.by_municipality import Municipality, by_municipality
from shnor.site.generated import GeneratedFile, SiteContext
from shnor.site.html import bullet_list, definition_list, esc, front_matter, link, table
from shnor.site.pages.documents.document_pages import number_and_date
from shnor.site.pages.programmes.risk_blocks import (
    PEOPLE_INDEX,
    profile_details,
    profile_figure,
    profile_svg_path,
    what_can_help,
)
from shnor.site.search_trim import SECTION_NOT_INDEXED
from shnor.views.urls import PROGRAMMES as INDEX
from shnor.views.urls import ROADMAP as ROADMAP_PAGE
from shnor.views.urls import document_page, practice_page, programme_page, relative, school_page

PROGRAMMES_ON_INDEX = 200  # above this (a region), the index lists municipalities: 735 programmes made a 238 KB page


def generate(ctx: SiteContext) -> Iterator[GeneratedFile]:
    records = programmes(ctx.repo)
    if not records:
        return
    if len(records) <= PROGRAMMES_ON_INDEX:
        yield GeneratedFile(INDEX, municipal_page(records, ctx))
    else:  # a region: the index lists municipalities, each with a page of its schools' programmes
        groups = by_municipality(records, lambda r: ctx.repo.schools[r.data.school].municipality, "programmes")
        yield GeneratedFile(INDEX, municipal_page(records, ctx, groups))
        years = list(municipal_counts(r.data for r in records))
        for group in groups:
            yield GeneratedFile(group.page, municipality_page(group, years, ctx))
    for record in records:
        p = record.data
        title = f"Рисковый профиль: {ctx.repo.schools[p.school].short_name}"
        yield GeneratedFile(profile_svg_path(p.id), risk_profile_svg(p, ctx.repo.taxonomies, title))
        yield GeneratedFile(programme_page(p.id), programme_markdown(record, ctx), untrusted=True, edit_path=record.rel)


def programmes_note(here: str, ctx: SiteContext) -> str:
    """A line for the schools index: where the municipal view of risk profiles is ("" without programmes)."""
    if not programmes(ctx.repo):
        return ""
    return (
        f"<p>Программы перехода в эффективный режим работы и {link(relative(here, INDEX), 'профили рисков школ')}: "
        "сколько школ имеют каждый риск и как это меняется по годам.</p>\n\n"
    )


def _approved(record: ProgrammeRecord, here: str, ctx: SiteContext) -> str:
    doc = documents_by_id(ctx.repo).get(record.data.approved_by or "")
    if doc is None:
        return ""
    return f"{link(relative(here, document_page(doc.data.id)), doc.data.title)} ({esc(number_and_date(doc))})"


def _list(items: list[str]) -> str:
    return bullet_list(esc(item) for item in items)


def school_section(school: School, ctx: SiteContext) -> str:
    """The school page's block: the programme, its risk profile as a picture and a table, «Что может помочь»."""
    record = programme_of(ctx.repo, school.id)
    people = supporting(ctx.repo, school.id)
    if record is None and not people:
        return ""
    here = school_page(school.id)
    parts = []
    if record is not None:
        p = record.data
        approved = _approved(record, here, ctx)
        parts += [
            "## Программа перехода в эффективный режим работы\n",
            f"<p>{link(relative(here, programme_page(p.id)), p.title)} ({p.period.start}–{p.period.end})"
            + (f". Утверждена: {approved}" if approved else "") + ".</p>\n",
            "### Цели и задачи\n",
            "<p><strong>Цели</strong></p>" + _list(p.goals) + "\n",
            "<p><strong>Задачи</strong></p>" + _list(p.tasks) + "\n",
            f"### Рисковый профиль{SECTION_NOT_INDEXED}\n",
            profile_figure(p, here, ctx),
            profile_details(p, ctx) + "\n",
            f"<p>{link(relative(here, INDEX), 'Профили рисков всех школ округа')}</p>\n",
            what_can_help(p, here, ctx),
        ]  # fmt: skip
    if people:
        roles = ctx.repo.taxonomies["support_roles"]
        items = [
            link(f"{relative(here, PEOPLE_INDEX)}#{r.data.id}", r.data.name)
            + f" — {esc(roles.by_id(r.data.role).name)}, {esc(r.data.position)}"
            for r in people
        ]
        parts.append("### Кураторы и консультанты школы\n\n" + bullet_list(items) + "\n")
    return "\n".join(parts)


def _published_titles(ctx: SiteContext) -> dict[str, str]:
    return ctx.repo.derived("published_titles", lambda: {r.data.id: r.data.title for r in ctx.repo.published})


def _measures(record: ProgrammeRecord, here: str, ctx: SiteContext) -> str:
    factors = ctx.repo.taxonomies["risk_factors"]
    published = _published_titles(ctx)
    rows = []
    for m in record.data.measures:
        used = " <br>".join(
            link(relative(here, practice_page(pid)), published[pid]) if pid in published else esc(pid)
            for pid in m.practices
        )
        rows.append([esc(factors.by_id(m.risk).name), esc(m.action), esc(str(m.deadline)), esc(m.responsible), used])
    return table(["Риск", "Мера", "Срок", "Ответственный", "Практики банка"], rows, caption="Меры по рискам")


def _monitoring(record: ProgrammeRecord, ctx: SiteContext) -> str:
    p = record.data
    here = programme_page(p.id)
    # The monitoring section (shnor.indicators) publishes the roadmap and the schools' indicators when it has data.
    monitored = ctx.repo.monitoring is not None
    parts = []
    roadmap = roadmap_items(ctx.repo.paths.root) or {}
    if p.roadmap:
        items = []
        for number in p.roadmap:
            item = roadmap.get((p.school, number))
            text = f"{number}. {item.activity}" if item else number
            if item and item.deadline:
                text += f" (срок: {item.deadline}" + (f", выполнено {item.percent_done} %" if item.percent_done else "")
                text += ")"
            items.append(text)
        parts.append("## Пункты дорожной карты\n\n" + _list(items) + "\n")
        if monitored:
            parts.append(f"<p>{link(relative(here, ROADMAP_PAGE), 'Дорожная карта и её выполнение')}</p>\n")
    if p.indicators:
        names = indicator_names(ctx.repo.paths.root) or {}
        parts.append("## Целевые показатели\n\n" + _list([names.get(i, i) for i in p.indicators]) + "\n")
        if monitored:
            parts.append(f"<p>{link(relative(here, school_page(p.school)), 'Значения показателей — на странице школы')}"
                         "</p>\n")  # fmt: skip
    return "\n".join(parts)


def programme_markdown(record: ProgrammeRecord, ctx: SiteContext) -> str:
    p = record.data
    here = programme_page(p.id)
    school = ctx.repo.schools[p.school]
    published = _published_titles(ctx)
    facts = definition_list(
        [
            ("Школа", link(relative(here, school_page(school.id)), school.name)),
            ("Период", esc(f"{p.period.start}–{p.period.end}")),
            ("Утверждена", _approved(record, here, ctx)),
        ]
    )
    parts = [
        front_matter(p.title, description=f"{school.short_name}: цели, рисковый профиль и меры программы"),
        f"# {md_text(p.title)}\n",
        f'<div class="shnor-card" markdown="0">{facts}</div>\n',
        "## Цели\n\n" + _list(p.goals) + "\n",
        "## Задачи\n\n" + _list(p.tasks) + "\n",
        f"## Рисковый профиль{SECTION_NOT_INDEXED}\n\n" + profile_figure(p, here, ctx) + profile_details(p, ctx) + "\n",
        what_can_help(p, here, ctx, heading="##"),
    ]
    if p.measures:
        parts.append("## Меры по рискам\n\n" + _measures(record, here, ctx) + "\n")
    if p.practices:
        items = [link(relative(here, practice_page(i)), published[i]) if i in published else esc(i)
                 for i in p.practices]  # fmt: skip
        parts.append(f"## Практики банка в программе{SECTION_NOT_INDEXED}\n\n" + bullet_list(items) + "\n")
    parts.append(_monitoring(record, ctx))
    if record.body.strip():
        parts.append("## О программе\n\n" + record.body.strip() + "\n")
    return "\n".join(part for part in parts if part)


def municipal_page(
    records: list[ProgrammeRecord], ctx: SiteContext, groups: list[Municipality[ProgrammeRecord]] | None = None
) -> str:
    """The risk-factor counts, then the programmes: every school's, or for a region (``groups``) per municipality."""
    tax = ctx.repo.taxonomies
    data = [r.data for r in records]
    counts = municipal_counts(data)
    assessed = schools_assessed(data)
    years = list(counts)
    level_names = [tax["risk_levels"].by_id(level).name for level in LEVELS]
    headers = ["Фактор риска"] + [f"{y}: {name}" for y in years for name in level_names]
    if len(years) > 1:
        headers.append(f"Высокий: {years[-2]} → {years[-1]}")
    rows = []
    for term in tax["risk_factors"]:
        cells = [esc(term.name)]
        for year in years:
            levels = counts[year].get(term.id)
            cells += [esc(levels[level] if levels else 0) for level in LEVELS]
        if len(years) > 1:
            before = counts[years[-2]].get(term.id, {}).get("high", 0)
            after = counts[years[-1]].get(term.id, {}).get("high", 0)
            sign = "+" if after > before else "−" if after < before else "±"
            cells.append(esc(f"{before} → {after} ({sign}{abs(after - before)})"))
        rows.append(cells)
    numeric = range(1, len(headers))
    summary = "; ".join(
        f"{year} год — {assessed[year]} {plural_ru(assessed[year], 'школа', 'школы', 'школ')}, "
        f"высоких рисков {high_total(counts, year)}"
        for year in years
    )
    if groups is None:
        heading, programmes_table = "Программы школ", _programmes_table(records, years, INDEX, ctx)
    else:
        heading = "Программы школ по муниципалитетам"
        programmes_table = "<p>Программа каждой школы — на странице её муниципалитета.</p>\n\n" + _municipalities_table(
            groups, years
        )
    return (
        front_matter("Профили рисков школ", description="Сколько школ программы имеют каждый риск и как это меняется")
        + "# Профили рисков школ программы\n\n"
        + "<p>Сколько школ программы имеют каждый фактор риска проекта «500+» на каждом уровне, по годам оценки. "
        + "Каждая школа учитывается один раз в год — с уровнем из своей оценки этого года.</p>\n\n"
        + f"<p><strong>Оценено:</strong> {esc(summary)}.</p>\n\n"
        + table(headers, rows, caption="Число школ по уровню каждого риска", numeric=numeric, css="shnor-risk-counts")
        + f"\n\n## {heading}{SECTION_NOT_INDEXED}\n\n"
        + programmes_table
        + "\n"
    )  # fmt: skip


def _programmes_table(records: list[ProgrammeRecord], years: list[int], here: str, ctx: SiteContext) -> str:
    school_rows = []
    for record in records:
        p, school = record.data, ctx.repo.schools[record.data.school]
        by_year = {a.year: sum(1 for r in a.risks if r.level == "high") for a in p.assessments}
        school_rows.append(
            [link(relative(here, school_page(school.id)), school.short_name),
             link(relative(here, programme_page(p.id)), p.title)]
            + [esc(by_year.get(year, "—")) for year in years]
        )  # fmt: skip
    return table(["Школа", "Программа", *(f"Высоких рисков, {y}" for y in years)], school_rows,
                 caption="Программы перехода в эффективный режим работы", numeric=range(2, 2 + len(years)))  # fmt: skip


def _municipalities_table(groups: list[Municipality[ProgrammeRecord]], years: list[int]) -> str:
    """Per municipality: its programmes, and per year the schools assessed and their high risks (the sums of the
    region's line above, so the rows add up to it)."""
    rows = []
    for group in groups:
        data = [r.data for r in group.items]
        counts, assessed = municipal_counts(data), schools_assessed(data)
        cells = [link(relative(INDEX, group.page), group.name), esc(len(data))]
        for year in years:
            cells += [esc(assessed.get(year, 0)), esc(high_total(counts, year))]
        rows.append(cells)
    headers = ["Муниципалитет", "Программ"]
    for year in years:
        headers += [f"Оценено школ, {year}", f"Высоких рисков, {year}"]
    return table(headers, rows, caption="Программы школ по муниципалитетам", numeric=range(1, len(headers)))


def municipality_page(group: Municipality[ProgrammeRecord], years: list[int], ctx: SiteContext) -> str:
    here = group.page
    return (
        front_matter(f"Программы школ: {group.name}", description=f"Программы перехода школ: {group.name}",
                     search={"exclude": True})  # a list of links: the programmes' own pages are found instead
        + f"# Программы школ: {md_text(group.name)}\n\n"
        + f"<p>{link(relative(here, INDEX), 'Профили рисков всех школ')}</p>\n\n"
        + _programmes_table(group.items, years, here, ctx)
        + "\n"
    )  # fmt: skip
