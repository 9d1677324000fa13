"""Pieces of HTML about a school's risk profile, shared by the school page and the programme page: the picture
with its alternative in words and as a table, and «Что может помочь» for each high risk."""

from __future__ import annotations

from shnor.records.people import helpers_for_risk
from shnor.records.programme import Programme
from shnor.risk_profiles.counts import assessments_by_year, changes, high_risks, levels_of
from shnor.site.generated import SiteContext
from shnor.site.html import badge, bullet_list, esc, link, table
from shnor.site.pages.practices.badges import status_badges
from shnor.site.search_trim import SECTION_NOT_INDEXED
from shnor.views.practice import PracticeView
from shnor.views.urls import PEOPLE as PEOPLE_INDEX
from shnor.views.urls import practice_page, relative

STATUS_ORDER = {"recommended": 0, "approved": 1, "review": 2}
MAX_PRACTICES = 5


def profile_svg_path(programme_id: str) -> str:
    return f"programmes/{programme_id}-risk-profile.svg"


def profile_summary(programme: Programme, ctx: SiteContext) -> str:
    """The picture told in one or two sentences: its alt text."""
    factors = ctx.repo.taxonomies["risk_factors"]
    ordered = assessments_by_year(programme)
    last = ordered[-1]
    highs = [factors.by_id(f).name for f in high_risks(programme)]
    text = f"Рисковый профиль {last.year} года: " + (
        f"высокий уровень — {'; '.join(highs)}." if highs else "высоких рисков нет."
    )
    if len(ordered) > 1:
        moved = changes(programme, factors.ids)
        down = [factors.by_id(c.factor).name for c in moved if c.direction < 0]
        up = [factors.by_id(c.factor).name for c in moved if c.direction > 0]
        text += f" По сравнению с {ordered[-2].year} годом снизились: {'; '.join(down) or 'нет'}"
        text += f"; выросли: {'; '.join(up) or 'нет'}."
    return text


def profile_figure(programme: Programme, here: str, ctx: SiteContext) -> str:
    src = relative(here, profile_svg_path(programme.id))
    summary = profile_summary(programme, ctx)
    years = " и ".join(str(a.year) for a in assessments_by_year(programme))
    alt = f"Диаграмма рискового профиля по годам оценки ({years}): уровни — в подписи и в таблице"
    return (
        f'<figure class="shnor-risk-figure"><img src="{esc(src)}" alt="{esc(alt)}">'
        f"<figcaption>{esc(summary)}</figcaption></figure>\n"
    )


def profile_table(programme: Programme, ctx: SiteContext) -> str:
    tax = ctx.repo.taxonomies
    ordered = assessments_by_year(programme)
    columns = [levels_of(a) for a in ordered]
    moved = {c.factor: c for c in changes(programme, tax["risk_factors"].ids)}
    rows = []
    for term in tax["risk_factors"]:
        cells = [esc(term.name)]
        for column in columns:
            level = column.get(term.id)
            cells.append(badge(tax["risk_levels"].by_id(level).name, f"risk-{level}") if level else "не оценён")
        if len(ordered) > 1:
            cells.append(esc(moved[term.id].words))
        rows.append(cells)
    headers = ["Фактор риска", *(f"{a.year} год" for a in ordered), *(["Изменение"] if len(ordered) > 1 else [])]
    return table(headers, rows, caption="Рисковый профиль: уровень каждого фактора по годам", css="shnor-risk-table")


def profile_details(programme: Programme, ctx: SiteContext) -> str:
    """The table, folded: the same levels as the picture, for screen readers and for copying."""
    return (
        '<details class="shnor-risk-details"><summary>Рисковый профиль таблицей</summary>'
        + profile_table(programme, ctx)
        + "</details>"
    )


def _practices_by_risk(ctx: SiteContext) -> dict[str, list[tuple[str, PracticeView]]]:
    """Risk -> (school id, view) of the published practices addressing it, in the order they are recommended."""
    by_risk: dict[str, list[PracticeView]] = {}
    for record in ctx.repo.published:
        view = PracticeView(record, ctx.repo)
        for risk in dict.fromkeys(record.data.risk_factors):
            by_risk.setdefault(risk, []).append(view)
    return {risk: [(v.practice.school, v) for v in sorted(views, key=_recommended_first)]
            for risk, views in by_risk.items()}


def _recommended_first(view: PracticeView) -> tuple:
    return STATUS_ORDER.get(view.practice.review.status, 9), -view.evidence_level, view.id


def helpful_practices(risk: str, school_id: str, ctx: SiteContext) -> list[PracticeView]:
    """Published practices of other schools that address ``risk``: reviewed first, then by evidence."""
    by_risk = ctx.repo.derived("practices_by_risk", lambda: _practices_by_risk(ctx))
    return [view for school, view in by_risk.get(risk, []) if school != school_id]


def what_can_help(programme: Programme, here: str, ctx: SiteContext, heading: str = "###") -> str:
    """For each high risk of the latest assessment: practices of the bank and people who can help."""
    factors = ctx.repo.taxonomies["risk_factors"]
    roles = ctx.repo.taxonomies["support_roles"]
    risks = high_risks(programme)
    if not risks:
        return ""
    blocks = [
        f"{heading} Что может помочь{SECTION_NOT_INDEXED}\n\n"
        "<p>Для каждого высокого риска — практики банка, которые с ним работают, "
        "и люди, к которым можно обратиться.</p>\n"
    ]
    for risk in risks:
        name = factors.by_id(risk).name
        practices = helpful_practices(risk, programme.school, ctx)
        shown = practices[:MAX_PRACTICES]
        items = [f"{link(relative(here, practice_page(v.id)), v.practice.title)} — {esc(v.school.short_name)} "
                 f"{status_badges(v)}" for v in shown]  # fmt: skip
        more = link(f"{relative(here, 'practices/index.md')}?risk={risk}", f"все практики по риску ({len(practices)})")
        people = helpers_for_risk(ctx.repo, risk)
        people_items = [
            link(f"{relative(here, PEOPLE_INDEX)}#{p.data.id}", p.data.name)
            + f" — {esc(roles.by_id(p.data.role).name)}, {esc(p.data.organisation)}"
            for p in people
        ]
        block = f'<div class="shnor-help" markdown="0"><h4>{esc(name)}</h4>'
        block += (bullet_list(items) if items else "<p>В банке пока нет практик других школ по этому риску.</p>")
        block += f"<p>{more}</p>"
        if people_items:
            block += "<p><strong>Кто поможет:</strong></p>" + bullet_list(people_items)
        else:
            block += f"<p>{link(relative(here, PEOPLE_INDEX), 'Консультанты и кураторы программы')}</p>"
        blocks.append(block + "</div>\n")
    return "\n".join(blocks)
