"""SH305 monitoring-sums: mark counts add up to the participants."""

from __future__ import annotations

from collections.abc import Iterator

from shnor.indicators.model import MonitoringData
from shnor.problems import Problem
from shnor.records.repository import Repository
from shnor.validation.rules.base import Rule
from shnor.validation.rules.monitoring._rows import distinct, row_problems, with_columns


def check(data: MonitoringData, repo: Repository) -> Iterator[Problem]:
    vpr = data.vpr
    marks = vpr[["mark_2", "mark_3", "mark_4", "mark_5"]]
    total = marks.sum(axis=1, min_count=4)
    bad = vpr[total.notna() & vpr["participants"].notna() & (total != vpr["participants"])].pipe(
        with_columns, total=total)
    problems = row_problems(data, "vpr", bad, "participants", "участников {participants}, а отметок «2»–«5» в сумме "
                            "{total}: сумма отметок должна равняться числу участников", "SH305")
    gia = data.gia
    for columns, what in ((["mark_5", "mark_4", "mark_3", "mark_2"], "отметок «5»–«2»"),
                          (["band_upto_60", "band_61_80", "band_81_plus"], "участников по диапазонам баллов")):
        given = gia[columns].notna().any(axis=1)
        total = gia[columns].sum(axis=1, min_count=1)
        bad = gia[given & (total != gia["participants"])].pipe(with_columns, total=total)
        problems += row_problems(data, "gia", bad, "participants",
                                 f"участников {{participants}}, а {what} в сумме {{total}}: "
                                 "они должны совпадать (пустая ячейка — это не 0)", "SH305")
    failed = gia["participants"] - gia["passed"]
    problems += row_problems(data, "gia", gia[gia["mark_2"].notna() & gia["passed"].notna()
                                              & (failed != gia["mark_2"])].pipe(with_columns, failed=failed),
                             "passed", "не сдали {failed} (участники − сдали), а отметок «2» {mark_2}: проверьте",
                             "SH305", "warning")
    yield from distinct(problems)


RULE: Rule[MonitoringData] = Rule(
    code="SH305",
    name="monitoring-sums",
    description="отметки (и диапазоны баллов) в сумме дают число участников",
    check_record=check,
)
