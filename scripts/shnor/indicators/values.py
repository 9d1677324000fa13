"""Target indicators per school and for the municipality: value per year and stage, change, target status.

School rows come from data/monitoring/values.csv. Municipality rows are computed (Σ numerators / Σ denominators
over the schools of the registry) unless the indicator is measured only at municipal level, in which case the
department enters them as ``@municipality`` rows. Region and Russia rows are entered references.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from shnor.indicators.model import (
    DEFAULT_SUPPRESS_BELOW,
    MUNICIPALITY,
    NO_DATA,
    OK,
    STAGE_ORDER,
    SUPPRESSED,
    MonitoringData,
    level_of,
)
from shnor.indicators.shares import EPSILON, disclosive, share, small_count, sum_or_nan
from shnor.indicators.targets import REFERENCE_ENTITY, reference_values, target_status

COLUMNS = [
    "school", "level", "indicator", "indicator_label", "task", "unit", "value_unit", "year", "stage", "stage_order",
    "date", "numerator", "denominator", "value", "status", "note", "previous_year", "previous_stage",
    "previous_value", "change", "trend", "better", "target_text", "target_value", "target_status",
    "schools_reporting", "schools_without_counts",
]

_KEYS = ["indicator", "year", "stage"]


def _entered(data: MonitoringData) -> pd.DataFrame:
    """Entered rows with their value worked out: counts first, the entered value only when counts are absent."""
    rows = data.values.drop(columns=["comment", "source_line"], errors="ignore")
    rows = rows.merge(data.catalogue.frame[["indicator", "unit"]], on="indicator", how="inner")
    rows = rows[rows["year"].notna() & rows["stage"].notna()].copy()
    has_counts = rows["numerator"].notna() & rows["denominator"].notna()
    is_share = rows["unit"] == "percent"
    from_counts = share(rows["numerator"], rows["denominator"])
    rows["value"] = np.where(is_share & has_counts, from_counts, rows["value"])
    rows["note"] = np.select(
        [is_share & has_counts & (rows["denominator"] == 0), rows["value"].isna()],
        ["знаменатель равен нулю", "значение не указано"],
        default="",
    )
    rows["value_unit"] = rows["unit"]
    return rows.drop(columns=["unit"])


def _groups(data: MonitoringData) -> pd.DataFrame:
    """Which registry school belongs to which aggregation group."""
    reg = data.schools
    parts = [
        pd.DataFrame({"school": reg["id"], "over": "all"}),
        pd.DataFrame({"school": reg.loc[reg["shnor"], "id"], "over": "shnor"}),
        pd.DataFrame({"school": reg.loc[reg["nsu"], "id"], "over": "nsu"}),
        pd.DataFrame({"school": reg.loc[reg["shnor"] | reg["nsu"], "id"], "over": "shnor-nsu"}),
    ]
    return pd.concat(parts, ignore_index=True)


def _aggregates(data: MonitoringData, school_rows: pd.DataFrame) -> pd.DataFrame:
    """Municipality rows: every school indicator over all schools, and each derived municipal indicator
    (``aggregate: {of, over}`` in the catalogue) over its group of schools."""
    cat = data.catalogue.frame
    plain = cat.loc[cat["scope"] == "school", ["indicator", "unit"]].assign(source=lambda f: f["indicator"], over="all")
    derived = cat.loc[cat["aggregate_of"].notna(), ["indicator", "unit", "aggregate_of", "aggregate_over"]]
    derived = derived.rename(columns={"aggregate_of": "source", "aggregate_over": "over"})
    specs = pd.concat([plain, derived], ignore_index=True)

    rows = school_rows.rename(columns={"indicator": "source"}).merge(specs, on="source", how="inner")
    rows = rows.merge(_groups(data), on=["school", "over"], how="inner")
    has_counts = rows["numerator"].notna() & rows["denominator"].notna()
    unit = rows["unit"]
    rows["agg_num"] = np.select([unit == "percent", unit == "flag", unit == "count"],
                                [rows["numerator"].where(has_counts), rows["value"], rows["value"]], np.nan)
    rows["agg_den"] = np.select([unit == "percent", unit == "flag"],
                                [rows["denominator"].where(has_counts), rows["value"].notna().astype(float)], np.nan)
    rows["reported"] = rows["value"].notna() | has_counts
    rows["without_counts"] = (unit == "percent") & rows["value"].notna() & ~has_counts

    keys = ["indicator", "unit", "year", "stage"]
    sums = sum_or_nan(rows, keys, ["agg_num", "agg_den"])
    counts = rows.groupby(keys, sort=False, observed=True).agg(
        schools_reporting=("reported", "sum"), schools_without_counts=("without_counts", "sum"), date=("date", "max"))
    agg = sums.join(counts).reset_index()
    agg.loc[agg["unit"] == "flag", "agg_den"] = agg.loc[agg["unit"] == "flag", "agg_den"].where(lambda d: d > 0)
    is_share = agg["unit"].isin(["percent", "flag"])
    agg["value"] = np.where(is_share, share(agg["agg_num"], agg["agg_den"]), agg["agg_num"])
    agg["numerator"] = agg["agg_num"]
    agg["denominator"] = agg["agg_den"].where(is_share)
    # A yes/no indicator becomes, for the municipality, the share of schools that have it.
    agg["value_unit"] = np.where(agg["unit"] == "flag", "percent", agg["unit"])
    agg["note"] = np.select(
        [is_share & (agg["agg_den"].fillna(0) == 0), agg["schools_without_counts"] > 0],
        ["нет данных ни по одной школе", "без школ, указавших только процент без числителя и знаменателя"],
        default="",
    )
    agg["school"] = MUNICIPALITY
    return agg.drop(columns=["unit", "agg_num", "agg_den"])


def _suppression_mask(rows: pd.DataFrame, counted: pd.Series, threshold: int | None) -> pd.Series:
    pupils = (rows["level"] == "school") & (counted == "pupils")
    small = disclosive(rows["numerator"], rows["denominator"], threshold)
    small_value = (rows["value_unit"] == "count") & small_count(rows["value"], threshold)
    return pupils & (small | small_value)


def indicator_values(data: MonitoringData, *, suppress_below: int | None = DEFAULT_SUPPRESS_BELOW) -> pd.DataFrame:
    """One row per (school or reference, indicator, year, stage). ``suppress_below=None`` keeps every count
    (for internal analysis); otherwise counts of pupils from 1 to suppress_below − 1 at a school and the shares
    built on them are withheld with status ``suppressed``."""
    cat = data.catalogue.frame
    entered = _entered(data)
    entered["level"] = level_of(entered["school"])
    scope = entered["indicator"].map(cat.set_index("indicator")["scope"])
    derived = entered["indicator"].isin(cat.loc[cat["aggregate_of"].notna(), "indicator"])
    registry = set(data.schools["id"])
    # Rows the validator reports as errors take no part: a school value of a municipal indicator, a typed-in
    # municipal value of an indicator that is computed, a school missing from the registry.
    schools = entered[(entered["level"] == "school") & (scope == "school") & entered["school"].isin(registry)]
    municipal = entered[(entered["school"] == MUNICIPALITY) & (scope == "municipality") & ~derived]
    references = entered[entered["level"].isin(["region", "russia"])]
    aggregates = _aggregates(data, schools)
    aggregates["level"] = "municipality"

    rows = pd.concat([schools, municipal, aggregates, references], ignore_index=True)
    rows["stage_order"] = rows["stage"].map(STAGE_ORDER).astype(int)
    rows = rows.merge(cat[["indicator", "indicator_label", "task", "unit", "better", "counted", "target_comparison",
                           "target_value", "target_reference", "target_text"]], on="indicator", how="left")
    rows = rows.sort_values(["indicator", "school", "year", "stage_order"], kind="stable").reset_index(drop=True)

    hidden = _suppression_mask(rows, rows["counted"], suppress_below)
    rows.loc[hidden, ["numerator", "denominator", "value"]] = np.nan
    rows["status"] = np.where(hidden, SUPPRESSED, np.where(rows["value"].notna(), OK, NO_DATA))

    _add_change(rows)
    _add_targets(rows, hidden)
    for column in ("schools_reporting", "schools_without_counts"):
        rows[column] = rows.get(column, pd.Series(np.nan, index=rows.index)).astype(float)
    return rows[COLUMNS]


def _add_change(rows: pd.DataFrame) -> None:
    """Change against the previous observation of the same series: the previous stage, or last year's final."""
    group = rows.groupby(["school", "indicator"], sort=False)
    rows["previous_value"] = group["value"].shift(1)
    rows["previous_year"] = group["year"].shift(1)
    rows["previous_stage"] = group["stage"].shift(1)
    rows["change"] = rows["value"] - rows["previous_value"]
    sign = np.where(rows["better"] == "lower", -1.0, 1.0) * rows["change"]
    rows["trend"] = np.select([rows["change"].isna(), sign > EPSILON, sign < -EPSILON], [NO_DATA, "better", "worse"],
                              default="same")


def _add_targets(rows: pd.DataFrame, hidden: pd.Series) -> None:
    relative = rows["target_reference"].notna()
    wanted = rows.loc[relative, ["indicator", "year", "stage_order"]].assign(
        school=rows.loc[relative, "target_reference"].map(REFERENCE_ENTITY))
    target = rows["target_value"].astype(float).copy()
    target.loc[relative] = reference_values(rows, wanted)
    # A reference (region, Russia) is what targets are measured against; it has no target of its own.
    comparison = rows["target_comparison"].where(~rows["level"].isin(["region", "russia"]), None)
    at_municipality = rows["level"] == "municipality"
    # A school's yes/no target becomes "every school has it" for the municipality; a school's count target
    # says nothing about a municipal total, so that row has none.
    flag_share = at_municipality & (rows["unit"] == "flag")
    target.loc[flag_share] = target.loc[flag_share] * 100.0
    comparison = comparison.where(~(at_municipality & (rows["unit"] == "count") & _computed(rows)), None)
    target = target.where(comparison.notna())
    rows["target_value"] = target
    status = target_status(rows["value"], comparison, target)
    rows["target_status"] = status.where(~hidden, SUPPRESSED)
    rows["target_text"] = rows["target_text"].where(comparison.notna(), None)
    rows.loc[flag_share & comparison.notna(), "target_text"] = "во всех школах (100\u202f%)"


def _computed(rows: pd.DataFrame) -> pd.Series:
    return rows["schools_reporting"].notna() if "schools_reporting" in rows else pd.Series(False, index=rows.index)
