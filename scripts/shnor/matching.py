"""«Школы, похожие на мою»: practices that worked in schools whose context resembles a given school's."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from shnor.records.repository import PracticeRecord, Repository
from shnor.records.schools import School


@dataclass(frozen=True)
class Match:
    record: PracticeRecord
    score: float
    reasons: tuple[str, ...]


def _context_reasons(
    school: School, origin: School, repo: Repository, record: PracticeRecord
) -> tuple[float, list[str]]:
    score, reasons = 0.0, []
    if school.settlement == origin.settlement:
        score += 2
        reasons.append("тоже " + ("городская школа" if school.settlement == "urban" else "сельская школа"))
    shared_roles = [
        role for role, a, b in (("ШНОР", school.shnor, origin.shnor), ("НСУ", school.nsu, origin.nsu)) if a and b
    ]
    if shared_roles:
        score += 2
        reasons.append("тоже " + " и ".join(shared_roles))
    shared_levels = [lvl for lvl in record.data.levels if lvl in school.levels]
    if shared_levels:
        score += len(shared_levels) * 0.5
        names = ", ".join(repo.taxonomies["levels"].by_id(level).name for level in shared_levels)
        reasons.append(f"уровни: {names}")
    shared_risks = [risk for risk in record.data.risk_factors if risk in school.risk_factors]
    if shared_risks:
        score += 3 * len(shared_risks)
        names = "; ".join(repo.taxonomies["risk_factors"].by_id(risk).name for risk in shared_risks)
        reasons.append(f"общие факторы риска: {names}")
    return score, reasons


class _Scores:
    """The bank's practices as arrays, built once per repository: every school page scores every practice, and
    1,000 schools × 5,000 practices one at a time in Python took a minute (benchmark, issue 7)."""

    def __init__(self, repo: Repository) -> None:
        self.repo = repo
        self.records = list(repo.published)
        origins = [repo.schools[r.data.school] for r in self.records]
        self.origin = np.array([o.id for o in origins], dtype=object)
        self.settlement = np.array([o.settlement for o in origins], dtype=object)
        self.shnor = np.array([o.shnor for o in origins], dtype=bool)
        self.nsu = np.array([o.nsu for o in origins], dtype=bool)
        self.levels, self.level_ids = self._counts([r.data.levels for r in self.records])
        self.risks, self.risk_ids = self._counts([r.data.risk_factors for r in self.records])
        # Sorting by title, ties in bank order (as Python's stable sort did).
        by_title = sorted(range(len(self.records)), key=lambda i: self.records[i].data.title)
        self.title_rank = np.empty(len(self.records), dtype=np.int64)
        self.title_rank[by_title] = np.arange(len(self.records))

    @staticmethod
    def _counts(lists: list[list[str]]) -> tuple[np.ndarray, dict[str, int]]:
        ids = {value: i for i, value in enumerate(sorted({v for values in lists for v in values}))}
        counts = np.zeros((len(lists), max(1, len(ids))), dtype=np.float64)
        for row, values in enumerate(lists):
            for value in values:
                counts[row, ids[value]] += 1
        return counts, ids

    def _has(self, ids: dict[str, int], values: list[str]) -> np.ndarray:
        vector = np.zeros(self.levels.shape[1] if ids is self.level_ids else self.risks.shape[1])
        for value in values:
            if value in ids:
                vector[ids[value]] = 1
        return vector

    def best(self, school: School, limit: int, min_score: float) -> list[tuple[float, PracticeRecord]]:
        if not self.records:
            return []
        shared_levels = self.levels @ self._has(self.level_ids, school.levels)
        shared_risks = self.risks @ self._has(self.risk_ids, school.risk_factors)
        score = ((self.settlement == school.settlement) * 2.0
                 + ((self.shnor & school.shnor) | (self.nsu & school.nsu)) * 2.0
                 + 0.5 * shared_levels + 3.0 * shared_risks)
        chosen = np.flatnonzero((self.origin != school.id) & (shared_levels > 0) & (score >= min_score))
        order = chosen[np.lexsort((self.title_rank[chosen], -score[chosen]))][:limit]
        return [(float(score[i]), self.records[i]) for i in order]


_LAST: list[_Scores] = []  # the repository being rendered (one per build)


def similar_practices(school: School, repo: Repository, limit: int = 8, min_score: float = 4.0) -> list[Match]:
    """Practices of other schools, best first. Levels must overlap: a primary-only school gains nothing from СОО.
    Reasons are worded only for the practices shown."""
    if not _LAST or _LAST[0].repo is not repo:
        _LAST[:] = [_Scores(repo)]
    matches = []
    for score, record in _LAST[0].best(school, limit, min_score):
        _, reasons = _context_reasons(school, repo.schools[record.data.school], repo, record)
        matches.append(Match(record, score, tuple(reasons)))
    return matches
