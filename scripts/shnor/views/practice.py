"""A practice as the site shows it: taxonomy ids turned into Russian labels, the evidence level computed."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from shnor.records.evidence_level import evidence_level, replicated
from shnor.records.repository import PracticeRecord, Repository
from shnor.records.schools import School
from shnor.taxonomy import Term


@dataclass
class PracticeView:
    record: PracticeRecord
    repo: Repository

    @property
    def practice(self):
        return self.record.data

    @property
    def id(self) -> str:
        return self.practice.id

    @property
    def school(self) -> School:
        return self.repo.schools[self.practice.school]

    def term(self, vocabulary: str, term_id: str) -> Term:
        return self.repo.taxonomies[vocabulary].by_id(term_id)

    def names(self, vocabulary: str, ids: list[str]) -> list[str]:
        return [self.term(vocabulary, i).name for i in ids]

    @property
    def direction(self) -> Term:
        return self.term("directions", self.practice.direction)

    @property
    def practice_type(self) -> Term:
        return self.term("practice_types", self.practice.type)

    @property
    def status(self) -> Term:
        return self.term("review_statuses", self.practice.review.status)

    @property
    def levels(self) -> list[str]:
        return self.names("levels", self.practice.levels)

    @property
    def subjects(self) -> list[str]:
        return self.names("subjects", self.practice.subjects)

    @property
    def risk_factors(self) -> list[str]:
        return self.names("risk_factors", self.practice.risk_factors)

    @cached_property
    def evidence_level(self) -> int:
        return evidence_level(self.practice, self.repo.today)

    @property
    def evidence_term(self) -> Term:
        return self.repo.taxonomies.evidence_levels.terms[self.evidence_level - 1]

    @property
    def adopting_schools(self) -> list[School]:
        """The schools that carried the practice over and got a result (what «повторена в другой школе» counts)."""
        ids = dict.fromkeys(a.school for a in self.practice.adoptions if replicated(a, self.practice))
        return [self.repo.schools[i] for i in ids]

    @property
    def school_context(self) -> str:
        """Where it worked, in the words a colleague compares with their own school."""
        school = self.school
        parts = [self.term("settlements", school.settlement).name]
        roles = [role for role, flag in (("ШНОР", school.shnor), ("НСУ", school.nsu)) if flag]
        parts.append(" и ".join(roles) if roles else "школа-партнёр" if school.partner else "")
        if school.pupils:
            parts.append(f"{school.pupils} обучающихся")
        parts.append(", ".join(self.names("levels", school.levels)))
        return "; ".join(p for p in parts if p)
