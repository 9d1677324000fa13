"""SH411 programme-school: программа — одна на школу ШНОР/НСУ, период идёт по порядку."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from shnor.problems import Problem
from shnor.records.programmes import ProgrammeRecord
from shnor.records.repository import Repository
from shnor.validation.rules.base import Rule


def check(records: Sequence[ProgrammeRecord], repo: Repository) -> Iterator[Problem]:
    seen: dict[str, str] = {}
    for record in records:
        p = record.data
        school = repo.schools[p.school]
        if p.school in seen:
            yield record.problem("school", f"у школы уже есть программа: {seen[p.school]}; одна школа — одна программа")
        seen.setdefault(p.school, record.rel)
        if not (school.shnor or school.nsu):
            yield record.problem(
                "school",
                f"«{school.short_name}» в реестре не отмечена как ШНОР или НСУ: программа перехода в эффективный "
                "режим работы составляется для них",
                severity="warning",
            )
        if p.period.end < p.period.start:
            yield record.problem("period.end", f"программа заканчивается ({p.period.end}) раньше, чем начинается")


RULE: Rule[ProgrammeRecord] = Rule(
    code="SH411",
    name="programme-school",
    description="программа — одна на школу ШНОР/НСУ, период идёт по порядку",
    check_records=check,
)
