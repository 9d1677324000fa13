"""SH403 document-replacement: «заменён документом» указывает на существующий, более новый документ."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from shnor.problems import Problem
from shnor.records.documents import DocumentRecord
from shnor.records.repository import Repository
from shnor.validation.rules.base import Rule


def _ru(day) -> str:
    return day.strftime("%d.%m.%Y")


def check(records: Sequence[DocumentRecord], repo: Repository) -> Iterator[Problem]:
    found = {r.data.id: r for r in records}
    for record in records:
        d = record.data
        if not d.superseded_by:
            continue
        if d.superseded_by == d.id:
            yield record.problem("superseded_by", "документ не может заменять сам себя")
            continue
        new = found.get(d.superseded_by)
        if new is None:
            yield record.problem(
                "superseded_by", f"документ «{d.superseded_by}» не найден в папке documents/: укажите id заменившего"
            )
            continue
        if new.data.date < d.date:
            yield record.problem(
                "superseded_by",
                f"заменивший документ датирован {_ru(new.data.date)} — раньше этого ({_ru(d.date)}): проверьте id",
                severity="warning",
            )
        seen, current = {d.id}, new
        while current is not None and current.data.superseded_by:
            if current.data.id in seen:
                yield record.problem("superseded_by", "замены документов образуют круг: A заменён B, а B заменён A")
                break
            seen.add(current.data.id)
            current = found.get(current.data.superseded_by)


RULE: Rule[DocumentRecord] = Rule(
    code="SH403",
    name="document-replacement",
    description="«заменён документом» указывает на существующий, более новый документ",
    check_records=check,
)
