"""Whether a value reaches its target: a fixed number («100 %») or another level's value («не выше областного»)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from shnor.indicators.model import MET, MUNICIPALITY, NO_DATA, NO_TARGET, NOT_MET, REGION, RUSSIA
from shnor.indicators.shares import EPSILON

REFERENCE_ENTITY = {"region": REGION, "russia": RUSSIA, "municipality": MUNICIPALITY}


def reference_values(rows: pd.DataFrame, wanted: pd.DataFrame) -> pd.Series:
    """For each row of ``wanted`` (school, indicator, year, stage_order: the reference entity to look up), the
    reference's value at the same stage, or else its latest value that year (a region publishes once a year)."""
    keys = ["school", "indicator", "year"]
    known = rows.loc[rows["value"].notna(), [*keys, "stage_order", "value"]]
    exact = wanted[[*keys, "stage_order"]].merge(known, on=[*keys, "stage_order"], how="left")["value"]
    latest = known.sort_values("stage_order").drop_duplicates(keys, keep="last")[[*keys, "value"]]
    yearly = wanted[keys].merge(latest, on=keys, how="left")["value"]
    return pd.Series(exact.combine_first(yearly).to_numpy(), index=wanted.index, dtype=float)


def target_status(value: pd.Series, comparison: pd.Series, target: pd.Series) -> pd.Series:
    """met / not_met / no_data (value or reference missing) / no_target (the indicator has none)."""
    met = np.select(
        [comparison == ">=", comparison == "<=", comparison == "="],
        [value >= target - EPSILON, value <= target + EPSILON, (value - target).abs() <= EPSILON],
        default=False,
    )
    status = np.where(met, MET, NOT_MET)
    status = np.where(value.isna() | target.isna(), NO_DATA, status)
    status = np.where(comparison.isna(), NO_TARGET, status)
    return pd.Series(status, index=value.index, dtype=object)
