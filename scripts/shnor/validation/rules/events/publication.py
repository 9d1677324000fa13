"""SH215 event-publication: дата публикации не в будущем; материалы — после мероприятия."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from shnor.problems import Problem
from shnor.records.events import EventRecord
from shnor.records.repository import Repository
from shnor.validation.rules.base import Rule


def _ru(day) -> str:
    return day.strftime("%d.%m.%Y")


def check(records: Sequence[EventRecord], repo: Repository) -> Iterator[Problem]:
    for record in records:
        post = record.data
        if post.date > repo.today:
            yield record.problem(
                "date", f"дата публикации {_ru(post.date)} ещё не наступила (сегодня {_ru(repo.today)})"
            )
        if post.updated and post.updated < post.date:
            yield record.problem("updated", f"дата обновления {_ru(post.updated)} раньше даты публикации")
        if post.updated and post.updated > repo.today:
            yield record.problem("updated", f"дата обновления {_ru(post.updated)} ещё не наступила")
        if post.event and post.event.materials and post.event.end.day >= repo.today:
            yield record.problem(
                "event.materials",
                "материалы публикуются после мероприятия; до него в тексте анонса достаточно программы",
                severity="warning",
            )


RULE: Rule[EventRecord] = Rule(
    code="SH215",
    name="event-publication",
    description="дата публикации не в будущем; материалы — после мероприятия",
    check_records=check,
)
