"""Rules for school programmes: the school, the risk profile's assessments, measures and what the programme
points to (documents, practices, roadmap items, indicators). The programme loader runs them (``RULES``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from shnor.problems import Problem
from shnor.records.monitoring_refs import indicator_names, roadmap_items
from shnor.records.record import Record
from shnor.records.repository import Repository
from shnor.validation.rules.base import Rule


def _records(repo: Repository) -> list[Record]:
    return repo.programmes


def check_school(repo: Repository) -> Iterator[Problem]:
    seen: dict[str, str] = {}
    for record in _records(repo):
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


def check_assessments(repo: Repository) -> Iterator[Problem]:
    levels = repo.taxonomies["risk_levels"]
    factors = repo.taxonomies["risk_factors"]
    for record in _records(repo):
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


def check_links(repo: Repository) -> Iterator[Problem]:
    documents = {r.data.id for r in repo.documents}
    practices = {r.data.id for r in repo.practices}
    published = {r.data.id for r in repo.published}
    roadmap = roadmap_items(repo.paths.root)
    indicators = indicator_names(repo.paths.root)
    for record in _records(repo):
        p = record.data
        if p.approved_by and p.approved_by not in documents:
            yield record.problem("approved_by", f"документ «{p.approved_by}» не найден в папке documents/")
        used = [(f"practices.{i}", pid) for i, pid in enumerate(p.practices)] + [
            (f"measures.{m}.practices.{i}", pid) for m, measure in enumerate(p.measures)
            for i, pid in enumerate(measure.practices)
        ]  # fmt: skip
        for field, practice_id in used:
            if practice_id not in practices:
                yield record.problem(field, f"практика «{practice_id}» не найдена в банке (папка practices/)")
            elif practice_id not in published:
                yield record.problem(field, f"практика «{practice_id}» ещё не опубликована", severity="warning")
        if roadmap is not None:
            for index, item in enumerate(p.roadmap):
                if (p.school, item) not in roadmap:
                    yield record.problem(
                        f"roadmap.{index}",
                        f"в дорожной карте школы нет пункта {item} (data/monitoring/roadmap.csv)",
                        severity="warning",
                    )
        if indicators is not None:
            for index, indicator in enumerate(p.indicators):
                if indicator not in indicators:
                    yield record.problem(
                        f"indicators.{index}", f"показатель «{indicator}» не найден в data/indicators.yml"
                    )


RULES: tuple[Rule, ...] = (
    Rule("SH411", "programme-school", "программа — одна на школу ШНОР/НСУ, период идёт по порядку", None, None,
         check_school),
    Rule("SH412", "programme-risk-profile",
         "рисковый профиль: одна оценка в год, каждый фактор один раз; меры — по оценённым рискам", None, None,
         check_assessments),
    Rule("SH413", "programme-links", "документ, практики, пункты дорожной карты и показатели программы существуют",
         None, None, check_links),
)  # fmt: skip
