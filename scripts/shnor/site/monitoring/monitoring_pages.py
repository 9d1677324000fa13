"""Monitoring pages: the municipality's indicators, ВПР summary and ГИА, its ВПР charts and corridors on a page of
their own, the identification of ШНОР, the roadmap as of the build date, every table as CSV and XLSX; and a
dashboard block on each school's page."""

from __future__ import annotations

import functools
from collections.abc import Iterator

import pandas as pd

from shnor.formatting import date_ru, number_ru, percent_ru
from shnor.indicators.export import csv_bytes, xlsx_bytes
from shnor.indicators.identification import CLEAR, TRIGGERED
from shnor.indicators.model import MUNICIPALITY, REGION, RUSSIA
from shnor.indicators.report import MonitoringReport
from shnor.indicators.roadmap import OVERDUE
from shnor.indicators.section import report_of
from shnor.indicators.social import latest_social
from shnor.markdown_text import md_text
from shnor.records.schools import School
from shnor.site.background import Background
from shnor.site.generated import GeneratedFile, SiteContext
from shnor.site.html import bullet_list, esc, front_matter, link, table
from shnor.site.monitoring import monitoring_tables as mt
from shnor.site.monitoring.dashboard_worker import DashboardWorker
from shnor.site.monitoring.monitoring_charts import Series, distribution_chart, line_chart, with_table
from shnor.site.monitoring.monitoring_format import cell, period_label
from shnor.site.monitoring.monitoring_slices import school_report
from shnor.views.urls import IDENTIFICATION, REPLICATION, ROADMAP, VPR, relative, school_page, school_vpr
from shnor.views.urls import MONITORING as INDEX

DATA = "monitoring/data"


def downloads(here: str, name: str, frame: pd.DataFrame, files: list[GeneratedFile], title: str) -> str:
    """Adds ``name``.csv and .xlsx to ``files``; returns the links for the page ``here``."""
    files.append(GeneratedFile(f"{DATA}/{name}.csv", later=functools.partial(csv_bytes, frame)))
    files.append(GeneratedFile(f"{DATA}/{name}.xlsx", later=functools.partial(xlsx_bytes, frame, title)))
    csv_link = link(relative(here, f"{DATA}/{name}.csv"), "CSV", download="")
    xlsx_link = link(relative(here, f"{DATA}/{name}.xlsx"), "XLSX", download="")
    return f'<p class="shnor-downloads">Скачать таблицу «{esc(title)}»: {csv_link} · {xlsx_link}</p>'


def generate(ctx: SiteContext) -> Iterator[GeneratedFile]:
    yield from ctx.memo.remember(("monitoring", ctx.today, ctx.site_url), lambda: list(_generate(ctx)))


def _generate(ctx: SiteContext) -> Iterator[GeneratedFile]:
    report = report_of(ctx.repo)
    files: list[GeneratedFile] = []
    if report is None or report.empty:
        yield GeneratedFile(INDEX, front_matter("Мониторинг") + "# Мониторинг\n\n<p>Данные мониторинга ещё не "
                            "опубликованы.</p>\n")
        return
    yield GeneratedFile(INDEX, index_page(report, ctx, files))
    vpr = municipal_vpr_page(report, files)
    if vpr:
        yield GeneratedFile(VPR, vpr)
    yield GeneratedFile(IDENTIFICATION, identification_page(report, files))
    yield GeneratedFile(ROADMAP, roadmap_page(report, ctx, files))
    schools = sorted(report.data.school_ids())
    for school_id in schools:
        page = school_vpr_page(report, ctx, school_id, files)
        if page:
            yield GeneratedFile(school_vpr(school_id), page)
    # CSV only: a workbook per school cost 50 ms each; all schools are in indicators.xlsx. Split from the full table
    # in one pass, written by the second process.
    values = mt.values_download(report)
    for school_id, frame in values[values["id"].isin(schools)].groupby("id", sort=True):
        files.append(GeneratedFile(f"{DATA}/schools/{school_id}-indicators.csv", later=functools.partial(csv_bytes,
                                                                                                        frame)))
    yield from files


def _intro(report: MonitoringReport, ctx: SiteContext) -> str:
    threshold = report.suppress_below
    return (f"<p>Данные на {esc(date_ru(ctx.today))}. Доли считаются из чисел: округ — сумма числителей, делённая на "
            "сумму знаменателей по школам, а не среднее процентов. Где знаменатель равен нулю или не указан, "
            "написано «нет данных».</p>"
            + (f"<p>Числа меньше {threshold} обучающихся в таблицах по школам скрыты вместе с долями, из которых их "
               "можно восстановить: так нельзя узнать конкретных детей.</p>" if threshold else ""))


def index_page(report: MonitoringReport, ctx: SiteContext, files: list[GeneratedFile]) -> str:
    here = INDEX
    parts = [front_matter("Мониторинг", description="Целевые показатели, ВПР, ОГЭ и ЕГЭ по округу и школам"),
             "# Мониторинг программы\n", _intro(report, ctx),
             bullet_list([link(relative(here, IDENTIFICATION), "Выявление ШНОР: критерии по школам"),
                          link(relative(here, ROADMAP), "Дорожная карта и дневник реализации"),
                          link(relative(here, REPLICATION), "Тиражирование практик: кто и где их внедряет")]), "\n"]
    year = mt.latest_year(report.values)
    if year is not None:
        parts.append("## Целевые показатели округа\n")
        for y in sorted(report.values["year"].dropna().unique(), reverse=True):
            parts.append(mt.indicator_table(report, MUNICIPALITY, int(y)))
        parts.append(dynamics_chart(report, MUNICIPALITY, "monitoring-dynamics", "Динамика показателей округа"))
        parts.append(downloads(here, "indicators", mt.values_download(report), files, "Целевые показатели"))
    parts.append(vpr_summary(report, here, MUNICIPALITY))
    parts.append(gia_section(report, here, files, None))
    return "\n".join(parts) + "\n"


def dynamics_chart(report: MonitoringReport, entity: str, chart_id: str, title: str, limit: int = 5) -> str:
    """Percent indicators with at least three published observations, as lines over the periods."""
    rows = report.values[(report.values["school"] == entity) & (report.values["value_unit"] == "percent")]
    rows = rows[rows["value"].notna()]
    counts = rows.groupby("indicator")["value"].size()
    chosen = [ind for ind in report.data.catalogue.indicators if counts.get(ind, 0) >= 3][:limit]
    if not chosen:
        return ""
    rows = mt.records(rows.loc[rows["indicator"].isin(chosen), ["indicator", "indicator_label", "year", "stage",
                                                                 "stage_order", "value"]]
                      .sort_values(["year", "stage_order"]))
    periods = list(dict.fromkeys(period_label(r["year"], r["stage"]) for r in rows))
    series, body = [], []
    by_indicator = mt.group_records(rows, ("indicator",))
    for ind in chosen:
        own = by_indicator[(ind,)]
        by_period = {period_label(r["year"], r["stage"]): float(r["value"]) for r in own}
        label = str(own[0]["indicator_label"])
        series.append(Series(label, [by_period.get(p) for p in periods]))
        body.append([esc(label), *(cell(by_period.get(p)) for p in periods)])
    data = table(["Показатель", *periods], body, caption=f"Данные графика: {title}", numeric=range(1, len(periods) + 1))
    chart = line_chart(chart_id, title, periods, series)
    return f"### {md_text(title)}\n\n" + with_table(chart, title, data) + "\n"


def vpr_section(report: MonitoringReport, here: str, files: list[GeneratedFile], school: str | None,
                name: str) -> str:
    year = mt.latest_year(report.vpr)
    if year is None:
        return ""
    rows_all = report.vpr[report.vpr["year"] == year]
    if school:
        rows_all = rows_all[rows_all["school"].isin([school]) | (rows_all["level"] != "school")]
        if not (rows_all["school"] == school).any():
            return ""
    parts = [f"## ВПР {year}: распределение отметок\n",
             "<p>«Не получили качественного образования» — доля отметок «2» и «3»; качество обучения — доля "
             "«4» и «5». Сравнение с округом, регионом и Россией.</p>"]
    only = [school] if school else _municipal_page_schools(report, rows_all, parts)
    shown = mt.records(rows_all if only is None else rows_all[rows_all["school"].isin(only)
                                                                | (rows_all["level"] != "school")])
    for (subject, grade), rows in mt.group_records(shown, ("subject", "grade")).items():
        title = f"ВПР {year}, {mt.subject_name(report, subject)}, {int(grade)} класс"
        chart = distribution_chart(f"{name}-{subject}-{int(grade)}", title, mt.vpr_distributions(report, rows))
        parts.append(f"### {md_text(title)}\n\n" + with_table(chart, title, mt.vpr_table(report, rows, title)) + "\n")
    corridor = report.corridor
    if school:
        corridor = corridor[corridor["school"] == school]
    elif only is not None:
        corridor = corridor[corridor["school"].str.startswith("@")]  # @municipality: the references
    for (who, cyear, subject, grade), rows in mt.group_records(mt.records(corridor),
                                                               ("school", "year", "subject", "grade")).items():
        title = (f"Коридор решаемости: {mt.entity_name(report, who)}, ВПР {int(cyear)}, "
                 f"{mt.subject_name(report, subject)}, {int(grade)} класс")
        outside = sum(1 for r in rows if r["outside"] != "")
        parts.append(f"### {md_text(title)}\n\n<p>Задание выпадает из коридора, если его решаемость отличается от "
                     f"региональной больше чем на 10 процентных пунктов. Вне коридора: {outside} из {len(rows)}.</p>"
                     + mt.corridor_table(report, rows, title) + "\n")
    if school:  # CSV only, as for the school's indicators
        frame = mt.vpr_download(report, report.vpr[report.vpr["school"] == school])
        files.append(GeneratedFile(f"{DATA}/schools/{school}-vpr.csv", later=functools.partial(csv_bytes, frame)))
        parts.append('<p class="shnor-downloads">Скачать результаты ВПР школы: '
                     + link(relative(here, f"{DATA}/schools/{school}-vpr.csv"), "CSV", download="")
                     + " (открывается в Excel)</p>")
    else:
        parts.append(downloads(here, f"{name}", mt.vpr_download(report, report.vpr), files, "Результаты ВПР"))
    return "\n".join(parts)


def _municipal_page_schools(report: MonitoringReport, rows: pd.DataFrame, parts: list[str]) -> list[str] | None:
    """None: every school's rows fit on the municipal page; [] (with a note in ``parts``): references only."""
    limit = report.data.catalogue.settings.school_rows_on_municipal_page
    schools = rows.loc[rows["level"] == "school", "school"].nunique()
    if schools <= limit:
        return None
    parts.append(f"<p>Школ в данных — {schools}: здесь округ сравнивается с регионом и Россией, а результаты каждой "
                 "школы — на её странице и в файлах для загрузки ниже.</p>")
    return []


def gia_section(report: MonitoringReport, here: str, files: list[GeneratedFile], school: str | None) -> str:
    year = mt.latest_year(report.gia)
    if year is None:
        return ""
    year_gia = g = report.gia[report.gia["year"] == year]
    if school:
        g = g[g["school"] == school]
        if g.empty:
            return ""
    parts = [f"## ОГЭ и ЕГЭ {year}\n",
             "<p>Успешность — доля сдавших от тех, кто сдавал экзамен (не от всех выпускников). Средняя отметка — "
             "Σ отметка × число / число участников с отметками.</p>"]
    only = [school] if school else _municipal_page_schools(report, g, parts)
    year_rows = mt.group_records(mt.records(year_gia), ("exam", "subject", "variant"))
    for exam, subject, variant in mt.group_records(mt.records(g[["exam", "subject", "variant"]]),
                                                   ("exam", "subject", "variant")):
        rows = year_rows[(exam, subject, variant)]
        if only is not None:
            rows = [r for r in rows if r["school"] in only or r["level"] != "school"]
        title = f"{exam} {year}, {mt.subject_name(report, subject)}" + (f" ({variant})" if variant else "")
        parts.append(f"### {md_text(title)}\n\n" + mt.gia_table(report, rows, title) + "\n")
    if not school:
        parts.append(downloads(here, "gia", mt.gia_download(report, report.gia), files, "Результаты ОГЭ и ЕГЭ"))
    return "\n".join(parts)


def identification_page(report: MonitoringReport, files: list[GeneratedFile]) -> str:
    here = IDENTIFICATION
    summary = report.identification_summary
    many = mt.many_schools(report)
    limit = report.data.catalogue.settings.school_rows_on_municipal_page
    if many:  # the schools meeting most criteria first; every school's criteria are on its page
        summary = summary.assign(_name=summary["school"].map(lambda e: mt.entity_name(report, e)))
        summary = summary.sort_values(["triggered", "_name"], ascending=[False, True], kind="stable").head(limit)
    body = []
    for r in summary.to_dict("records"):
        status = ", ".join(label for label, on in (("ШНОР", r["shnor"]), ("НСУ", r["nsu"])) if on) or "—"
        body.append([link(relative(here, school_page(r["school"])), mt.entity_name(report, r["school"])),
                     esc(status), cell(r["quality_group"], "number"), cell(r["social_group"], "number"),
                     esc(number_ru(int(r["triggered"]))), esc(number_ru(int(r["unknown"])))])
    latest = latest_social(report.social)
    latest = latest[latest["school"] != MUNICIPALITY]
    summary_table = table(["Школа", "Статус в программе", "Группа качества (1–6)", "Группа соц. неблагополучия (1–4)",
                           "Критериев выполняется", "Нет данных"], body, caption="Сводка по школам",
                          numeric=(2, 3, 4, 5))
    if many:
        schools = len(report.data.schools)
        by_school = [
            "## Критерии по всем школам\n", mt.criteria_counts_table(report),
            f"## Школы, где выполняется больше всего критериев ({len(body)} из {number_ru(schools)})\n",
            "<p>Критерии каждой школы — на её странице; все школы — в файле для загрузки ниже.</p>", summary_table,
        ]
        social = ["<p>Социальные условия каждой школы — на её странице и в файле для загрузки.</p>"]
    else:
        by_school = ["## Сводка по школам\n", summary_table, "## Критерии по школам\n", mt.identification_table(report)]
        social = [mt.social_table(report, latest) if len(latest) else "<p>Нет данных.</p>"]
    return "\n".join([
        front_matter("Выявление ШНОР", description="Критерии отнесения школ к ШНОР и социальные условия"),
        "# Выявление школ с низкими образовательными результатами\n",
        "<p>Критерии программы СОШ № 2 (приложение 1) и Бурейского округа: по каждому указано значение, которое "
        "его выполнило или нет, и откуда оно взято. Группы качества и социального неблагополучия — из реестра школ "
        "(исследование «Идентификация ШНОР и НСУ»).</p>",
        *by_school,
        downloads(here, "identification", mt.identification_download(report), files, "Критерии ШНОР"),
        "## Социальные условия\n",
        "<p>Отношение численности обучающихся каждой категории к общей численности обучающихся школы "
        "(последний замер).</p>",
        *social,
        downloads(here, "social", mt.social_download(report), files, "Социальные условия"),
    ]) + "\n"


def roadmap_page(report: MonitoringReport, ctx: SiteContext, files: list[GeneratedFile]) -> str:
    here = ROADMAP
    status = report.roadmap
    sections = report.roadmap_sections
    many = mt.many_schools(report)
    limit = report.data.catalogue.settings.school_rows_on_municipal_page
    if many:  # totals by section; the municipality's own items in full; each school's on its page
        sections = mt.roadmap_section_totals(sections)
        status = status[status["school"] == MUNICIPALITY]
    body = [[esc("Все школы и округ" if many else mt.entity_name(report, r["school"])), esc(r["section"]),
             esc(number_ru(int(r["items"]))),
             esc(number_ru(int(r["done"]))), _overdue_text(int(r["overdue"])), esc(percent_ru(r["completion"], 0))]
            for r in sections.to_dict("records")]
    overdue_all = report.roadmap[report.roadmap["state"] == OVERDUE]
    overdue = overdue_all.head(limit) if many else overdue_all
    items = [f"<strong>{esc(mt.entity_name(report, r['school']))}, {esc(r['item'])}</strong> {esc(r['activity'])} — "
             f"срок {esc(r['deadline'].strftime('%d.%m.%Y'))}, выполнено {esc(percent_ru(r['percent_done'] or 0, 0))}"
             + (f"<br><small>Причина: {esc(r['reason'])}</small>" if isinstance(r["reason"], str) else "")
             for r in overdue.to_dict("records")]
    more = (f"<p>Показаны первые {len(overdue)}; все просроченные мероприятия — в файле для загрузки ниже и на "
            "страницах школ.</p>" if len(overdue) < len(overdue_all) else "")
    return "\n".join([
        front_matter("Дорожная карта", description="Дорожная карта программы и дневник реализации"),
        "# Дорожная карта и дневник реализации\n",
        f"<p>Состояние на {esc(date_ru(ctx.today))}: просрочено — срок прошёл, а мероприятие выполнено не полностью."
        "</p>",
        "## Выполнение по разделам\n",
        table(["Школа или округ", "Раздел", "Мероприятий", "Выполнено", "Просрочено", "Выполнение (среднее)"], body,
              caption="Выполнение по разделам", numeric=(2, 3, 4, 5)),
        f"## Просроченные мероприятия ({len(overdue_all)})\n",
        (bullet_list(items) + more) if items else "<p>Просроченных мероприятий нет.</p>",
        "## Мероприятия округа\n" if many else "## Все мероприятия\n",
        roadmap_items_table(report, status, "Мероприятия округа" if many else "Все мероприятия дорожной карты"),
        downloads(here, "roadmap", mt.roadmap_download(report), files, "Дорожная карта"),
    ]) + "\n"


def roadmap_items_table(report: MonitoringReport, status: pd.DataFrame, caption: str) -> str:
    if status.empty:
        return "<p>Мероприятий нет.</p>"
    rows = []
    for r in status.to_dict("records"):
        state = f'<span class="shnor-status shnor-status--{esc(r["state"])}">{esc(r["state_name"])}</span>'
        deadline = r["deadline_text"] if isinstance(r["deadline_text"], str) else r["deadline"].strftime("%d.%m.%Y")
        rows.append([esc(mt.entity_name(report, r["school"])), esc(r["item"]), esc(r["activity"]), esc(deadline),
                     esc(r["responsible"]), cell(r["percent_done"], digits=0), state,
                     esc(r["reason"] if isinstance(r["reason"], str) else "")])
    return table(["Школа или округ", "№", "Мероприятие", "Срок", "Ответственный", "Выполнено", "Состояние", "Причина"],
                 rows, caption=caption, numeric=(5,))


def _overdue_text(count: int) -> str:
    if not count:
        return "0"
    return f'<span class="shnor-status shnor-status--overdue">{esc(number_ru(count))} просрочено</span>'


def start_dashboards(ctx: SiteContext, background: Background) -> None:
    """Every school's dashboard, made by the second process while the build goes on (a plain build)."""
    if report_of(ctx.repo) is not None:
        ctx.build.dashboards = DashboardWorker(ctx, background, _school_dashboard, ctx.build.html)


def school_dashboard(school: School, ctx: SiteContext) -> str:
    made = ctx.build.dashboards.dashboard(school, ctx) if ctx.build.dashboards else None
    if made is not None:
        return made
    return ctx.memo.remember(("dashboard", school.id, ctx.today), lambda: _school_dashboard(school, ctx))


def _school_dashboard(school: School, ctx: SiteContext) -> str:
    report = report_of(ctx.repo)
    if report is None or report.empty:
        return ""
    report = school_report(report, school.id)  # only this school's and the reference rows: linear at region scale
    here = school_page(school.id)
    own = report.values[report.values["school"] == school.id]
    parts = []
    year = mt.latest_year(own) if len(own) else None
    if year is not None:
        parts.append(mt.indicator_table(report, school.id, year))
        parts.append(dynamics_chart(report, school.id, f"dynamics-{school.id}", f"Динамика показателей: "
                                    f"{school.short_name}"))
        parts.append('<p class="shnor-downloads">Скачать показатели школы: '
                     + link(relative(here, f"{DATA}/schools/{school.id}-indicators.csv"), "CSV", download="")
                     + " (открывается в Excel) · показатели всех школ: "
                     + link(relative(here, f"{DATA}/indicators.xlsx"), "XLSX", download="") + "</p>")
    sink: list[GeneratedFile] = []  # the school's files are not published twice; links go to the full tables
    vpr = vpr_summary(report, here, school.id)
    gia = gia_section(report, here, sink, school.id)
    identified = report.identification[report.identification["school"] == school.id]
    criteria = ("### Критерии ШНОР\n\n" + mt.identification_table(report, school.id)
                + f"<p>{link(relative(here, IDENTIFICATION), 'Выявление ШНОР по округу')}</p>\n"
                if identified["status"].isin([TRIGGERED, CLEAR]).any() else "")
    own_roadmap = report.roadmap[report.roadmap["school"] == school.id] if len(report.roadmap) else report.roadmap
    roadmap = ("### Дорожная карта школы\n\n" + roadmap_items_table(report, own_roadmap, "Дорожная карта школы")
               + f"<p>{link(relative(here, ROADMAP), 'Дорожная карта программы')}</p>\n" if len(own_roadmap) else "")
    if not parts and not vpr and not gia and not criteria and not roadmap:
        return ""
    more = link(relative(here, INDEX), "Мониторинг по округу")
    heading = ("## Мониторинг: показатели школы {#monitoring-dashboard}\n\n"
               f"<p>{more}. Статус цели указан словами; цвет его только повторяет.</p>")
    body = "\n".join(p for p in parts if p)
    return _dashboard_anchors("\n".join([heading, body, _demote(vpr), _demote(gia), criteria, roadmap])) + "\n"


def _dashboard_anchors(markdown: str) -> str:
    """Every heading of the dashboard gets an id starting with ``monitoring-``: the search index leaves out exactly
    these sections (shnor.site.search_trim) and keeps what follows on the school page."""
    lines, number = [], 0
    for line in markdown.splitlines():
        if line.startswith("#") and "{#" not in line:
            number += 1
            line += f" {{#monitoring-{number}}}"
        lines.append(line)
    return "\n".join(lines)


def vpr_summary(report: MonitoringReport, here: str, entity: str) -> str:
    """The ВПР block of a school page or the municipal page: one table of the latest year; the charts and task
    corridors are on the ВПР page (all of them inline made a school page 180 KB, the municipal one over 150 KB;
    issue 7)."""
    year = mt.latest_year(report.vpr)
    if year is None:
        return ""
    rows = report.vpr[report.vpr["year"] == year]
    if not (rows["school"] == entity).any():
        return ""
    corridor = report.corridor
    corridor = corridor[(corridor["school"] == entity) & (corridor["year"] == year)] if len(corridor) else corridor
    outside = {key: sum(1 for r in group if r["outside"] != "")
               for key, group in mt.group_records(mt.records(corridor), ("subject", "grade")).items()}
    if entity == MUNICIPALITY:
        page, columns = VPR, [(MUNICIPALITY, "округ"), (REGION, "регион"), (RUSSIA, "Россия")]
        more, caption = "Распределение отметок и коридор решаемости по каждому предмету, результаты школ", (
            f"ВПР {year}: округ, регион и Россия")
    else:
        page, columns = school_vpr(entity), [(entity, "школа"), (MUNICIPALITY, "округ"), (REGION, "регион")]
        more, caption = "Распределение отметок и коридор решаемости по каждому предмету", (
            f"ВПР {year}: {mt.entity_name(report, entity)}, округ и регион")
    return "\n".join([
        f"## ВПР {year}\n",
        "<p>«Не получили качественного образования» — доля отметок «2» и «3»; качество обучения — доля «4» и «5». "
        f"{link(relative(here, page), more)}.</p>",
        mt.vpr_summary_table(report, rows, columns, outside, caption),
    ]) + "\n"


def municipal_vpr_page(report: MonitoringReport, files: list[GeneratedFile]) -> str:
    section = vpr_section(report, VPR, files, None, "vpr")
    if not section:
        return ""
    return "\n".join([
        front_matter("ВПР", description="Результаты ВПР по предметам и классам: округ, регион, Россия и школы"),
        "# Результаты ВПР\n",
        f"<p>{link(relative(VPR, INDEX), 'Мониторинг программы')}. Результаты каждой школы — и на её странице.</p>",
        section,
    ]) + "\n"


def school_vpr_page(report: MonitoringReport, ctx: SiteContext, school_id: str, files: list[GeneratedFile]) -> str:
    school = ctx.repo.schools.get(school_id)
    if school is None:
        return ""
    view = school_report(report, school_id)
    here = school_vpr(school_id)
    section = vpr_section(view, here, files, school_id, f"vpr-{school_id}")
    if not section:
        return ""
    back = link(relative(here, school_page(school_id)), school.name)
    downloads_link = link(relative(here, f"{DATA}/vpr.xlsx"), "XLSX", download="")
    return "\n".join([
        # Tables of figures: readers find them through the school page, the search index stays small (issue 7).
        front_matter(f"ВПР: {school.short_name}", description=f"{school.name}: результаты ВПР по предметам и классам",
                     search={"exclude": True}),
        f"# Результаты ВПР: {md_text(school.short_name)}\n",
        f"<p>{back}. Результаты всех школ округа: {downloads_link}.</p>",
        section,
    ]) + "\n"


def _demote(markdown: str) -> str:
    """Section headings one level down inside the school page."""
    return "\n".join("#" + line if line.startswith("##") else line for line in markdown.splitlines())

