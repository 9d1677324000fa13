"""SH303 monitoring-duplicates: no duplicate rows."""

from __future__ import annotations

from collections.abc import Iterator

from shnor.indicators.model import MonitoringData
from shnor.indicators.schema import TABLES
from shnor.problems import Problem
from shnor.records.repository import Repository
from shnor.validation.rules.base import Rule
from shnor.validation.rules.monitoring._rows import distinct, row_problems, with_columns


def check(data: MonitoringData, repo: Repository) -> Iterator[Problem]:
    problems = []
    for name, schema in TABLES.items():
        rows = getattr(data, name)
        key = list(schema.key)
        complete = rows.dropna(subset=[k for k in key if schema.column(k).required])
        keys = complete[key].astype(object).where(complete[key].notna(), "")
        # Only rows whose key repeats can be duplicates: grouping just those is the same answer, far quicker.
        repeated = keys.duplicated(keep=False)
        if not repeated.any():
            continue
        complete, keys = complete[repeated], keys[repeated]
        first = complete["source_line"].groupby([keys[k] for k in key], sort=False).transform("min")
        dup = complete[complete["source_line"] != first].pipe(with_columns, first=first)
        problems += row_problems(data, name, dup, key[0], "повтор строки "
                                 + ", ".join(f"{k} = «{{{k}}}»" for k in key) + ": такая уже есть в строке {first}",
                                 "SH303")
    yield from distinct(problems)


RULE: Rule[MonitoringData] = Rule(
    code="SH303",
    name="monitoring-duplicates",
    description="в таблицах мониторинга нет повторяющихся строк",
    check_record=check,
)
