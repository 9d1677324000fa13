"""SH202 partnership-agreement: договор заключён не в будущем, срок действия идёт по порядку."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from shnor.problems import Problem
from shnor.records.partnerships import PartnershipRecord
from shnor.records.repository import Repository
from shnor.validation.rules.base import Rule


def _ru(day) -> str:
    return day.strftime("%d.%m.%Y")


def check(records: Sequence[PartnershipRecord], repo: Repository) -> Iterator[Problem]:
    for record in records:
        p = record.data
        if p.term.end < p.term.start:
            yield record.problem("term.end", f"срок действия заканчивается ({_ru(p.term.end)}) раньше, чем начинается")
        if p.agreement.date > repo.today:
            yield record.problem(
                "agreement.date",
                f"дата договора {_ru(p.agreement.date)} ещё не наступила (сегодня {_ru(repo.today)})",
            )
        if p.agreement.date > p.term.end:
            yield record.problem("agreement.date", "договор не может быть заключён после окончания срока его действия")


RULE: Rule[PartnershipRecord] = Rule(
    code="SH202",
    name="partnership-agreement",
    description="договор заключён не в будущем, срок действия идёт по порядку",
    check_records=check,
)
