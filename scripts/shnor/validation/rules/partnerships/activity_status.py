"""SH204 partnership-activity-status: «выполнено» — только для прошедших дат, у отменённых указана причина."""

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
        for index, activity in enumerate(record.data.activities):
            field = f"activities.{index}"
            if activity.status == "done" and activity.date.first > repo.today:
                yield record.problem(
                    f"{field}.status",
                    f"отмечено «выполнено», но дата {activity.date} ещё не наступила (сегодня {_ru(repo.today)})",
                )
            if activity.status == "cancelled" and not activity.reason:
                yield record.problem(f"{field}.reason", "укажите причину отмены (поле reason)")
            if activity.status == "planned" and activity.date.last < repo.today:
                yield record.problem(
                    f"{field}.status",
                    f"срок {activity.date} прошёл, а мероприятие всё ещё «запланировано»: отметьте «выполнено» "
                    "или «отменено» с причиной, либо перенесите дату",
                    severity="warning",
                )


RULE: Rule[PartnershipRecord] = Rule(
    code="SH204",
    name="partnership-activity-status",
    description="«выполнено» — только для прошедших дат, у отменённых указана причина",
    check_records=check,
)
