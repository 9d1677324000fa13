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


def _rows(frame: pd.DataFrame, criterion: str, unit: str, threshold: float) -> pd.DataFrame:
    """A criterion's rows for every school of ``frame`` (columns school, value, detail, triggered, status)."""
    status = frame["status"] if "status" in frame.columns else pd.Series(None, index=frame.index, dtype=object)
    triggered = frame["triggered"]
    computed = np.where(triggered.isna(), NO_DATA, np.where(triggered.fillna(False).astype(bool), TRIGGERED, CLEAR))
    return pd.DataFrame({
        "school": frame["school"], "criterion": criterion, "criterion_name": CRITERIA[criterion],
        "value": frame["value"].astype(float), "unit": unit, "threshold": threshold, "detail": frame["detail"],
        "status": status.where(status.notna(), computed),
    })


def _latest_values(values: pd.DataFrame, schools: pd.Series, indicator: str, threshold: float,
                   below: bool) -> pd.DataFrame:
    """Each school's latest published value of ``indicator`` (a suppressed one is reported as such)."""
    rows = values[(values["indicator"] == indicator) & (values["status"] != NO_DATA)] if len(values) else values
    last = (rows.sort_values(["year", "stage_order"], kind="stable").groupby("school", sort=False).tail(1)
            if len(rows) else rows)
    found = pd.DataFrame({
        "school": last.get("school", pd.Series(dtype=object)).astype(str),
        "value": pd.to_numeric(last.get("value", pd.Series(dtype=float)), errors="coerce").astype(float),
        "detail": [f"{int(y)}, {s} этап" for y, s in zip(last.get("year", []), last.get("stage", []), strict=True)],
        "suppressed": (last.get("status", pd.Series(dtype=object)) == SUPPRESSED).to_numpy(),
    })
    frame = pd.DataFrame({"school": schools}).merge(found, on="school", how="left")
    frame["detail"] = frame["detail"].astype(object).fillna("")
    suppressed = frame["suppressed"].fillna(False).astype(bool)
    frame.loc[suppressed, "value"] = np.nan
    value = frame["value"]
    frame["triggered"] = (value < threshold if below else value > threshold).astype(object).where(value.notna())
    frame["status"] = pd.Series(np.where(suppressed, SUPPRESSED, None), index=frame.index, dtype=object)
    return frame


def _score_gaps(gia: pd.DataFrame, vpr: pd.DataFrame, subjects: dict[str, str]) -> pd.DataFrame:
    """Per school: the largest gap between the region's and the school's mean score over every exam and year
    (ties: the larger detail text, as ``max`` of (gap, detail) pairs)."""
    parts = []
    for frame, keys, is_vpr in ((gia, ["exam", "subject", "variant", "year"], False),
                                (vpr, ["subject", "grade", "year"], True)):
        if frame.empty or "level" not in frame.columns:
            continue
        own = frame.loc[frame["school"].notna() & (frame["level"] != "region"), ["school", *keys, "mean_score"]]
        own = own.dropna(subset=["mean_score"])
        region = frame.loc[frame["level"] == "region", [*keys, "mean_score"]].rename(
            columns={"mean_score": "region_score"})
        both = own.merge(region, on=keys, how="inner").dropna(subset=["region_score"])
        names = both["subject"].map(lambda s: subjects.get(s, s))
        if is_vpr:
            what = "ВПР, " + names + ", " + both["grade"].astype(int).astype(str) + " класс"
        else:
            what = both["exam"].astype(str) + ", " + names
        parts.append(pd.DataFrame({
            "school": both["school"].astype(str),
            "value": (both["region_score"] - both["mean_score"]).astype(float),
            "detail": what + ", " + both["year"].astype(int).astype(str),
        }))
    if not parts:
        return pd.DataFrame(columns=["school", "value", "detail"])
    gaps = pd.concat(parts, ignore_index=True).sort_values(["value", "detail"], kind="stable")
    return gaps.groupby("school", sort=False).tail(1)


def _non_objective(vpr: pd.DataFrame, corridor: pd.DataFrame, schools: pd.Series,
                   subjects: dict[str, str]) -> pd.DataFrame:
    """Per school: the sharpest year-on-year change of the share of «4» and «5» in one subject and grade, and how
    many ВПР tasks were solved above the corridor."""
    if not vpr.empty and "share_45" in vpr.columns:
        own = vpr[vpr["school"].isin(set(schools)) & vpr["share_45"].notna()].sort_values("year", kind="stable")
        keys = ["school", "subject", "grade"]
        last2 = own.groupby(keys, sort=False).tail(2)
        last2 = last2[last2.groupby(keys, sort=False)["year"].transform("size") == 2]
        previous = last2.groupby(keys, sort=False).head(1).set_index(keys)
        latest = last2.groupby(keys, sort=False).tail(1).set_index(keys)
        pairs = latest.merge(previous, left_index=True, right_index=True, suffixes=("", "_before")).reset_index()
    else:
        pairs = pd.DataFrame(columns=["school", "subject", "grade", "year", "year_before", "share_45",
                                      "share_45_before"])
    change = (pairs["share_45"] - pairs["share_45_before"]).astype(float)
    names = pairs["subject"].map(lambda s: subjects.get(s, s))
    changes = pd.DataFrame({
        "school": pairs["school"].astype(str), "size": change.abs(), "value": change,
        "detail": ("ВПР, " + names.astype(str) + ", " + pairs["grade"].astype(int).astype(str) + " класс, "
                   + pairs["year_before"].astype(int).astype(str) + "→" + pairs["year"].astype(int).astype(str)),
    }).sort_values(["size", "value", "detail"], kind="stable").groupby("school", sort=False).tail(1)
    above = (corridor.loc[corridor["outside"] == "выше"].groupby("school").size() if len(corridor)
             else pd.Series(dtype=int))
    frame = pd.DataFrame({"school": schools}).merge(changes, on="school", how="left")
    frame["above"] = frame["school"].map(above).fillna(0).astype(int)
    known = frame["value"].notna()
    detail = frame["detail"].where(known, "изменение доли «4» и «5» не рассчитать: нужен предыдущий год")
    frame["detail"] = detail + "; заданий ВПР выше коридора решаемости: " + frame["above"].astype(str)
    triggered = (frame["size"].fillna(0.0) > SHARP_CHANGE) | (frame["above"] >= TASKS_ABOVE_MAX)
    nothing = ~known & (frame["above"] == 0)
    frame["triggered"] = triggered.astype(object).where(~nothing)
    frame.loc[nothing, "detail"] = ""
    return frame


def identification(data: MonitoringData, values: pd.DataFrame, vpr: pd.DataFrame, gia: pd.DataFrame,
                   corridor: pd.DataFrame, subjects: dict[str, str] | None = None) -> pd.DataFrame:
    """One row per school and criterion. ``values``, ``vpr``, ``gia`` are the computed tables (with the same
    suppression as published); ``subjects`` maps subject ids to names for the details."""
    subjects = subjects or {}
    # Every criterion is computed for all schools at once: a loop over schools costs minutes at region scale
    # (1,000 schools; benchmark, issue 7).
    schools = data.schools["id"].astype(str).reset_index(drop=True)
    group = pd.to_numeric(data.schools["quality_group"], errors="coerce").astype(float).reset_index(drop=True)
    parts = [_rows(pd.DataFrame({"school": schools, "value": group, "detail": "реестр школ (data/schools.csv)",
                                 "triggered": (group <= QUALITY_GROUPS_AT_RISK).astype(object).where(group.notna())}),
                   "quality-group", "group", QUALITY_GROUPS_AT_RISK)]
    for criterion, indicator, threshold, below in (("continue-soo", "continue-soo", CONTINUE_SOO_MIN, True),
                                                   ("olympiads", "olympiad-participation", OLYMPIAD_MIN, True),
                                                   ("failure-risk", "academic-failure-risk", FAILURE_RISK_MAX, False)):
        parts.append(_rows(_latest_values(values, schools, indicator, threshold, below), criterion, "percent",
                           threshold))
    gaps = pd.DataFrame({"school": schools}).merge(_score_gaps(gia, vpr, subjects), on="school", how="left")
    gaps["detail"] = gaps["detail"].astype(object).fillna("")
    gaps["triggered"] = (gaps["value"] > SCORE_GAP_MAX).astype(object).where(gaps["value"].notna())
    parts.append(_rows(gaps, "score-gap", "points", SCORE_GAP_MAX))
    parts.append(_rows(_non_objective(vpr, corridor, schools, subjects), "non-objective", "pp", SHARP_CHANGE))
    frame = pd.concat(parts, ignore_index=True)[COLUMNS]
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
