"""mkdocs-macros functions for docs pages (``render_macros: true``): monitoring tables and charts in prose.

``{{ indicator_table("@municipality", 2026) }}``, ``{{ vpr_chart("math", 4) }}``, ``{{ gia_table("ОГЭ", "russian") }}``,
``{{ indicator_catalogue() }}``.
"""

from __future__ import annotations

from collections.abc import Callable

from shnor.indicators.catalogue import UNIT_NAMES
from shnor.indicators.model import MUNICIPALITY
from shnor.indicators.report import MonitoringReport
from shnor.indicators.section import report_of
from shnor.site.generated import SiteContext
from shnor.site.html import esc, table
from shnor.site.monitoring import monitoring_tables as mt
from shnor.site.monitoring.monitoring_charts import distribution_chart, with_table

# A project that keeps no monitoring data (data/indicators.yml, data/monitoring/) still builds its docs pages.
NOT_PUBLISHED = "<p>Данные мониторинга ещё не опубликованы.</p>"


def register(env, context: Callable[[], SiteContext]) -> None:
    def report() -> MonitoringReport | None:
        return report_of(context().repo)

    @env.macro
    def indicator_table(entity: str = MUNICIPALITY, year: int | None = None, indicators: list[str] | None = None
                        ) -> str:
        """Indicators × stages with target and status for a school id or ``@municipality``."""
        r = report()
        if r is None:
            return NOT_PUBLISHED
        year = year or mt.latest_year(r.values)
        return mt.indicator_table(r, entity, int(year), indicators) if year else "<p>Нет данных.</p>"

    @env.macro
    def vpr_chart(subject: str, grade: int = 4, year: int | None = None, school: str | None = None) -> str:
        """The ВПР mark distribution chart with its table, for all schools (only the municipality, region and Russia
        above ``school_rows_on_municipal_page``) or one school beside the references."""
        r = report()
        if r is None:
            return NOT_PUBLISHED
        year = year or mt.latest_year(r.vpr)
        rows = mt.vpr_rows(r, int(year), subject, grade, [school] if school else ([] if mt.many_schools(r) else None))
        if rows.empty:
            raise ValueError(f"нет результатов ВПР: {subject}, {grade} класс, {year}")
        title = f"ВПР {year}, {mt.subject_name(r, subject)}, {grade} класс"
        chart = distribution_chart(f"macro-vpr-{subject}-{grade}-{year}", title, mt.vpr_distributions(r, rows))
        return with_table(chart, title, mt.vpr_table(r, rows, title))

    @env.macro
    def gia_table(exam: str = "ОГЭ", subject: str = "russian", year: int | None = None, variant: str = "") -> str:
        r = report()
        if r is None:
            return NOT_PUBLISHED
        year = year or mt.latest_year(r.gia)
        rows = mt.gia_rows(r, exam, subject, int(year), variant)
        if mt.many_schools(r):  # the municipality beside the region and Russia; schools are on their pages
            rows = rows[rows["level"] != "school"]
        if rows.empty:
            raise ValueError(f"нет результатов {exam}: {subject}, {year}")
        return mt.gia_table(r, rows, f"{exam} {year}, {mt.subject_name(r, subject)}")

    @env.macro
    def indicator_catalogue() -> str:
        """Every indicator of data/indicators.yml: task, unit, how it is computed, target, source."""
        r = report()
        if r is None:
            return NOT_PUBLISHED
        cat = r.data.catalogue
        rows = []
        for ind in cat.indicators.values():
            how = f"{ind.numerator} / {ind.denominator} × 100" if ind.numerator and ind.denominator else "—"
            target = ind.target.describe(ind.unit) if ind.target else "—"
            task = cat.tasks[ind.task].name if ind.task in cat.tasks else ind.task
            rows.append([esc(ind.name), esc(task), esc(UNIT_NAMES[ind.unit]), esc(how), esc(target), esc(ind.source)])
        return table(["Показатель", "Задача", "Единица", "Как считается", "Цель", "Источник"], rows,
                     caption="Каталог целевых показателей")
