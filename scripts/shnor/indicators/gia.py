"""ОГЭ and ЕГЭ: pass rate, average mark, score bands and the change against the year before.

The denominator is who sat the exam, not the whole cohort (seed 003: 274 sat ОГЭ in Russian out of 275 in
ГИА-9; 266 passed = 97,08 %). The average mark is Σ mark × count / Σ count: (5·83 + 4·103 + 3·80 + 2·8) / 274
= 3,95 for that district, 3,93 for the school with 12/15/15/0 of 42.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from shnor.indicators.assessments import school_and_reference_rows, with_municipality
from shnor.indicators.model import DEFAULT_SUPPRESS_BELOW, NO_DATA, OK, SUPPRESSED, MonitoringData, level_of
from shnor.indicators.shares import disclosive, share, small_count, unsafe_distribution

KEYS = ["exam", "subject", "variant", "year"]
MARKS = ["mark_5", "mark_4", "mark_3", "mark_2"]
BANDS = ["band_upto_60", "band_61_80", "band_81_plus"]
COUNTS = ["participants", "passed", *MARKS, *BANDS]
SCORES = ["mean_score", "sd", "median", "min_score", "max_score"]
DYNAMICS = ["pass_rate", "average_mark", "mean_score"]  # compared with the previous year


def _average_mark(rows: pd.DataFrame) -> pd.Series:
    counted = rows[MARKS].sum(axis=1, min_count=len(MARKS))
    weighted = sum(rows[f"mark_{m}"] * m for m in (5, 4, 3, 2))
    return (weighted / counted.where(counted > 0)).astype(float)


def gia_results(data: MonitoringData, *, suppress_below: int | None = DEFAULT_SUPPRESS_BELOW) -> pd.DataFrame:
    rows = school_and_reference_rows(data.gia, data.school_ids())
    rows["variant"] = rows["variant"].fillna("")
    rows = with_municipality(rows, KEYS, COUNTS, ["mean_score"])
    rows["level"] = level_of(rows["school"])
    rows["pass_rate"] = share(rows["passed"], rows["participants"])
    rows["average_mark"] = _average_mark(rows)
    for mark in MARKS:
        rows[f"share_{mark[-1]}"] = share(rows[mark], rows["participants"])
    for band in BANDS:
        rows[f"share_{band}"] = share(rows[band], rows["participants"])
    rows = rows.sort_values([*KEYS], kind="stable").reset_index(drop=True)
    flags = _unsafe(rows, suppress_below)
    _add_dynamics(rows, flags)
    _hide(rows, flags)
    rows["status"] = np.where(flags["group"], SUPPRESSED, np.where(rows["participants"].fillna(0) > 0, OK, NO_DATA))
    order = {"school": 0, "municipality": 1, "region": 2, "russia": 3}
    rows = rows.assign(_order=rows["level"].map(order)).sort_values(
        ["exam", "subject", "variant", "year", "_order", "school"], kind="stable")
    return rows.drop(columns=["_order"]).reset_index(drop=True)


def _unsafe(rows: pd.DataFrame, threshold: int | None) -> pd.DataFrame:
    """What a school row may not show: everything when fewer than ``threshold`` sat the exam; the pass rate
    when the passed or the failed are few; the mark or band distribution when one of its cells is small."""
    school = rows["level"] == "school"
    group = school & small_count(rows["participants"], threshold)
    return pd.DataFrame({
        "group": group,
        "pass": group | school & disclosive(rows["passed"], rows["participants"], threshold),
        "marks": group | school & unsafe_distribution(rows[MARKS], threshold),
        "bands": group | school & unsafe_distribution(rows[BANDS], threshold),
    }, index=rows.index)


def _add_dynamics(rows: pd.DataFrame, flags: pd.DataFrame) -> None:
    """Change against the same school's (or reference's) row of the previous year; a change is withheld
    when either year's figure is."""
    keys = ["school", "exam", "subject", "variant", "year"]
    prev = rows[keys + DYNAMICS].assign(_pass=flags["pass"], _group=flags["group"])
    prev["year"] = prev["year"] + 1
    merged = rows[keys].merge(prev, on=keys, how="left", suffixes=("", "_prev"))
    hidden_before = {"pass_rate": merged["_pass"], "average_mark": merged["_group"], "mean_score": merged["_group"]}
    hidden_now = {"pass_rate": flags["pass"], "average_mark": flags["group"], "mean_score": flags["group"]}
    for column in DYNAMICS:
        before = merged[column].where(~hidden_before[column].fillna(False).astype(bool)).to_numpy()
        rows[f"previous_{column}"] = before
        rows[f"change_{column}"] = (rows[column] - before).where(~hidden_now[column])


def _hide(rows: pd.DataFrame, flags: pd.DataFrame) -> None:
    by_flag = {
        "pass": ["passed", "pass_rate", "change_pass_rate"],
        "marks": [*MARKS, *(f"share_{m[-1]}" for m in MARKS)],
        "bands": [*BANDS, *(f"share_{b}" for b in BANDS)],
        "group": ["participants", *SCORES, "average_mark", "change_average_mark", "change_mean_score"],
    }
    hidden = pd.Series("", index=rows.index, dtype=object)
    for flag, columns in by_flag.items():
        for column in columns:
            mask = flags[flag]
            rows.loc[mask, column] = np.nan
            hidden = hidden.where(~mask, hidden + column + " ")
    rows["hidden"] = hidden.str.strip()
