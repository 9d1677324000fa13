"""SH501 removed-old-address: прежний адрес указан один раз, и практики с таким id больше нет."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from shnor.problems import Problem
from shnor.records.removed_practices import RemovedRecord
from shnor.records.repository import Repository
from shnor.validation.rules.base import Rule


def _practice_file(practice_id: str) -> str:
    return f"practices/{practice_id}.md"


def check(records: Sequence[RemovedRecord], repo: Repository) -> Iterator[Problem]:
    """SH501: one entry per old id, and no entry for a practice whose file is still in practices/."""
    first: dict[str, RemovedRecord] = {}
    for record in records:
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


RULE: Rule[RemovedRecord] = Rule(
    code="SH501",
    name="removed-old-address",
    description="прежний адрес указан один раз, и практики с таким id больше нет",
    check_records=check,
)
