"""Checks across the monitoring tables, after each cell has parsed: ids that exist, no duplicate rows, counts
that add up. Each problem names the file, the row's line, the column and the value.

Codes: SH301 unknown school, SH302 unknown or misplaced indicator, SH303 duplicate row, SH304 numerator
greater than denominator or an impossible value, SH305 counts that do not add up to the participants,
SH306 a row with nothing to compute, SH307 a roadmap item overdue without a reason (warning).
"""

from __future__ import annotations

from datetime import date

import pandas as pd

from shnor.indicators.model import MUNICIPALITY, REFERENCES, MonitoringData
from shnor.indicators.schema import TABLES
from shnor.indicators.shares import EPSILON
from shnor.problems import Problem


def _fmt(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).replace(".", ",") if isinstance(value, float) else str(value)


def _problems(data: MonitoringData, table: str, rows: pd.DataFrame, field: str, message: str,
              rule: str, severity: str = "error") -> list[Problem]:
    """``message`` is formatted with each row's columns: «{participants}»."""
    path = data.paths.get(table, table)
    out = []
    for row in rows.to_dict("records"):
        text = message.format(**{k: _fmt(v) for k, v in row.items()})
        out.append(Problem(path, int(row["source_line"]), field, text, severity, rule))
    return out


def _with(rows: pd.DataFrame, **columns: pd.Series) -> pd.DataFrame:
    """``assign`` limited to ``rows``' index (on an empty frame, pandas would adopt the series' rows)."""
    return rows.assign(**{name: values.reindex(rows.index) for name, values in columns.items()})


def _unknown_schools(data: MonitoringData) -> list[Problem]:
    known = data.school_ids() | set(REFERENCES)
    problems = []
    for name in TABLES:
        rows = getattr(data, name)
        bad = rows[rows["school"].notna() & ~rows["school"].isin(known)]
        problems += _problems(data, name, bad, "school", "школы «{school}» нет в реестре data/schools.csv; для "
                              "строк округа, региона и России пишите @municipality, @region, @russia", "SH301")
    return problems


def _duplicates(data: MonitoringData) -> list[Problem]:
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
        dup = complete[complete["source_line"] != first].pipe(_with, first=first)
        problems += _problems(data, name, dup, key[0], "повтор строки " + ", ".join(f"{k} = «{{{k}}}»" for k in key)
                              + ": такая уже есть в строке {first}", "SH303")
    return problems


def _values(data: MonitoringData) -> list[Problem]:
    rows = data.values
    cat = data.catalogue.frame.set_index("indicator")
    problems = _problems(data, "values", rows[rows["indicator"].notna() & ~rows["indicator"].isin(cat.index)],
                         "indicator", "показателя «{indicator}» нет в каталоге data/indicators.yml", "SH302")
    rows = rows[rows["indicator"].isin(cat.index)]
    scope = rows["indicator"].map(cat["scope"])
    unit = rows["indicator"].map(cat["unit"])
    derived = rows["indicator"].map(cat["aggregate_of"]).notna()
    problems += _problems(data, "values", rows[(scope == "municipality") & ~rows["school"].isin(REFERENCES)],
                          "school", "«{indicator}» — показатель округа: строки только @municipality, @region или "
                          "@russia, а не «{school}»", "SH302")
    problems += _problems(data, "values", rows[(scope == "school") & (rows["school"] == MUNICIPALITY)], "school",
                          "«{indicator}» по округу вычисляется из строк школ (Σ числителей / Σ знаменателей): "
                          "строку @municipality удалите", "SH302")
    problems += _problems(data, "values", rows[derived & (rows["school"] == MUNICIPALITY)], "school",
                          "«{indicator}» вычисляется из показателя школ: строку @municipality удалите", "SH302")
    num, den, value = rows["numerator"], rows["denominator"], rows["value"]
    is_share = unit == "percent"
    problems += _problems(data, "values", rows[is_share & (num > den + EPSILON)], "numerator",
                          "числитель {numerator} больше знаменателя {denominator}", "SH304")
    problems += _problems(data, "values", rows[is_share & (num.isna() != den.isna())],
                          "denominator", "для доли нужны и числитель, и знаменатель (указано: числитель «{numerator}»,"
                          " знаменатель «{denominator}»)", "SH306")
    problems += _problems(data, "values", rows[~is_share & (num.notna() | den.notna())], "numerator",
                          "у показателя «{indicator}» нет числителя и знаменателя: укажите значение в столбце value",
                          "SH306")
    both = is_share & num.notna() & den.gt(0) & value.notna()
    mismatch = both & ((num / den * 100 - value).abs() > 0.05)
    problems += _problems(data, "values", rows[mismatch].pipe(_with, computed=(num / den * 100).round(2)), "value",
                          "значение {value} % не равно числителю / знаменателю ({computed} %): оставьте одно из двух",
                          "SH304")
    problems += _problems(data, "values", rows[is_share & (value > 100 + EPSILON) & num.isna()], "value",
                          "доля {value} % больше 100 %", "SH304")
    problems += _problems(data, "values", rows[(unit == "flag") & value.notna() & ~value.isin([0.0, 1.0])], "value",
                          "«{value}»: для этого показателя пишите «имеется» или «не имеется»", "SH304")
    problems += _problems(data, "values", rows[(unit == "count") & value.notna() & (value % 1 != 0)], "value",
                          "«{value}»: количество — целое число", "SH304")
    empty = num.isna() & den.isna() & value.isna()
    problems += _problems(data, "values", rows[empty], "value",
                          "нет ни значения, ни числителя и знаменателя: заполните строку или удалите её", "SH306")
    dated = rows[rows["date"].notna() & rows["year"].notna()]
    problems += _problems(data, "values", dated[dated["date"].dt.year != dated["year"]], "date",
                          "дата {date} не относится к году {year}", "SH304", "warning")
    return problems


def _marks_add_up(data: MonitoringData) -> list[Problem]:
    problems = []
    vpr = data.vpr
    marks = vpr[["mark_2", "mark_3", "mark_4", "mark_5"]]
    total = marks.sum(axis=1, min_count=4)
    bad = vpr[total.notna() & vpr["participants"].notna() & (total != vpr["participants"])].pipe(_with, total=total)
    problems += _problems(data, "vpr", bad, "participants", "участников {participants}, а отметок «2»–«5» в сумме "
                          "{total}: сумма отметок должна равняться числу участников", "SH305")
    gia = data.gia
    for columns, what in ((["mark_5", "mark_4", "mark_3", "mark_2"], "отметок «5»–«2»"),
                          (["band_upto_60", "band_61_80", "band_81_plus"], "участников по диапазонам баллов")):
        given = gia[columns].notna().any(axis=1)
        total = gia[columns].sum(axis=1, min_count=1)
        bad = gia[given & (total != gia["participants"])].pipe(_with, total=total)
        problems += _problems(data, "gia", bad, "participants",
                              f"участников {{participants}}, а {what} в сумме {{total}}: "
                              "они должны совпадать (пустая ячейка — это не 0)", "SH305")
    problems += _problems(data, "gia", gia[gia["passed"] > gia["participants"]], "passed",
                          "успешно сдали {passed} из {participants}: больше, чем участников", "SH304")
    failed = gia["participants"] - gia["passed"]
    problems += _problems(data, "gia", gia[gia["mark_2"].notna() & gia["passed"].notna() & (failed != gia["mark_2"])]
                          .pipe(_with, failed=failed), "passed", "не сдали {failed} (участники − сдали), а отметок «2» "
                          "{mark_2}: проверьте", "SH305", "warning")
    for table in ("vpr", "gia"):
        rows = getattr(data, table)
        order = rows[rows["min_score"].notna() & rows["max_score"].notna() & (rows["min_score"] > rows["max_score"])]
        problems += _problems(data, table, order, "min_score", "минимальный балл {min_score} больше максимального "
                              "{max_score}", "SH304")
        for column in ("mean_score", "median"):
            out = rows[rows[column].notna() & ((rows[column] < rows["min_score"]) | (rows[column] > rows["max_score"]))]
            problems += _problems(data, table, out, column, f"{{{column}}} вне диапазона от минимального {{min_score}}"
                                  " до максимального {max_score} балла", "SH304")
    social = data.social
    for column in ("single_parent", "both_parents_higher_ed", "deviant_registered", "russian_not_native"):
        problems += _problems(data, "social", social[social[column] > social["pupils_total"]], column,
                              f"{{{column}}} больше, чем всего обучающихся ({{pupils_total}})", "SH304")
    return problems


def _roadmap(data: MonitoringData, today: date) -> list[Problem]:
    rows = data.roadmap
    late = rows["deadline"].notna() & (rows["deadline"] < pd.Timestamp(today))
    undone = rows["percent_done"].fillna(0) < 100
    silent = rows[late & undone & rows["reason"].isna()]
    return _problems(data, "roadmap", silent.pipe(_with, day=silent["deadline"].dt.strftime("%d.%m.%Y")), "reason",
                     "срок {day} прошёл, выполнено {percent_done} %: укажите причину в столбце reason", "SH307",
                     "warning")


def validate_monitoring(data: MonitoringData, today: date) -> list[Problem]:
    problems = [*_unknown_schools(data), *_duplicates(data), *_values(data), *_marks_add_up(data),
                *_roadmap(data, today)]
    return sorted(set(problems))

