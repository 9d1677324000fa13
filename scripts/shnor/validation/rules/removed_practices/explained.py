"""SH503 removed-explained: указано, куда перенесена практика (replaced_by) или почему снята (reason)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from shnor.problems import Problem
from shnor.records.removed_practices import RemovedRecord
from shnor.records.repository import Repository
from shnor.validation.rules.base import Rule


def check(records: Sequence[RemovedRecord], repo: Repository) -> Iterator[Problem]:
    """SH503: the page at the old address has something to say."""
    for record in records:
        if record.data.replaced_by is None and record.data.reason is None:
            yield record.problem("reason", "укажите replaced_by (id практики, которая заняла место этой) или "
                                           "reason (одно предложение для читателей: почему практика снята с "
                                           "публикации)")


RULE: Rule[RemovedRecord] = Rule(
    code="SH503",
    name="removed-explained",
    description="указано, куда перенесена практика (replaced_by) или почему снята (reason)",
    check_records=check,
)
