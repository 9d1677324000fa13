"""What ВПР and ОГЭ/ЕГЭ tables share: school rows, the municipality as Σ of its schools, reference rows.

The department may enter an official ``@municipality`` row (it covers schools missing from the registry);
where it has not, the municipality is the sum of the registry's schools — counts added up, never percentages
averaged — and a mean score is weighted by participants.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from shnor.indicators.model import MUNICIPALITY, REFERENCES, level_of


def school_and_reference_rows(table: pd.DataFrame, registry_ids: set[str]) -> pd.DataFrame:
    """Rows of registry schools and of the three references; rows the validator rejects take no part."""
    keep = table["school"].isin(registry_ids) | table["school"].isin(REFERENCES)
    return table[keep].drop(columns=["comment", "source_line"], errors="ignore").copy()


def with_municipality(rows: pd.DataFrame, keys: list[str], counts: list[str], means: list[str]) -> pd.DataFrame:
    """Add a computed municipality row per ``keys`` (year, subject...) where none was entered.

    ``counts`` are summed (a group with no value stays missing), ``means`` are weighted by ``participants``
    over the schools that report them; ``schools`` tells how many schools the row adds up.
    """
    schools = rows[level_of(rows["school"]) == "school"]
    entered = rows.loc[rows["school"] == MUNICIPALITY, keys].drop_duplicates()
    if schools.empty:
        out = rows.copy()
        out["computed"] = False
        return out
    grouped = schools.groupby(keys, dropna=False, sort=False)
    agg = grouped[counts].sum(min_count=1)
    agg["schools"] = grouped.size()
    for column in means:
        both = schools[column].notna() & schools["participants"].notna()
        weighted = (schools[column] * schools["participants"]).where(both)
        frame = schools[keys].assign(vw=weighted, w=schools["participants"].where(both))
        sums = frame.groupby(keys, dropna=False, sort=False)[["vw", "w"]].sum(min_count=1)
        reported = frame.assign(has=both).groupby(keys, dropna=False, sort=False)["has"].sum()
        # A weighted mean of only some schools would pass for the municipality's: only when every school has it.
        complete = reported == agg["schools"]
        agg[column] = (sums["vw"] / sums["w"].where(sums["w"] > 0)).where(complete)
    agg = agg.reset_index()
    agg["school"] = MUNICIPALITY
    if not entered.empty:
        agg = agg.merge(entered.assign(_entered=True), on=keys, how="left")
        agg = agg[agg["_entered"].isna()].drop(columns="_entered")
    out = pd.concat([rows.assign(computed=False), agg.assign(computed=True)], ignore_index=True)
    out["schools"] = out.get("schools", pd.Series(np.nan, index=out.index)).astype(float)
    return out
