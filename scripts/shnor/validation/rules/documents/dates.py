"""SH402 document-dates: дата документа не в будущем, срок действия идёт по порядку."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from shnor.problems import Problem
from shnor.records.documents import DocumentRecord
from shnor.records.repository import Repository
from shnor.validation.rules.base import Rule


def _ru(day) -> str:
    return day.strftime("%d.%m.%Y")


def check(records: Sequence[DocumentRecord], repo: Repository) -> Iterator[Problem]:
    for record in records:
        d = record.data
        if d.date > repo.today:
            yield record.problem("date", f"дата документа {_ru(d.date)} ещё не наступила (сегодня {_ru(repo.today)})")
        if d.valid_from and d.valid_to and d.valid_to < d.valid_from:
            yield record.problem("valid_to", f"срок действия заканчивается ({_ru(d.valid_to)}) раньше, чем начинается")


RULE: Rule[DocumentRecord] = Rule(
    code="SH402",
    name="document-dates",
    description="дата документа не в будущем, срок действия идёт по порядку",
    check_records=check,
)
