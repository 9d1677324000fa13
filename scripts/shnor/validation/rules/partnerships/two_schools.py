"""SH201 partnership-schools: ШНОР/НСУ и школа-партнёр — разные школы из реестра."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from shnor.problems import Problem
from shnor.records.partnerships import PartnershipRecord
from shnor.records.repository import Repository
from shnor.validation.rules.base import Rule


def check(records: Sequence[PartnershipRecord], repo: Repository) -> Iterator[Problem]:
    for record in records:
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


RULE: Rule[PartnershipRecord] = Rule(
    code="SH201",
    name="partnership-schools",
    description="ШНОР/НСУ и школа-партнёр — разные школы из реестра",
    check_records=check,
)
