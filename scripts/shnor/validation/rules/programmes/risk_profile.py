"""SH412 programme-risk-profile: one assessment a year, each factor once; measures address assessed risks."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence

from shnor.problems import Problem
from shnor.records.programmes import ProgrammeRecord
from shnor.records.repository import Repository
from shnor.validation.rules.base import Rule


def check(records: Sequence[ProgrammeRecord], repo: Repository) -> Iterator[Problem]:
    levels = repo.taxonomies["risk_levels"]
    factors = repo.taxonomies["risk_factors"]
    for record in records:
        p = record.data
        years = Counter(a.year for a in p.assessments)
        for index, assessment in enumerate(p.assessments):
            where = f"assessments.{index}"
            if years[assessment.year] > 1:
                yield record.problem(f"{where}.year", f"две оценки за {assessment.year} год: оставьте одну на год")
            if assessment.year > repo.today.year:
                yield record.problem(f"{where}.year", f"год оценки {assessment.year} ещё не наступил")
            counted = Counter(r.factor for r in assessment.risks)
            for number, risk in enumerate(assessment.risks):
                if counted[risk.factor] > 1:
                    yield record.problem(
                        f"{where}.risks.{number}.factor",
                        f"фактор «{factors.by_id(risk.factor).name}» оценён дважды в одной оценке",
                    )
        latest = max(p.assessments, key=lambda a: a.year)
        assessed = {r.factor: r.level for r in latest.risks}
        for index, measure in enumerate(p.measures):
            if measure.risk not in assessed:
                yield record.problem(
                    f"measures.{index}.risk",
                    f"фактор «{factors.by_id(measure.risk).name}» не оценён в профиле {latest.year} года",
                    severity="warning",
                )
            elif assessed[measure.risk] == "low":
                yield record.problem(
                    f"measures.{index}.risk",
                    f"фактор «{factors.by_id(measure.risk).name}» в профиле {latest.year} года — "
                    f"«{levels.by_id('low').name}»: проверьте, нужна ли мера",
                    severity="warning",
                )
            if not p.period.start <= measure.deadline.first.year <= p.period.end:
                yield record.problem(
                    f"measures.{index}.deadline",
                    f"срок {measure.deadline} вне периода программы ({p.period.start}–{p.period.end})",
                    severity="warning",
                )


RULE: Rule[ProgrammeRecord] = Rule(
    code="SH412",
    name="programme-risk-profile",
    description="рисковый профиль: одна оценка в год, каждый фактор один раз; меры — по оценённым рискам",
    check_records=check,
)
