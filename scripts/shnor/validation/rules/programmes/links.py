"""SH413 programme-links: документ, практики, пункты дорожной карты и показатели программы существуют."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from shnor.problems import Problem
from shnor.records.monitoring_refs import indicator_names, roadmap_items
from shnor.records.programmes import ProgrammeRecord
from shnor.records.repository import Repository
from shnor.validation.rules.base import Rule


def check(records: Sequence[ProgrammeRecord], repo: Repository) -> Iterator[Problem]:
    documents = {r.data.id for r in repo.documents}
    practices = {r.data.id for r in repo.practices}
    published = {r.data.id for r in repo.published}
    roadmap = roadmap_items(repo.paths.root)
    indicators = indicator_names(repo.paths.root)
    for record in records:
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


RULE: Rule[ProgrammeRecord] = Rule(
    code="SH413",
    name="programme-links",
    description="документ, практики, пункты дорожной карты и показатели программы существуют",
    check_records=check,
)
