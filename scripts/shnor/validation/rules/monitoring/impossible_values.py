"""SH304 monitoring-impossible-values: numerator ≤ denominator, no negative counts or impossible values."""

from __future__ import annotations

from collections.abc import Iterator

from shnor.indicators.model import MonitoringData
from shnor.indicators.shares import EPSILON
from shnor.problems import Problem
from shnor.records.repository import Repository
from shnor.validation.rules.base import Rule
from shnor.validation.rules.monitoring._rows import distinct, known_values, row_problems, with_columns


def _values(data: MonitoringData) -> list[Problem]:
    cat, rows = known_values(data)
    unit = rows["indicator"].map(cat["unit"])
    num, den, value = rows["numerator"], rows["denominator"], rows["value"]
    is_share = unit == "percent"
    problems = row_problems(data, "values", rows[is_share & (num > den + EPSILON)], "numerator",
                            "числитель {numerator} больше знаменателя {denominator}", "SH304")
    both = is_share & num.notna() & den.gt(0) & value.notna()
    mismatch = both & ((num / den * 100 - value).abs() > 0.05)
    problems += row_problems(data, "values", rows[mismatch].pipe(with_columns, computed=(num / den * 100).round(2)),
                             "value", "значение {value} % не равно числителю / знаменателю ({computed} %): оставьте "
                             "одно из двух", "SH304")
    problems += row_problems(data, "values", rows[is_share & (value > 100 + EPSILON) & num.isna()], "value",
                             "доля {value} % больше 100 %", "SH304")
    problems += row_problems(data, "values", rows[(unit == "flag") & value.notna() & ~value.isin([0.0, 1.0])],
                             "value", "«{value}»: для этого показателя пишите «имеется» или «не имеется»", "SH304")
    problems += row_problems(data, "values", rows[(unit == "count") & value.notna() & (value % 1 != 0)], "value",
                             "«{value}»: количество — целое число", "SH304")
    dated = rows[rows["date"].notna() & rows["year"].notna()]
    problems += row_problems(data, "values", dated[dated["date"].dt.year != dated["year"]], "date",
                             "дата {date} не относится к году {year}", "SH304", "warning")
    return problems


def _results(data: MonitoringData) -> list[Problem]:
    gia = data.gia
    problems = row_problems(data, "gia", gia[gia["passed"] > gia["participants"]], "passed",
                            "успешно сдали {passed} из {participants}: больше, чем участников", "SH304")
    for table in ("vpr", "gia"):
        rows = getattr(data, table)
        order = rows[rows["min_score"].notna() & rows["max_score"].notna() & (rows["min_score"] > rows["max_score"])]
        problems += row_problems(data, table, order, "min_score", "минимальный балл {min_score} больше "
                                 "максимального {max_score}", "SH304")
        for column in ("mean_score", "median"):
            out = rows[rows[column].notna() & ((rows[column] < rows["min_score"]) | (rows[column] > rows["max_score"]))]
            problems += row_problems(data, table, out, column, f"{{{column}}} вне диапазона от минимального "
                                     "{min_score} до максимального {max_score} балла", "SH304")
    social = data.social
    for column in ("single_parent", "both_parents_higher_ed", "deviant_registered", "russian_not_native"):
        problems += row_problems(data, "social", social[social[column] > social["pupils_total"]], column,
                                 f"{{{column}}} больше, чем всего обучающихся ({{pupils_total}})", "SH304")
    return problems


def check(data: MonitoringData, repo: Repository) -> Iterator[Problem]:
    yield from distinct([*_values(data), *_results(data)])


RULE: Rule[MonitoringData] = Rule(
    code="SH304",
    name="monitoring-impossible-values",
    description="числитель не больше знаменателя, нет невозможных значений",
    check_record=check,
)
