"""The «коридор решаемости»: a task's solve rate at a school is anomalous when it differs from the reference
(the region, or Russia) by more than 10 percentage points — either way: too low is a learning gap, too high
a possible sign of non-objective marking."""

from __future__ import annotations

import numpy as np
import pandas as pd

from shnor.indicators.model import REGION, RUSSIA, MonitoringData, level_of

CORRIDOR = 10.0  # percentage points
KEYS = ["year", "subject", "grade", "task"]


def solve_rate_corridor(data: MonitoringData, corridor: float = CORRIDOR) -> pd.DataFrame:
    """One row per school (or municipality) task with the region's and Russia's rates, the deviations and
    ``outside``: "ниже" / "выше" / "" against the region (or Russia when the region has no row)."""
    tasks = data.vpr_tasks.drop(columns=["source_line"], errors="ignore")
    own = tasks[~tasks["school"].isin([REGION, RUSSIA])]
    own = own[own["school"].isin(data.school_ids()) | (level_of(own["school"]) == "municipality")]
    refs = {}
    for name, entity in (("region", REGION), ("russia", RUSSIA)):
        refs[name] = tasks.loc[tasks["school"] == entity, [*KEYS, "solve_rate"]].rename(
            columns={"solve_rate": f"{name}_rate"})
    rows = own.merge(refs["region"], on=KEYS, how="left").merge(refs["russia"], on=KEYS, how="left")
    rows["vs_region"] = rows["solve_rate"] - rows["region_rate"]
    rows["vs_russia"] = rows["solve_rate"] - rows["russia_rate"]
    reference = rows["vs_region"].combine_first(rows["vs_russia"])
    rows["outside"] = np.select([reference < -corridor, reference > corridor], ["ниже", "выше"], "")
    rows["task_order"] = rows.groupby(["school", "year", "subject", "grade"], sort=False).cumcount()
    return rows.reset_index(drop=True)
