"""SH306 monitoring-nothing-to-compute: every row has something to compute."""

from __future__ import annotations

from collections.abc import Iterator

from shnor.indicators.model import MonitoringData
from shnor.problems import Problem
from shnor.records.repository import Repository
from shnor.validation.rules.base import Rule
from shnor.validation.rules.monitoring._rows import distinct, known_values, row_problems


def check(data: MonitoringData, repo: Repository) -> Iterator[Problem]:
    cat, rows = known_values(data)
    unit = rows["indicator"].map(cat["unit"])
    num, den, value = rows["numerator"], rows["denominator"], rows["value"]
    is_share = unit == "percent"
    problems = row_problems(data, "values", rows[is_share & (num.isna() != den.isna())],
                            "denominator", "для доли нужны и числитель, и знаменатель (указано: числитель "
                            "«{numerator}», знаменатель «{denominator}»)", "SH306")
    problems += row_problems(data, "values", rows[~is_share & (num.notna() | den.notna())], "numerator",
                             "у показателя «{indicator}» нет числителя и знаменателя: укажите значение в столбце "
                             "value", "SH306")
    empty = num.isna() & den.isna() & value.isna()
    problems += row_problems(data, "values", rows[empty], "value",
                             "нет ни значения, ни числителя и знаменателя: заполните строку или удалите её", "SH306")
    yield from distinct(problems)


RULE: Rule[MonitoringData] = Rule(
    code="SH306",
    name="monitoring-nothing-to-compute",
    description="в каждой строке есть что вычислять: значение или числитель и знаменатель",
    check_record=check,
)
