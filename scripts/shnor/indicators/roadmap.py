"""The roadmap (дорожная карта) with its diary: each item's state on a given day, and completion by section."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

DONE, OVERDUE, IN_PROGRESS, NOT_STARTED = "done", "overdue", "in_progress", "not_started"
STATE_NAMES = {DONE: "выполнено", OVERDUE: "просрочено", IN_PROGRESS: "выполняется", NOT_STARTED: "не начато"}


def roadmap_status(data_roadmap: pd.DataFrame, today: date) -> pd.DataFrame:
    """Every item with ``state``: done (100 %), overdue (deadline passed, not done), in progress, not started;
    and ``days_overdue``. Items without a % done count as not started."""
    rows = data_roadmap.copy()
    deadline = pd.to_datetime(rows["deadline"])
    done = rows["percent_done"].fillna(0)
    late = deadline.notna() & (deadline.dt.date < today) if len(rows) else pd.Series(False, index=rows.index)
    rows["state"] = np.select([done >= 100, late, done > 0], [DONE, OVERDUE, IN_PROGRESS], NOT_STARTED)
    rows["days_overdue"] = np.where(rows["state"] == OVERDUE,
                                    (pd.Timestamp(today) - deadline).dt.days, np.nan)
    rows["state_name"] = rows["state"].map(STATE_NAMES)
    return rows.sort_values(["school", "source_line"], kind="stable").reset_index(drop=True)


def completion_by_section(status: pd.DataFrame) -> pd.DataFrame:
    """Per (school, section): items, done, overdue, and completion = mean % done of its items."""
    if status.empty:
        return pd.DataFrame(columns=["school", "section", "items", "done", "overdue", "completion"])
    frame = status.assign(pct=status["percent_done"].fillna(0), is_done=status["state"] == DONE,
                          is_overdue=status["state"] == OVERDUE)
    grouped = frame.groupby(["school", "section"], sort=False)
    out = grouped.agg(items=("item", "size"), done=("is_done", "sum"), overdue=("is_overdue", "sum"),
                      completion=("pct", "mean"))
    return out.reset_index()
