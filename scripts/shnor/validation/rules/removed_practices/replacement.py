"""SH502 removed-replacement: replaced_by — опубликованная практика, не снятая и не перенесённая."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from shnor.problems import Problem
from shnor.records.removed_practices import RemovedRecord
from shnor.records.repository import Repository
from shnor.validation.rules.base import Rule


def _practice_file(practice_id: str) -> str:
    return f"practices/{practice_id}.md"


def check(records: Sequence[RemovedRecord], repo: Repository) -> Iterator[Problem]:
    """SH502: ``replaced_by`` is a practice the site publishes now."""
    removed = {record.data.id: record for record in records}
    published = {record.data.id for record in repo.published}
    valid = {record.data.id for record in repo.practices}
    for record in records:
        new = record.data.replaced_by
        if new is None or (new in published and new != record.data.id):
            continue  # an entry for it as well is SH501's to report
        if new == record.data.id:
            message = "практика не может заменять саму себя: укажите id другой, опубликованной практики"
        elif new in removed:
            message = (f"«{new}» сама снята с публикации или перенесена (строка {removed[new].line}): укажите id "
                       "практики, которая опубликована сейчас, — без цепочек переносов")
        elif not (repo.paths.root / _practice_file(new)).is_file():
            message = f"практики «{new}» нет: файл {_practice_file(new)} не найден — проверьте id"
        elif new not in valid:
            message = f"в записи {_practice_file(new)} есть ошибки, на сайте её нет: сначала исправьте их"
        else:
            message = (f"практика «{new}» — черновик и на сайте не публикуется: укажите опубликованную практику "
                       "или вместо replaced_by напишите reason")
        yield record.problem("replaced_by", message)


RULE: Rule[RemovedRecord] = Rule(
    code="SH502",
    name="removed-replacement",
    description="replaced_by — опубликованная практика, не снятая и не перенесённая",
    check_records=check,
)
