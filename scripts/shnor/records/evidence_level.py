"""The evidence level of a practice, computed from its record rather than claimed by its author.

The steps are cumulative (data/taxonomies.yml, evidence_levels): a step counts only when every earlier one holds,
so a practice tried for a month in two schools is still "описана" until it has been used for a year.
"""

from __future__ import annotations

from datetime import date, timedelta

from shnor.records.practice import Adoption, Practice

ADOPTED = "adopted"  # data/taxonomies.yml, adoption_statuses: «внедрена»

A_YEAR = timedelta(days=365)


def steps_reached(practice: Practice, today: date) -> list[bool]:
    return [
        True,
        practice.since is not None and today - practice.since >= A_YEAR,
        bool(practice.evidence),
        any(replicated(adoption, practice) for adoption in practice.adoptions),
    ]


def replicated(adoption: Adoption, practice: Practice) -> bool:
    """The practice was carried over to another school and worked there: planned, ongoing or stopped ones do not
    count, nor one without its result."""
    return adoption.school != practice.school and adoption.status == ADOPTED and bool(adoption.result)


def evidence_level(practice: Practice, today: date) -> int:
    """1-based index into the evidence_levels taxonomy."""
    level = 0
    for reached in steps_reached(practice, today):
        if not reached:
            break
        level += 1
    return level
