"""What the monitoring rules share: each problem names the table's file, the row's line, the column and the value."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from shnor.indicators.model import MonitoringData
from shnor.problems import Problem


def _fmt(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).replace(".", ",") if isinstance(value, float) else str(value)


def row_problems(data: MonitoringData, table: str, rows: pd.DataFrame, field: str, message: str,
                 rule: str, severity: str = "error") -> list[Problem]:
    """``message`` is formatted with each row's columns: «{participants}»."""
    path = data.paths.get(table, table)
    out = []
    for row in rows.to_dict("records"):
        text = message.format(**{k: _fmt(v) for k, v in row.items()})
        out.append(Problem(path, int(row["source_line"]), field, text, severity, rule))
    return out


def with_columns(rows: pd.DataFrame, **columns: pd.Series) -> pd.DataFrame:
    """``assign`` limited to ``rows``' index (on an empty frame, pandas would adopt the series' rows)."""
    return rows.assign(**{name: values.reindex(rows.index) for name, values in columns.items()})


def distinct(problems: Iterable[Problem]) -> list[Problem]:
    """Each problem once, in order (a row may fail the same test of two columns the same way)."""
    return sorted(set(problems))


def known_values(data: MonitoringData) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The catalogue by indicator, and the value rows whose indicator it holds (SH302 reports the others)."""
    cat = data.catalogue.frame.set_index("indicator")
    rows = data.values
    return cat, rows[rows["indicator"].isin(cat.index)]
