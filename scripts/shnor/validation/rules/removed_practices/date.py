"""SH504 removed-date: дата снятия или переноса не в будущем."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from shnor.formatting import date_ru
from shnor.problems import Problem
from shnor.records.removed_practices import RemovedRecord
from shnor.records.repository import Repository
from shnor.validation.rules.base import Rule


def check(records: Sequence[RemovedRecord], repo: Repository) -> Iterator[Problem]:
    """SH504: the date has come."""
    for record in records:
        if record.data.date > repo.today:
            yield record.problem("date", f"дата {date_ru(record.data.date)} ещё не наступила "
                                         f"(сегодня {date_ru(repo.today)})")


RULE: Rule[RemovedRecord] = Rule(
    code="SH504",
    name="removed-date",
    description="дата снятия или переноса не в будущем",
    check_records=check,
)
