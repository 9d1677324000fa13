"""Rules for partnership records that compare fields with each other, with the registry and with the build date.
The partnership loader runs them right after the schema (``RULES``), so ``shnor validate`` and the build agree."""

from __future__ import annotations

from collections.abc import Iterator

from shnor.problems import Problem
from shnor.records.record import Record
from shnor.records.repository import Repository
from shnor.validation.rules.base import Rule


def _ru(day) -> str:
    return day.strftime("%d.%m.%Y")


def _records(repo: Repository) -> list[Record]:
    return repo.partnerships


def check_two_schools(repo: Repository) -> Iterator[Problem]:
    for record in _records(repo):
        p = record.data
        if p.school == p.partner:
            yield record.problem("partner", "школа не может быть партнёром самой себе: укажите другую школу-партнёр")
            continue
        school, partner = repo.schools[p.school], repo.schools[p.partner]
        if not (school.shnor or school.nsu):
            yield record.problem(
                "school",
                f"«{school.short_name}» в реестре не отмечена как ШНОР или НСУ: проверьте, та ли это школа",
                severity="warning",
            )
        if not (partner.partner or partner.base):
            yield record.problem(
                "partner",
                f"«{partner.short_name}» в реестре не отмечена как школа-партнёр или базовая школа",
                severity="warning",
            )


def check_agreement_dates(repo: Repository) -> Iterator[Problem]:
    for record in _records(repo):
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


def check_activity_dates(repo: Repository) -> Iterator[Problem]:
    for record in _records(repo):
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


def check_activity_status(repo: Repository) -> Iterator[Problem]:
    for record in _records(repo):
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


RULES: tuple[Rule, ...] = (
    Rule("SH201", "partnership-schools", "ШНОР/НСУ и школа-партнёр — разные школы из реестра", None, None,
         check_two_schools),
    Rule("SH202", "partnership-agreement", "договор заключён не в будущем, срок действия идёт по порядку", None, None,
         check_agreement_dates),
    Rule("SH203", "partnership-activity-dates", "мероприятия плана — в пределах срока договора", None, None,
         check_activity_dates),
    Rule("SH204", "partnership-activity-status",
         "«выполнено» — только для прошедших дат, у отменённых указана причина", None, None, check_activity_status),
)  # fmt: skip
