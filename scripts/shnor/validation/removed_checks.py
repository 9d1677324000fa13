"""Rules for ``data/removed-practices.yml`` that compare an entry with the practices, the other entries and the
build date. The loader runs them right after the schema (``RULES``), so ``shnor validate`` and the build agree.

An old address is one entry, names no practice that is still there, and leads somewhere: to a published practice
(``replaced_by``), or to a sentence for readers (``reason``). ``replaced_by`` never names another removed id, so
there are no chains or loops of moved pages to follow."""

from __future__ import annotations

from collections.abc import Iterator

from shnor.formatting import date_ru
from shnor.problems import Problem
from shnor.records.removed_practices import RemovedRecord
from shnor.records.repository import Repository
from shnor.validation.rules.base import Rule


def _records(repo: Repository) -> list[RemovedRecord]:
    return repo.removed


def _practice_file(practice_id: str) -> str:
    return f"practices/{practice_id}.md"


def check_old_address(repo: Repository) -> Iterator[Problem]:
    """SH501: one entry per old id, and no entry for a practice whose file is still in practices/."""
    first: dict[str, RemovedRecord] = {}
    for record in _records(repo):
        old = record.data.id
        if old in first:
            yield record.problem("id", f"запись о «{old}» уже есть на строке {first[old].line}: "
                                       "оставьте одну запись на каждый прежний адрес")
            continue
        first[old] = record
        if (repo.paths.root / _practice_file(old)).is_file():
            yield record.problem("id", f"практика «{old}» есть в папке practices/ ({_practice_file(old)}): "
                                       "запись нужна только для удалённой или переименованной практики — удалите "
                                       "запись или файл практики")


def check_replacement(repo: Repository) -> Iterator[Problem]:
    """SH502: ``replaced_by`` is a practice the site publishes now."""
    removed = {record.data.id: record for record in _records(repo)}
    published = {record.data.id for record in repo.published}
    valid = {record.data.id for record in repo.practices}
    for record in _records(repo):
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


def check_explained(repo: Repository) -> Iterator[Problem]:
    """SH503: the page at the old address has something to say."""
    for record in _records(repo):
        if record.data.replaced_by is None and record.data.reason is None:
            yield record.problem("reason", "укажите replaced_by (id практики, которая заняла место этой) или "
                                           "reason (одно предложение для читателей: почему практика снята с "
                                           "публикации)")


def check_date(repo: Repository) -> Iterator[Problem]:
    """SH504: the date has come."""
    for record in _records(repo):
        if record.data.date > repo.today:
            yield record.problem("date", f"дата {date_ru(record.data.date)} ещё не наступила "
                                         f"(сегодня {date_ru(repo.today)})")


RULES: tuple[Rule, ...] = (
    Rule("SH501", "removed-old-address", "прежний адрес указан один раз, и практики с таким id больше нет", None,
         None, check_old_address),
    Rule("SH502", "removed-replacement", "replaced_by — опубликованная практика, не снятая и не перенесённая",
         None, None, check_replacement),
    Rule("SH503", "removed-explained", "указано, куда перенесена практика (replaced_by) или почему снята (reason)",
         None, None, check_explained),
    Rule("SH504", "removed-date", "дата снятия или переноса не в будущем", None, None, check_date),
)  # fmt: skip
