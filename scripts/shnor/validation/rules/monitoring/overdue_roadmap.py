"""SH307 monitoring-overdue-roadmap: warning, a roadmap item overdue without a reason."""

from __future__ import annotations

from collections.abc import Iterator

import pandas as pd

from shnor.indicators.model import MonitoringData
from shnor.problems import Problem
from shnor.records.repository import Repository
from shnor.validation.rules.base import Rule
from shnor.validation.rules.monitoring._rows import distinct, row_problems, with_columns


def check(data: MonitoringData, repo: Repository) -> Iterator[Problem]:
    rows = data.roadmap
    late = rows["deadline"].notna() & (rows["deadline"] < pd.Timestamp(repo.today))
    undone = rows["percent_done"].fillna(0) < 100
    silent = rows[late & undone & rows["reason"].isna()]
    yield from distinct(row_problems(data, "roadmap", silent.pipe(with_columns, day=silent["deadline"].dt.strftime(
        "%d.%m.%Y")), "reason", "срок {day} прошёл, выполнено {percent_done} %: укажите причину в столбце reason",
        "SH307", "warning"))


RULE: Rule[MonitoringData] = Rule(
    code="SH307",
    name="monitoring-overdue-roadmap",
    description="предупреждение: срок пункта дорожной карты прошёл, а причина не указана",
    check_record=check,
)
