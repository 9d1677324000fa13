"""The computed monitoring tables as HTML (with Russian formatting) and as download frames (Russian headers).
Numbers come from shnor.indicators; nothing is computed here."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from shnor.formatting import number_ru
from shnor.indicators.gia import MARKS as GIA_MARKS
from shnor.indicators.identification import CLEAR, TRIGGERED
from shnor.indicators.model import MUNICIPALITY, NO_DATA, REGION, RUSSIA, STAGES, SUPPRESSED
from shnor.indicators.report import MonitoringReport
from shnor.site.html import esc, table
from shnor.site.monitoring.monitoring_charts import Distribution
from shnor.site.monitoring.monitoring_format import cell, change_cell, missing, target_badge, value_cell

REFERENCE_NAMES = {MUNICIPALITY: "Округ", REGION: "Регион", RUSSIA: "Россия"}


_NAMES: dict[int, tuple[pd.DataFrame, dict[str, str]]] = {}  # one name table per registry frame


def _school_names(report: MonitoringReport) -> dict[str, str]:
    """Built once per registry, not per call: tables call entity_name for every row (benchmark, issue 7)."""
    frame = report.data.schools
    cached = _NAMES.get(id(frame))
    if cached is None or cached[0] is not frame:
        cached = (frame, {str(k): str(v) for k, v in zip(frame["id"], frame["short_name"], strict=True)})
        _NAMES.clear()
        _NAMES[id(frame)] = cached
    return cached[1]


def entity_name(report: MonitoringReport, entity: str) -> str:
    if entity in REFERENCE_NAMES:
        return REFERENCE_NAMES[entity]
    return _school_names(report).get(entity, str(entity))


def subject_name(report: MonitoringReport, subject: str) -> str:
    return report.subjects.get(subject, subject)


Rows = pd.DataFrame | list[dict]


def records(rows: Rows) -> list[dict]:
    """Table rows as dicts. Pages convert a frame once and group in Python: each pandas conversion costs
    milliseconds, and a school's dashboard has dozens of small tables (benchmark, issue 7)."""
    if not isinstance(rows, pd.DataFrame):
        return rows
    columns = list(rows.columns)  # column by column: to_dict("records") reads every row of every column apart
    arrays = [_python_values(rows[c]) for c in columns]
    return [dict(zip(columns, values, strict=True)) for values in zip(*arrays, strict=True)]


def _python_values(column: pd.Series) -> list:
    values = column.tolist()
    if getattr(column.dtype, "na_value", None) is pd.NA:  # nullable integers: None, as to_dict gives
        return [None if v is pd.NA else v for v in values]
    return values


def group_records(rows: list[dict], keys: tuple[str, ...]) -> dict[tuple, list[dict]]:
    """Like ``groupby(keys, sort=False)``: groups in order of first appearance, rows in their order."""
    groups: dict[tuple, list[dict]] = {}
    for r in rows:
        groups.setdefault(tuple(r[k] for k in keys), []).append(r)
    return groups


def many_schools(report: MonitoringReport) -> bool:
    """Above the setting, municipal pages show totals and the references; each school's rows are on its own page
    and in the downloads (a table of 1,000 schools made pages of megabytes; issue 7)."""
    return len(report.data.schools) > report.data.catalogue.settings.school_rows_on_municipal_page


def latest_year(frame: pd.DataFrame) -> int | None:
    years = frame["year"].dropna()
    return int(years.max()) if len(years) else None


def indicator_table(report: MonitoringReport, entity: str, year: int, indicators: list[str] | None = None) -> str:
    """Indicators × stages of one year for a school or the municipality, with target and latest status."""
    rows = report.values[(report.values["school"] == entity) & (report.values["year"] == year)]
    if indicators:
        rows = rows[rows["indicator"].isin(indicators)]
    if rows.empty:
        return "<p>Нет данных за этот год.</p>"
    order = {ind: i for i, ind in enumerate(report.data.catalogue.indicators)}
    # One conversion to records for the whole table: pandas' per-group calls cost ~5 ms each, 1,000 school
    # dashboards × 25 indicators made minutes (benchmark, issue 7).
    groups = group_records(records(rows), ("indicator",))
    body = []
    for key in sorted(sorted(groups), key=lambda k: order.get(k[0], 0)):
        group = groups[key]
        by_stage = {r["stage"]: r for r in group}
        last = sorted(group, key=lambda r: r["stage_order"])[-1]
        unit = str(last["value_unit"])
        cells = [esc(last["indicator_label"])]
        for stage in STAGES:
            r = by_stage.get(stage)
            cells.append(value_cell(r["value"], unit, r["status"]) if r else "—")
        cells.append(esc(last["target_text"] or "—") if not missing(last["target_text"]) else "—")
        cells.append(target_badge(str(last["target_status"])))
        cells.append(change_cell(last["change"], str(last["trend"]), unit=unit))
        body.append(cells)
    caption = f"Целевые показатели: {entity_name(report, entity)}, {year} год"
    return table(["Показатель", *(s.capitalize() for s in STAGES), "Цель", "Статус (последний этап)",
                  "Изменение к предыдущему этапу"], body, caption=caption, numeric=(1, 2, 3), css="shnor-monitoring")


def values_download(report: MonitoringReport, entity: str | None = None) -> pd.DataFrame:
    rows = report.values if entity is None else report.values[report.values["school"] == entity]
    names = {"ok": "", NO_DATA: "нет данных", SUPPRESSED: "скрыто (меньше 5 обучающихся)"}
    return pd.DataFrame({
        "Школа или уровень": rows["school"].map(lambda e: entity_name(report, e)),
        "id": rows["school"], "Показатель": rows["indicator_label"], "id показателя": rows["indicator"],
        "Год": rows["year"], "Этап": rows["stage"], "Числитель": rows["numerator"],
        "Знаменатель": rows["denominator"], "Значение": rows["value"], "Единица": rows["value_unit"],
        "Данные": rows["status"].map(names), "Изменение": rows["change"], "Цель": rows["target_text"],
        "Целевое значение": rows["target_value"],
        "Достижение цели": rows["target_status"].map(lambda s: "" if s == "no_target" else
                                                     target_badge_text(str(s))),
    })


def target_badge_text(status: str) -> str:
    from shnor.indicators.model import TARGET_STATUS_NAMES

    return TARGET_STATUS_NAMES.get(status, status)


def vpr_rows(report: MonitoringReport, year: int, subject: str, grade: int, schools: list[str] | None) -> pd.DataFrame:
    rows = report.vpr[(report.vpr["year"] == year) & (report.vpr["subject"] == subject)
                      & (report.vpr["grade"] == grade)]
    if schools is not None:
        rows = rows[rows["school"].isin(schools) | (rows["level"] != "school")]
    return rows


def vpr_distributions(report: MonitoringReport, rows: Rows) -> list[Distribution]:
    out = []
    for r in records(rows):
        shares = {m: (None if missing(r[f"share_{m}"]) else float(r[f"share_{m}"])) for m in "2345"}
        note = "скрыто: мало участников или отметок" if r["hidden"] else "нет данных"
        out.append(Distribution(entity_name(report, r["school"]), shares, note))
    return out


def vpr_table(report: MonitoringReport, rows: Rows, caption: str) -> str:
    body = []
    for r in records(rows):
        hidden = set(str(r["hidden"]).split())
        body.append([
            esc(entity_name(report, r["school"])),
            cell(r["participants"], "count", hidden="participants" in hidden),
            *(cell(r[f"share_{m}"], hidden=f"share_{m}" in hidden) for m in "2345"),
            cell(r["share_23"], hidden="share_23" in hidden),
            cell(r["share_45"], hidden="share_45" in hidden),
        ])
    return table(["", "Участников", "«2»", "«3»", "«4»", "«5»", "Не получили качественного образования («2»+«3»)",
                  "Качество («4»+«5»)"], body, caption=caption, numeric=range(1, 8), css="shnor-monitoring")


def vpr_summary_table(report: MonitoringReport, rows: Rows, columns: Sequence[tuple[str, str]],
                      outside: dict[tuple, int], caption: str) -> str:
    """One row per subject and grade: the shares of «2»+«3» and «4»+«5» of the first of ``columns`` ((entity,
    label): a school or the municipality) beside the others' (the references), and how many of its tasks fell
    outside the solve-rate corridor (``outside``: (subject, grade) -> n)."""
    (entity, _), refs = columns[0], [who for who, _ in columns[1:]]
    labels = [label for _, label in columns]
    body = []
    for (subject, grade), group in group_records(records(rows), ("subject", "grade")).items():
        by = {r["school"]: r for r in group}
        own = by.get(entity)
        if own is None:
            continue
        hidden = set(str(own["hidden"]).split())
        others = [by.get(who) for who in refs]
        body.append([
            esc(f"{subject_name(report, subject)}, {int(grade)} класс"),
            cell(own["participants"], "count", hidden="participants" in hidden),
            cell(own["share_23"], hidden="share_23" in hidden),
            *(cell(r["share_23"]) if r else "—" for r in others),
            cell(own["share_45"], hidden="share_45" in hidden),
            *(cell(r["share_45"]) if r else "—" for r in others),
            esc(str(outside[(subject, grade)])) if (subject, grade) in outside else "—",
        ])
    headers = ["Предмет, класс", "Участников", *(f"«2»+«3», {label}" for label in labels),
               *(f"«4»+«5», {label}" for label in labels), "Заданий вне коридора"]
    return table(headers, body, caption=caption, numeric=range(1, len(headers)), css="shnor-monitoring")


def vpr_download(report: MonitoringReport, rows: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({
        "Школа или уровень": rows["school"].map(lambda e: entity_name(report, e)), "id": rows["school"],
        "Год": rows["year"], "Предмет": rows["subject"].map(lambda s: subject_name(report, s)),
        "Класс": rows["grade"], "Участников": rows["participants"],
        **{f"Отметка «{m}»": rows[f"mark_{m}"] for m in "2345"},
        **{f"Доля «{m}», %": rows[f"share_{m}"] for m in "2345"},
        "«2»+«3», %": rows["share_23"], "«4»+«5», %": rows["share_45"], "Справились, %": rows["share_345"],
        "Скрыто": rows["hidden"],
    })


def corridor_table(report: MonitoringReport, rows: Rows, caption: str) -> str:
    body = []
    for r in records(rows):
        outside = r["outside"]
        state = (f'<span class="shnor-status shnor-status--not_met">✗ {esc(outside)} коридора</span>' if outside
                 else '<span class="shnor-status shnor-status--met">✓ в коридоре</span>')
        body.append([esc(r["task"]), cell(r["solve_rate"], digits=0), cell(r["region_rate"], digits=0),
                     cell(r["russia_rate"], digits=0), cell(r["vs_region"], "change", 0), state])
    return table(["Задание", "Школа", "Регион", "Россия", "Отклонение от региона, п. п.", "Коридор ±10 п. п."],
                 body, caption=caption, numeric=(1, 2, 3, 4), css="shnor-monitoring")


def gia_rows(report: MonitoringReport, exam: str, subject: str, year: int, variant: str = "") -> pd.DataFrame:
    g = report.gia
    return g[(g["exam"] == exam) & (g["subject"] == subject) & (g["year"] == year) & (g["variant"] == variant)]


def gia_table(report: MonitoringReport, rows: Rows, caption: str) -> str:
    rows = records(rows)
    exam = rows[0]["exam"] if rows else "ОГЭ"
    body = []
    for r in rows:
        hidden = set(str(r["hidden"]).split())
        base = [esc(entity_name(report, r["school"])),
                cell(r["participants"], "count", hidden="participants" in hidden),
                cell(r["pass_rate"], digits=2, hidden="pass_rate" in hidden),
                cell(r["mean_score"], "number", 2, hidden="mean_score" in hidden)]
        if exam == "ОГЭ":
            base += [cell(r["average_mark"], "number", 2, hidden="average_mark" in hidden),
                     *(cell(r[m], "count", hidden=m in hidden) for m in GIA_MARKS)]
        else:
            base += [cell(r["min_score"], "number", hidden="min_score" in hidden),
                     cell(r["share_band_81_plus"], hidden="share_band_81_plus" in hidden)]
        base += [change_cell(r["change_pass_rate"], _trend(r["change_pass_rate"]), 2),
                 change_cell(r["change_mean_score"], _trend(r["change_mean_score"]), 2, unit="points")]
        body.append(base)
    middle = (["Средняя отметка", "«5»", "«4»", "«3»", "«2»"] if exam == "ОГЭ"
              else ["Минимальный балл", "81 балл и выше"])
    headers = ["", "Участников", "Успешно сдали", "Средний балл", *middle, "Успешность к прошлому году",
               "Средний балл к прошлому году"]
    return table(headers, body, caption=caption, numeric=range(1, len(headers)), css="shnor-monitoring")


def _trend(change: object) -> str:
    if missing(change):
        return NO_DATA
    return "better" if float(change) > 0 else ("worse" if float(change) < 0 else "same")  # type: ignore[arg-type]


def gia_download(report: MonitoringReport, rows: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({
        "Школа или уровень": rows["school"].map(lambda e: entity_name(report, e)), "id": rows["school"],
        "Экзамен": rows["exam"], "Предмет": rows["subject"].map(lambda s: subject_name(report, s)),
        "Уровень (ЕГЭ по математике)": rows["variant"], "Год": rows["year"], "Участников": rows["participants"],
        "Успешно сдали": rows["passed"], "Успешность, %": rows["pass_rate"], "Средняя отметка": rows["average_mark"],
        "Средний балл": rows["mean_score"], **{f"Отметка «{m[-1]}»": rows[m] for m in GIA_MARKS},
        "До 60 баллов": rows["band_upto_60"], "61–80 баллов": rows["band_61_80"],
        "81 балл и выше": rows["band_81_plus"], "Успешность год назад, %": rows["previous_pass_rate"],
        "Изменение успешности, п. п.": rows["change_pass_rate"], "Изменение среднего балла": rows["change_mean_score"],
        "Скрыто": rows["hidden"],
    })


def identification_table(report: MonitoringReport, school: str | None = None) -> str:
    body = []
    table_rows = report.identification
    if school is not None:
        table_rows = table_rows[table_rows["school"] == school]
    for (school,), group in group_records(records(table_rows), ("school",)).items():
        for r in group:
            kind = {"percent": "percent", "group": "number", "points": "number", "pp": "change"}[r["unit"]]
            value = cell(r["value"], kind, hidden=r["status"] == SUPPRESSED)
            if r["status"] == TRIGGERED:
                state = '<span class="shnor-status shnor-status--not_met">⚠ критерий выполняется</span>'
            elif r["status"] == CLEAR:
                state = '<span class="shnor-status shnor-status--met">✓ нет</span>'
            else:
                state = '<span class="shnor-status shnor-status--no_data">нет данных</span>'
            body.append([esc(entity_name(report, school)), esc(r["criterion_name"]), value, esc(r["detail"]), state])
    return table(["Школа", "Критерий", "Значение", "Откуда", "Признак ШНОР"], body,
                 caption="Критерии отнесения к ШНОР по школам", numeric=(2,), css="shnor-monitoring")


def criteria_counts_table(report: MonitoringReport) -> str:
    """Per criterion: in how many schools it is met, not met, or cannot be checked."""
    t = report.identification
    body = []
    for _, group in t.groupby("criterion", sort=False):
        status = group["status"]
        body.append([esc(group["criterion_name"].iloc[0]), esc(number_ru(int((status == TRIGGERED).sum()))),
                     esc(number_ru(int((status == CLEAR).sum()))),
                     esc(number_ru(int(status.isin([NO_DATA, SUPPRESSED]).sum())))])
    return table(["Критерий", "Выполняется (школ)", "Не выполняется", "Нет данных или скрыто"], body,
                 caption="Критерии отнесения к ШНОР: число школ", numeric=(1, 2, 3), css="shnor-monitoring")


def roadmap_section_totals(sections: pd.DataFrame) -> pd.DataFrame:
    """All schools and the municipality together, by section: items, done, overdue, mean completion."""
    totals = sections.assign(weighted=sections["completion"] * sections["items"]).groupby("section", sort=False).agg(
        items=("items", "sum"), done=("done", "sum"), overdue=("overdue", "sum"), weighted=("weighted", "sum"))
    totals["completion"] = totals["weighted"] / totals["items"]
    return totals.drop(columns="weighted").reset_index()


def identification_download(report: MonitoringReport) -> pd.DataFrame:
    t = report.identification
    states = {TRIGGERED: "критерий выполняется", CLEAR: "нет", NO_DATA: "нет данных", SUPPRESSED: "скрыто"}
    return pd.DataFrame({"Школа": t["school"].map(lambda e: entity_name(report, e)), "id": t["school"],
                         "Критерий": t["criterion_name"], "Значение": t["value"], "Порог": t["threshold"],
                         "Откуда": t["detail"], "Признак ШНОР": t["status"].map(states)})


def social_table(report: MonitoringReport, latest: pd.DataFrame) -> str:
    from shnor.indicators.social import CRITERIA

    body = []
    for school, group in latest.groupby("school", sort=False):
        by = {r["criterion"]: r for r in group.to_dict("records")}
        first = group.iloc[0]
        when = f"{int(first['year'])}, {first['stage']}"
        body.append([esc(entity_name(report, school)), esc(when), cell(first["pupils_total"], "count"),
                     *(f"{cell(by[c]['count'], 'count')} ({cell(by[c]['share'])})" if c in by else "—"
                       for c in CRITERIA)])
    return table(["Школа", "Замер", "Обучающихся", *(name.capitalize() for name in CRITERIA.values())], body,
                 caption="Социальные условия: число обучающихся и доля от всех обучающихся", numeric=range(2, 7),
                 css="shnor-monitoring")


def social_download(report: MonitoringReport) -> pd.DataFrame:
    s = report.social
    return pd.DataFrame({"Школа или уровень": s["school"].map(lambda e: entity_name(report, e)), "id": s["school"],
                         "Год": s["year"], "Этап": s["stage"], "Дата": s["date"], "Критерий": s["criterion_name"],
                         "Число обучающихся": s["count"], "Всего обучающихся": s["pupils_total"],
                         "Доля, %": s["share"], "Доля по округу, %": s["municipality_share"]})


def roadmap_download(report: MonitoringReport) -> pd.DataFrame:
    r = report.roadmap
    return pd.DataFrame({"Школа или уровень": r["school"].map(lambda e: entity_name(report, e)), "id": r["school"],
                         "№": r["item"], "Раздел": r["section"], "Мероприятие": r["activity"], "Срок": r["deadline"],
                         "Срок (как в плане)": r["deadline_text"], "Ответственный": r["responsible"],
                         "Планируемый результат": r["planned_result"], "Выполнено, %": r["percent_done"],
                         "Состояние": r["state_name"], "Дней просрочки": r["days_overdue"],
                         "Причина невыполнения или переноса": r["reason"], "Обновлено": r["updated"]})

