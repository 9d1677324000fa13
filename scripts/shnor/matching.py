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


def similar_practices(school: School, repo: Repository, limit: int = 8, min_score: float = 4.0) -> list[Match]:
    """Practices of other schools, best first. Levels must overlap: a primary-only school gains nothing from СОО."""
    matches = []
    for record in repo.published:
        origin = repo.schools[record.practice.school]
        if origin.id == school.id or not set(record.practice.levels) & set(school.levels):
            continue
        score, reasons = _context_reasons(school, origin, repo, record)
        if score >= min_score:
            matches.append(Match(record, score, tuple(reasons)))
    matches.sort(key=lambda m: (-m.score, m.record.practice.title))
    return matches[:limit]
