"""Adoptions as the site, the feeds and the exports show them: who takes a published practice over, in which
status (data/taxonomies.yml, adoption_statuses), and the counts «Внедряют: N школ · внедрили: M»."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from shnor.formatting import date_ru, month_ru, plural_ru
from shnor.records.evidence_level import ADOPTED, replicated
from shnor.records.practice import Adoption
from shnor.records.repository import Repository
from shnor.records.schools import School
from shnor.records.when import Period
from shnor.taxonomy import Term
from shnor.views.practice import PracticeView

STATUSES = "adoption_statuses"
IN_PROGRESS, PLANNED, STOPPED = "in-progress", "planned", "stopped"


def _when(period: Period) -> str:
    return month_ru(period.first) if period.is_month else date_ru(period.first)


@dataclass(frozen=True)
class AdoptionView:
    practice: PracticeView
    adoption: Adoption
    index: int  # its place in the practice's ``adoptions``: the field path adoptions.<index> and the row's anchor

    @property
    def school(self) -> School:
        return self.practice.repo.schools[self.adoption.school]

    @property
    def status(self) -> Term:
        return self.practice.repo.taxonomies[STATUSES].by_id(self.adoption.status)

    @property
    def counts_as_replicated(self) -> bool:
        """What the evidence level «повторена в другой школе» counts: «внедрена», with its result."""
        return replicated(self.adoption, self.practice.practice)

    @property
    def period(self) -> str:
        """«сентябрь 2023 — май 2024», «сентябрь 2026 — по сей день», «начало: январь 2027»."""
        a = self.adoption
        if a.finished is not None:
            return f"{_when(a.started)} — {_when(a.finished)}"
        return f"начало: {_when(a.started)}" if a.status == PLANNED else f"{_when(a.started)} — по сей день"

    @property
    def anchor(self) -> str:
        return f"adoption-{self.index + 1}"


def adoptions_of(view: PracticeView) -> list[AdoptionView]:
    return [AdoptionView(view, adoption, index) for index, adoption in enumerate(view.practice.adoptions)]


def every_adoption(repo: Repository) -> list[AdoptionView]:
    """The adoptions of every published practice, in the bank's order: a draft's adoptions are not shown."""
    return [a for record in repo.published for a in adoptions_of(PracticeView(record, repo))]


def by_adopter(repo: Repository) -> dict[str, list[AdoptionView]]:
    """School id -> its adoptions of other schools' published practices, in one pass over the bank."""
    adopted: dict[str, list[AdoptionView]] = {}
    for adoption in every_adoption(repo):
        adopted.setdefault(adoption.adoption.school, []).append(adoption)
    return adopted


@dataclass(frozen=True)
class AdoptionCounts:
    """Schools per status; a school counted once per status even if it wrote two entries in it."""

    by_status: dict[str, int]

    def __getitem__(self, status_id: str) -> int:
        return self.by_status.get(status_id, 0)

    @property
    def total(self) -> int:
        return sum(self.by_status.values())


def count_schools(adoptions: Iterable[AdoptionView]) -> AdoptionCounts:
    pairs = {(a.adoption.status, a.adoption.school) for a in adoptions}
    return AdoptionCounts(dict(Counter(status for status, _ in pairs)))



def counts_line(counts: AdoptionCounts) -> str:
    """«Внедряют: 1 школа · внедрили: 2», then the planned and stopped ones where there are any."""
    doing = counts[IN_PROGRESS]
    parts = [f"Внедряют: {doing} {plural_ru(doing, 'школа', 'школы', 'школ')}", f"внедрили: {counts[ADOPTED]}"]
    if counts[PLANNED]:
        parts.append(f"планируют: {counts[PLANNED]}")
    if counts[STOPPED]:
        parts.append(f"прекратили: {counts[STOPPED]}")
    return " · ".join(parts)


def school_line(adopted: Iterable[AdoptionView]) -> str:
    """One school's adoptions, practices per status: «Внедрила: 1 практику · внедряет: 1», then the planned and
    stopped ones where there are any."""
    pairs = {(a.adoption.status, a.practice.id) for a in adopted}
    counts = Counter(status for status, _ in pairs)
    done = counts[ADOPTED]
    parts = [f"Внедрила: {done} {plural_ru(done, 'практику', 'практики', 'практик')}",
             f"внедряет: {counts[IN_PROGRESS]}"]  # fmt: skip
    if counts[PLANNED]:
        parts.append(f"планирует: {counts[PLANNED]}")
    if counts[STOPPED]:
        parts.append(f"прекратила: {counts[STOPPED]}")
    return " · ".join(parts)
