"""«Школы, похожие на мою»: practices that worked in schools whose context resembles a given school's."""

from __future__ import annotations

from dataclasses import dataclass

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
    shared_levels = [lvl for lvl in record.practice.levels if lvl in school.levels]
    if shared_levels:
        score += len(shared_levels) * 0.5
        names = ", ".join(repo.taxonomies["levels"].by_id(level).name for level in shared_levels)
        reasons.append(f"уровни: {names}")
    shared_risks = [risk for risk in record.practice.risk_factors if risk in school.risk_factors]
    if shared_risks:
        score += 3 * len(shared_risks)
        names = "; ".join(repo.taxonomies["risk_factors"].by_id(risk).name for risk in shared_risks)
        reasons.append(f"общие факторы риска: {names}")
    return score, reasons


def _score(school: School, origin: School, record: PracticeRecord) -> float:
    """The score of ``_context_reasons`` without its Russian reasons: computed for every practice, so kept cheap."""
    score = 2.0 if school.settlement == origin.settlement else 0.0
    if (school.shnor and origin.shnor) or (school.nsu and origin.nsu):
        score += 2
    score += 0.5 * sum(1 for level in record.practice.levels if level in school.levels)
    return score + 3 * sum(1 for risk in record.practice.risk_factors if risk in school.risk_factors)


def similar_practices(school: School, repo: Repository, limit: int = 8, min_score: float = 4.0) -> list[Match]:
    """Practices of other schools, best first. Levels must overlap: a primary-only school gains nothing from СОО.
    Reasons are worded only for the practices shown: every school page scores every practice (benchmark, issue 7)."""
    scored = []
    levels = set(school.levels)
    for record in repo.published:
        origin = repo.schools[record.practice.school]
        if origin.id == school.id or not levels.intersection(record.practice.levels):
            continue
        score = _score(school, origin, record)
        if score >= min_score:
            scored.append((score, record))
    scored.sort(key=lambda pair: (-pair[0], pair[1].practice.title))
    matches = []
    for score, record in scored[:limit]:
        _, reasons = _context_reasons(school, repo.schools[record.practice.school], repo, record)
        matches.append(Match(record, score, tuple(reasons)))
    return matches
