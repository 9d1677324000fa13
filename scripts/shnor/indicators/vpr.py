"""ВПР results: shares of marks «2», «3», «4»+«5», «не получили качественного образования» («2»+«3»)
and «справились» («3»+«4»+«5»), for each school, the municipality and the references.

Seed 003: 49 pupils, «2» 12,2 % and «3» 24,5 % → 36,7 % did not get a quality education.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from shnor.indicators.assessments import school_and_reference_rows, with_municipality
from shnor.indicators.model import DEFAULT_SUPPRESS_BELOW, NO_DATA, OK, SUPPRESSED, MonitoringData, level_of
from shnor.indicators.shares import disclosive, share, small_count, unsafe_distribution

KEYS = ["year", "subject", "grade"]
MARKS = ["mark_2", "mark_3", "mark_4", "mark_5"]
# Published shares: (column, Russian name, the marks it counts)
SHARES = (
    ("share_2", "«2»", ("mark_2",)),
    ("share_3", "«3»", ("mark_3",)),
    ("share_4", "«4»", ("mark_4",)),
    ("share_5", "«5»", ("mark_5",)),
    ("share_45", "«4» и «5» (качество обучения)", ("mark_4", "mark_5")),
    ("share_23", "«2» и «3» (не получили качественного образования)", ("mark_2", "mark_3")),
    ("share_345", "справились («3», «4», «5»)", ("mark_3", "mark_4", "mark_5")),
)
PARTITION = ("share_23", "share_45")
COLUMNS = ["school", "level", *KEYS, "participants", *MARKS, *(name for name, _, _ in SHARES), "mean_score",
           "status", "hidden", "schools", "computed"]


def vpr_results(data: MonitoringData, *, suppress_below: int | None = DEFAULT_SUPPRESS_BELOW) -> pd.DataFrame:
    """One row per school or reference and (year, subject, grade)."""
    rows = school_and_reference_rows(data.vpr, data.school_ids())
    rows = with_municipality(rows, KEYS, ["participants", *MARKS], ["mean_score"])
    rows["level"] = level_of(rows["school"])
    school = rows["level"] == "school"
    hidden_group = school & small_count(rows["participants"], suppress_below)
    unsafe = school & unsafe_distribution(rows[MARKS], suppress_below)
    masks: dict[str, pd.Series] = {}
    for name, _, marks in SHARES:
        numerator = rows[list(marks)].sum(axis=1, min_count=len(marks))
        rows[name] = share(numerator, rows["participants"])
        if name in PARTITION:
            # «2»+«3» against «4»+«5» splits the class in two; published when both halves are safe.
            masks[name] = school & disclosive(numerator, rows["participants"], suppress_below)
        else:
            masks[name] = unsafe
    for mark in MARKS:
        masks[mark] = unsafe
    masks["participants"] = masks["mean_score"] = hidden_group
    hidden = pd.Series("", index=rows.index, dtype=object)
    for name, mask in masks.items():
        mask = mask | hidden_group
        rows.loc[mask, name] = np.nan
        hidden = hidden.where(~mask, hidden + name + " ")
    rows["hidden"] = hidden.str.strip()
    has_marks = rows["participants"].fillna(0) > 0
    rows["status"] = np.select([hidden_group, ~has_marks], [SUPPRESSED, NO_DATA], OK)
    order = {"school": 0, "municipality": 1, "region": 2, "russia": 3}
    rows = rows.assign(_order=rows["level"].map(order)).sort_values([*KEYS, "_order", "school"], kind="stable")
    return rows[COLUMNS].reset_index(drop=True)


def compare_with_references(results: pd.DataFrame, school: str) -> pd.DataFrame:
    """The school's rows beside the municipality, region and Russia for the same year, subject and grade."""
    own = results.loc[results["school"] == school, KEYS].drop_duplicates()
    wanted = results.merge(own, on=KEYS, how="inner")
    return wanted[(wanted["school"] == school) | (wanted["level"] != "school")].reset_index(drop=True)
