"""Arithmetic on risk profiles: one school's change between assessments, and the municipal view — how many
schools have each risk at each level in each year, and how the count of high risks changed year on year."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from shnor.records.programme import Assessment, Programme

LEVELS = ("high", "medium", "low")  # ids of data/taxonomies.yml ``risk_levels``
RANK = {"high": 3, "medium": 2, "low": 1}


def assessments_by_year(programme: Programme) -> list[Assessment]:
    return sorted(programme.assessments, key=lambda a: a.year)


def levels_of(assessment: Assessment) -> dict[str, str]:
    return {risk.factor: risk.level for risk in assessment.risks}


def latest(programme: Programme) -> Assessment:
    return assessments_by_year(programme)[-1]


def high_risks(programme: Programme) -> list[str]:
    """Factors at level «высокий» in the latest assessment, in the order written."""
    return [r.factor for r in latest(programme).risks if r.level == "high"]


@dataclass(frozen=True)
class Change:
    factor: str
    before: str | None  # level id in the previous assessment, None when not assessed then
    after: str | None

    @property
    def direction(self) -> int:
        """-1 the risk went down, +1 up, 0 same; 0 too when either side is missing."""
        if self.before is None or self.after is None:
            return 0
        return (RANK[self.after] > RANK[self.before]) - (RANK[self.after] < RANK[self.before])

    @property
    def words(self) -> str:
        if self.before is None or self.after is None:
            return "нет сравнения"
        return {-1: "снизился", 1: "вырос", 0: "без изменений"}[self.direction]


def changes(programme: Programme, factors: Iterable[str]) -> list[Change]:
    """Per factor, the last two assessments' levels (a single assessment gives no comparison)."""
    ordered = assessments_by_year(programme)
    after = levels_of(ordered[-1])
    before = levels_of(ordered[-2]) if len(ordered) > 1 else {}
    return [Change(f, before.get(f), after.get(f)) for f in factors]


# year -> factor -> level -> number of schools
YearCounts = dict[int, dict[str, Counter]]


def municipal_counts(programmes: Iterable[Programme]) -> YearCounts:
    """Each school counts once per year and factor, with the level of its assessment of that year."""
    counts: YearCounts = {}
    for programme in programmes:
        for assessment in programme.assessments:
            year = counts.setdefault(assessment.year, {})
            for risk in assessment.risks:
                year.setdefault(risk.factor, Counter())[risk.level] += 1
    return dict(sorted(counts.items()))


def schools_assessed(programmes: Iterable[Programme]) -> dict[int, int]:
    found: Counter = Counter()
    for programme in programmes:
        for year in {a.year for a in programme.assessments}:
            found[year] += 1
    return dict(sorted(found.items()))


def high_total(counts: YearCounts, year: int) -> int:
    return sum(levels["high"] for levels in counts.get(year, {}).values())
