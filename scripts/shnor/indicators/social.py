"""Social conditions (seed 003, appendix 2): each count as a share of all pupils, per school and for the
municipality (Σ counts / Σ pupils), latest measurement of each year first."""

from __future__ import annotations

import pandas as pd

from shnor.indicators.model import MUNICIPALITY, STAGE_ORDER, MonitoringData
from shnor.indicators.shares import share

# count column -> Russian criterion, wording of seed 003
CRITERIA = {
    "single_parent": "обучающиеся из неполных семей",
    "both_parents_higher_ed": "оба родителя имеют высшее образование",
    "deviant_registered": "состоят на учёте в связи с девиантным поведением",
    "russian_not_native": "русский язык не является родным",
}
# Whether more of it means harder social conditions.
ADVERSE = {"single_parent": True, "both_parents_higher_ed": False, "deviant_registered": True,
           "russian_not_native": True}


def social_ratios(data: MonitoringData) -> pd.DataFrame:
    """Long table: school, year, stage, date, criterion, count, pupils_total, share, municipality_share."""
    rows = data.social[data.social["school"].isin(data.school_ids())]
    rows = rows.drop(columns=["source_line"], errors="ignore")
    long = rows.melt(id_vars=["school", "year", "stage", "date", "pupils_total"], value_vars=list(CRITERIA),
                     var_name="criterion", value_name="count")
    long["share"] = share(long["count"], long["pupils_total"])
    both = long[long["count"].notna() & long["pupils_total"].notna()]
    totals = both.groupby(["year", "stage", "criterion"], sort=False)[["count", "pupils_total"]].sum().reset_index()
    totals["municipality_share"] = share(totals["count"], totals["pupils_total"])
    long = long.merge(totals[["year", "stage", "criterion", "municipality_share"]],
                      on=["year", "stage", "criterion"], how="left")
    municipal = totals.assign(school=MUNICIPALITY, share=totals["municipality_share"], date=pd.NaT)
    long = pd.concat([long, municipal], ignore_index=True)
    long["criterion_name"] = long["criterion"].map(CRITERIA)
    long["adverse"] = long["criterion"].map(ADVERSE)
    long["stage_order"] = long["stage"].map(STAGE_ORDER)
    order = {name: i for i, name in enumerate(CRITERIA)}
    long["criterion_order"] = long["criterion"].map(order)
    return long.sort_values(["school", "year", "stage_order", "criterion_order"]).reset_index(drop=True)


def latest_social(ratios: pd.DataFrame) -> pd.DataFrame:
    """Each school's most recent measurement."""
    if ratios.empty:
        return ratios
    last = ratios.sort_values(["year", "stage_order"]).groupby("school")[["year", "stage_order"]].last()
    keep = ratios.merge(last.reset_index(), on=["school", "year", "stage_order"], how="inner")
    return keep.sort_values(["school", "criterion_order"]).reset_index(drop=True)
