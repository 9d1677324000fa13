"""The evidence level of a practice, computed from its record rather than claimed by its author.

The steps are cumulative (data/taxonomies.yml, evidence_levels): a step counts only when every earlier one holds,
so a practice tried for a month in two schools is still "описана" until it has been used for a year.
"""

from __future__ import annotations

from datetime import date, timedelta

from shnor.records.practice import Practice

A_YEAR = timedelta(days=365)


def steps_reached(practice: Practice, today: date) -> list[bool]:
    return [
        True,
        practice.since is not None and today - practice.since >= A_YEAR,
        bool(practice.evidence),
        any(adoption.school != practice.school for adoption in practice.adoptions),
    ]


def evidence_level(practice: Practice, today: date) -> int:
    """1-based index into the evidence_levels taxonomy."""
    level = 0
    for reached in steps_reached(practice, today):
        if not reached:
            break
        level += 1
    return level
