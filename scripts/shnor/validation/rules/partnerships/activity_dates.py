"""SH203 partnership-activity-dates: мероприятия плана — в пределах срока договора."""

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
            continue  # already reported; every date would be "out of term"
        for index, activity in enumerate(p.activities):
            when = activity.date
            if when.last < p.term.start or when.first > p.term.end:
                yield record.problem(
                    f"activities.{index}.date",
                    f"дата {when} вне срока договора ({_ru(p.term.start)} — {_ru(p.term.end)})",
                )


RULE: Rule[PartnershipRecord] = Rule(
    code="SH203",
    name="partnership-activity-dates",
    description="мероприятия плана — в пределах срока договора",
    check_records=check,
)
