"""SH302 monitoring-indicators: indicators exist in the catalogue and are used where they belong."""

from __future__ import annotations

from collections.abc import Iterator

from shnor.indicators.model import MUNICIPALITY, REFERENCES, MonitoringData
from shnor.problems import Problem
from shnor.records.repository import Repository
from shnor.validation.rules.base import Rule
from shnor.validation.rules.monitoring._rows import distinct, known_values, row_problems


def check(data: MonitoringData, repo: Repository) -> Iterator[Problem]:
    values = data.values
    cat, rows = known_values(data)
    problems = row_problems(data, "values", values[values["indicator"].notna() & ~values["indicator"].isin(cat.index)],
                            "indicator", "показателя «{indicator}» нет в каталоге data/indicators.yml", "SH302")
    scope = rows["indicator"].map(cat["scope"])
    derived = rows["indicator"].map(cat["aggregate_of"]).notna()
    problems += row_problems(data, "values", rows[(scope == "municipality") & ~rows["school"].isin(REFERENCES)],
                             "school", "«{indicator}» — показатель округа: строки только @municipality, @region или "
                             "@russia, а не «{school}»", "SH302")
    problems += row_problems(data, "values", rows[(scope == "school") & (rows["school"] == MUNICIPALITY)], "school",
                             "«{indicator}» по округу вычисляется из строк школ (Σ числителей / Σ знаменателей): "
                             "строку @municipality удалите", "SH302")
    problems += row_problems(data, "values", rows[derived & (rows["school"] == MUNICIPALITY)], "school",
                             "«{indicator}» вычисляется из показателя школ: строку @municipality удалите", "SH302")
    yield from distinct(problems)


RULE: Rule[MonitoringData] = Rule(
    code="SH302",
    name="monitoring-indicators",
    description="показатели есть в каталоге и указаны там, где им место (школа или округ)",
    check_record=check,
)
