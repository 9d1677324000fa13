"""SH301 monitoring-schools: monitoring rows name registry schools (or @municipality, @region, @russia)."""

from __future__ import annotations

from collections.abc import Iterator

from shnor.indicators.model import REFERENCES, MonitoringData
from shnor.indicators.schema import TABLES
from shnor.problems import Problem
from shnor.records.repository import Repository
from shnor.validation.rules.base import Rule
from shnor.validation.rules.monitoring._rows import distinct, row_problems


def check(data: MonitoringData, repo: Repository) -> Iterator[Problem]:
    known = data.school_ids() | set(REFERENCES)
    problems = []
    for name in TABLES:
        rows = getattr(data, name)
        bad = rows[rows["school"].notna() & ~rows["school"].isin(known)]
        problems += row_problems(data, name, bad, "school", "школы «{school}» нет в реестре data/schools.csv; для "
                                 "строк округа, региона и России пишите @municipality, @region, @russia", "SH301")
    yield from distinct(problems)


RULE: Rule[MonitoringData] = Rule(
    code="SH301",
    name="monitoring-schools",
    description="строки мониторинга относятся к школам из реестра (или @municipality, @region, @russia)",
    check_record=check,
)
