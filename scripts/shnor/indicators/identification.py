"""Identifying ШНОР by the criteria of seed 003 (appendix 1) and seed 004, each reported with the figure that
triggered it (or did not), so that a decision can be checked against the data.

Criteria (``CRITERIA``): quality group 1–2 of the identification study; fewer than 60 % of 9th-graders continue
to grade 10; a mean ОГЭ/ЕГЭ/ВПР score more than 20 points below the region's; signs of non-objective marking
(a sharp change of the share of «4» and «5» in one subject and grade, more than 20 points year on year, or
several ВПР tasks solved far above the corridor); fewer than 0,5 % of pupils in regional and all-Russian
olympiads; more than 50 % of pupils at risk of academic failure.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from shnor.indicators.model import NO_DATA, SUPPRESSED, MonitoringData

QUALITY_GROUPS_AT_RISK = 2  # groups 1..2 of 6
CONTINUE_SOO_MIN = 60.0
SCORE_GAP_MAX = 20.0
SHARP_CHANGE = 20.0
TASKS_ABOVE_MAX = 3
OLYMPIAD_MIN = 0.5
FAILURE_RISK_MAX = 50.0

CRITERIA = {
    "quality-group": "Группа 1–2 по индексу качества (исследование «Идентификация ШНОР»)",
    "continue-soo": "Менее 60 % выпускников 9 класса продолжают обучение на уровне СОО",
    "score-gap": "Средний балл ЕГЭ, ОГЭ или ВПР ниже регионального более чем на 20 баллов",
    "non-objective": "Признаки необъективного оценивания (резкое изменение результатов, завышенные результаты)",
    "olympiads": "Менее 0,5 % обучающихся участвуют в региональных и всероссийских олимпиадах",
    "failure-risk": "Более 50 % обучающихся с рисками учебной неуспешности",
}
TRIGGERED, CLEAR = "triggered", "clear"
COLUMNS = ["school", "criterion", "criterion_name", "value", "unit", "threshold", "detail", "status"]


def _row(school: str, criterion: str, value: float | None, unit: str, threshold: float, detail: str,
         triggered: bool | None, status: str | None = None) -> dict:
    if status is None:
        status = NO_DATA if triggered is None else (TRIGGERED if triggered else CLEAR)
    return {"school": school, "criterion": criterion, "criterion_name": CRITERIA[criterion], "value": value,
            "unit": unit, "threshold": threshold, "detail": detail, "status": status}


def _latest_value(values: pd.DataFrame, school: str, indicator: str) -> tuple[float | None, str, str | None]:
    rows = values[(values["school"] == school) & (values["indicator"] == indicator)]
    rows = rows[rows["status"] != NO_DATA]
    if rows.empty:
        return None, "", None
    last = rows.sort_values(["year", "stage_order"]).iloc[-1]
    detail = f"{int(last['year'])}, {last['stage']} этап"
    if last["status"] == SUPPRESSED:
        return None, detail, SUPPRESSED
    return float(last["value"]), detail, None


def _score_gap(school: str, gia: pd.DataFrame, vpr: pd.DataFrame, subjects: dict[str, str]) -> dict:
    """The largest gap between the region's and the school's mean score in the latest year of each exam."""
    gaps = []
    for frame, keys, label in ((gia, ["exam", "subject", "variant", "year"], None),
                               (vpr, ["subject", "grade", "year"], "ВПР")):
        if frame.empty:
            continue
        own = frame.loc[frame["school"] == school, [*keys, "mean_score"]].dropna(subset=["mean_score"])
        region = frame.loc[frame["level"] == "region", [*keys, "mean_score"]].rename(
            columns={"mean_score": "region_score"})
        both = own.merge(region, on=keys, how="inner").dropna(subset=["region_score"])
        for _, r in both.iterrows():
            name = subjects.get(r["subject"], r["subject"])
            what = f"{r['exam']}, {name}" if label is None else f"ВПР, {name}, {int(r['grade'])} класс"
            gaps.append((float(r["region_score"] - r["mean_score"]), f"{what}, {int(r['year'])}"))
    if not gaps:
        return _row(school, "score-gap", None, "points", SCORE_GAP_MAX, "", None)
    gap, detail = max(gaps)
    return _row(school, "score-gap", gap, "points", SCORE_GAP_MAX, detail, gap > SCORE_GAP_MAX)


def _non_objective(school: str, vpr: pd.DataFrame, corridor: pd.DataFrame, subjects: dict[str, str]) -> dict:
    own = vpr[(vpr["school"] == school)].sort_values("year")
    changes = []
    for (subject, grade), group in own.groupby(["subject", "grade"]):
        shares = group.dropna(subset=["share_45"])
        if len(shares) >= 2:
            change = float(shares["share_45"].iloc[-1] - shares["share_45"].iloc[-2])
            changes.append((abs(change), change, f"ВПР, {subjects.get(subject, subject)}, {int(grade)} класс, "
                                                  f"{int(shares['year'].iloc[-2])}→{int(shares['year'].iloc[-1])}"))
    above = int((corridor.loc[corridor["school"] == school, "outside"] == "выше").sum()) if len(corridor) else 0
    if not changes and not above:
        return _row(school, "non-objective", None, "pp", SHARP_CHANGE, "", None)
    biggest = max(changes) if changes else (0.0, 0.0, "")
    triggered = biggest[0] > SHARP_CHANGE or above >= TASKS_ABOVE_MAX
    detail = biggest[2] if biggest[2] else "изменение доли «4» и «5» не рассчитать: нужен предыдущий год"
    detail += f"; заданий ВПР выше коридора решаемости: {above}"
    return _row(school, "non-objective", biggest[1] if changes else None, "pp", SHARP_CHANGE, detail, triggered)


def _by_school(frame: pd.DataFrame):
    """``school id -> that school's rows`` (an empty frame for a school without rows), from one pass."""
    if frame.empty or "school" not in frame.columns:
        return lambda school: frame.iloc[0:0]
    groups = {str(key): rows for key, rows in frame.groupby("school", sort=False)}
    empty = frame.iloc[0:0]
    return lambda school: groups.get(school, empty)


def identification(data: MonitoringData, values: pd.DataFrame, vpr: pd.DataFrame, gia: pd.DataFrame,
                   corridor: pd.DataFrame, subjects: dict[str, str] | None = None) -> pd.DataFrame:
    """One row per school and criterion. ``values``, ``vpr``, ``gia`` are the computed tables (with the same
    suppression as published); ``subjects`` maps subject ids to names for the details."""
    subjects = subjects or {}
    rows = []
    # Each frame is split by school once: filtering the whole frame per school is quadratic at region scale
    # (1,000 schools: minutes instead of seconds; benchmark, issue 7).
    values_of, vpr_of, gia_of, corridor_of = (_by_school(f) for f in (values, vpr, gia, corridor))
    vpr_region, gia_region = (f[f["level"] == "region"] if "level" in f.columns else f.iloc[0:0] for f in (vpr, gia))
    for school in data.schools.itertuples():
        group = school.quality_group
        has_group = group is not None and not np.isnan(group)
        rows.append(_row(school.id, "quality-group", float(group) if has_group else None, "group",
                         QUALITY_GROUPS_AT_RISK, "реестр школ (data/schools.csv)",
                         bool(group <= QUALITY_GROUPS_AT_RISK) if has_group else None))
        for criterion, indicator, threshold, below in (("continue-soo", "continue-soo", CONTINUE_SOO_MIN, True),
                                                       ("olympiads", "olympiad-participation", OLYMPIAD_MIN, True),
                                                       ("failure-risk", "academic-failure-risk", FAILURE_RISK_MAX,
                                                        False)):
            value, detail, status = _latest_value(values_of(school.id), school.id, indicator)
            triggered = None if value is None else (value < threshold if below else value > threshold)
            rows.append(_row(school.id, criterion, value, "percent", threshold, detail, triggered, status))
        own_gia, own_vpr = gia_of(school.id), vpr_of(school.id)
        rows.append(_score_gap(school.id, pd.concat([own_gia, gia_region]), pd.concat([own_vpr, vpr_region]), subjects))
        rows.append(_non_objective(school.id, own_vpr, corridor_of(school.id), subjects))
    frame = pd.DataFrame(rows, columns=COLUMNS)
    order = {name: i for i, name in enumerate(CRITERIA)}
    frame["criterion_order"] = frame["criterion"].map(order)
    frame["value"] = frame["value"].astype(float)
    return frame.sort_values(["school", "criterion_order"], kind="stable").reset_index(drop=True)


def identification_summary(table: pd.DataFrame, registry: pd.DataFrame) -> pd.DataFrame:
    """Per school: how many criteria triggered, how many could not be checked, and the registry status."""
    counts = table.assign(t=table["status"] == TRIGGERED, n=table["status"].isin([NO_DATA, SUPPRESSED]))
    summary = counts.groupby("school", sort=False).agg(triggered=("t", "sum"), unknown=("n", "sum")).reset_index()
    return summary.merge(registry[["id", "short_name", "shnor", "nsu", "quality_group", "social_group"]],
                         left_on="school", right_on="id", how="left").drop(columns="id")
