"""School programmes: the risk-profile arithmetic on the demo programmes (counted by hand from programmes/*.md)
and the rules SH411–SH413 at the offending line."""

from __future__ import annotations

from pathlib import Path

import pytest

from shnor.kinds import load_repository
from shnor.records.programmes import programme_of
from shnor.risk_profiles.counts import changes, high_risks, high_total, municipal_counts, schools_assessed
from shnor.validation.checks import validate_repository
from tests.conftest import REPO, TODAY


@pytest.fixture(scope="module")
def demo():
    return load_repository(REPO, TODAY)


def test_every_demo_shnor_and_nsu_school_has_a_programme_with_two_assessments(demo):
    wanted = {s.id for s in demo.schools.values() if s.shnor or s.nsu}
    assert wanted == {"sosh-2-berezovka", "oosh-kamenka", "sosh-5-zarechny", "sosh-lesnoe", "nosh-ozerki"}
    for school_id in wanted:
        programme = programme_of(demo, school_id)
        assert programme is not None, school_id
        assert sorted(a.year for a in programme.data.assessments) == [2024, 2025]
        assert all(len(a.risks) == 10 for a in programme.data.assessments)


# (high, medium, low) schools per factor, counted by hand over the five programmes.
EXPECTED_2024 = {
    "equipment": (2, 1, 2), "staff-shortage": (2, 2, 1), "teacher-competence": (1, 4, 0), "adaptivity": (1, 4, 0),
    "professional-development": (1, 3, 1), "academic-failure": (2, 3, 0), "motivation": (2, 2, 1),
    "environment": (1, 3, 1), "disabilities": (2, 0, 3), "parents": (3, 2, 0),
}  # fmt: skip
EXPECTED_2025 = {
    "equipment": (2, 1, 2), "staff-shortage": (3, 1, 1), "teacher-competence": (0, 4, 1), "adaptivity": (1, 3, 1),
    "professional-development": (0, 3, 2), "academic-failure": (1, 4, 0), "motivation": (0, 4, 1),
    "environment": (0, 4, 1), "disabilities": (1, 1, 3), "parents": (3, 2, 0),
}  # fmt: skip


def test_municipal_counts_per_risk_and_level(demo):
    counts = municipal_counts(p.data for p in demo.programmes)
    assert list(counts) == [2024, 2025]
    for year, expected in ((2024, EXPECTED_2024), (2025, EXPECTED_2025)):
        got = {f: (c["high"], c["medium"], c["low"]) for f, c in counts[year].items()}
        assert got == expected, year
    # 3 + 4 + 3 + 3 + 4 high risks in 2024, 1 + 3 + 2 + 2 + 3 in 2025.
    assert (high_total(counts, 2024), high_total(counts, 2025)) == (17, 11)
    assert schools_assessed(p.data for p in demo.programmes) == {2024: 5, 2025: 5}


def test_a_school_profile_tells_what_went_down_and_up(demo):
    lesnoe = programme_of(demo, "sosh-lesnoe").data
    assert high_risks(lesnoe) == ["staff-shortage", "adaptivity"]
    moved = {c.factor: c.words for c in changes(lesnoe, demo.taxonomies["risk_factors"].ids) if c.direction}
    assert moved == {"staff-shortage": "вырос", "professional-development": "снизился", "motivation": "снизился"}


def test_a_count_gives_each_school_one_vote_per_year():
    from shnor.records.programme import Assessment, Period, Programme, RiskLevel

    def programme(school: str, level: str) -> Programme:
        risk = RiskLevel.model_construct(factor="parents", level=level, note=None)
        assessment = Assessment.model_construct(year=2025, source=None, risks=[risk])
        return Programme.model_construct(id=school, school=school, assessments=[assessment],
                                         period=Period.model_construct(start=2025, end=2026))  # fmt: skip

    counts = municipal_counts([programme("a", "high"), programme("b", "high"), programme("c", "low")])
    assert dict(counts[2025]["parents"]) == {"high": 2, "low": 1}


PROGRAMME = """---
id: {id}
school: {school}
title: Программа перехода школы в эффективный режим работы
period: {{start: 2025, end: 2026}}
goals: [Повысить качество образования]
tasks: [Снизить долю неуспевающих]
assessments:
  - year: 2024
    risks:
      - {{factor: parents, level: высокий}}
      - {{factor: motivation, level: низкий}}
  - year: {second_year}
    risks:
      - {{factor: parents, level: {level}}}
      - {{factor: {factor}, level: средний}}
measures:
  - risk: {measure_risk}
    action: Родительский клуб раз в месяц
    deadline: 2026-03
    responsible: директор
    practices: [{practice}]
---
"""

DEFAULTS = {"id": "school-a", "school": "school-a", "second_year": 2025, "level": "высокий", "factor": "motivation",
            "measure_risk": "parents", "practice": "rabota-s-roditelyami"}  # fmt: skip


def write_programme(root: Path, **changes: object) -> None:
    values = {**DEFAULTS, **changes}
    folder = root / "programmes"
    folder.mkdir(exist_ok=True)
    (folder / f"{values['id']}.md").write_text(PROGRAMME.format(**values), encoding="utf-8")


@pytest.mark.parametrize(
    ("changes", "line", "field", "severity", "fragment"),
    [
        ({"second_year": 2024}, 9, "assessments.0.year", "error", "две оценки за 2024 год"),
        ({"second_year": 2027}, 13, "assessments.1.year", "error", "год оценки 2027 ещё не наступил"),
        ({"factor": "parents"}, 16, "assessments.1.risks.1.factor", "error", "оценён дважды в одной оценке"),
        ({"level": "очень высокий"}, 15, "assessments.1.risks.0.level", "error",
         "недопустимое значение «очень высокий». Допустимые значения: «высокий»; «средний»; «низкий»"),
        ({"measure_risk": "equipment"}, 18, "measures.0.risk", "warning", "не оценён в профиле 2025 года"),
        ({"practice": "net-takoy"}, 22, "measures.0.practices.0", "error", "практика «net-takoy» не найдена"),
        ({"school": "school-b", "id": "school-b"}, 3, "school", "warning", "не отмечена как ШНОР или НСУ"),
        ({"id": "other"}, 2, "id", "error", "«other» должен совпадать с именем файла «school-a-2.md»"),
    ],
)  # fmt: skip
def test_a_bad_programme_is_reported_at_its_line(make_project, changes, line, field, severity, fragment):
    root = make_project(REPO / "tests" / "validation" / "fixtures" / "good" / "rabota-s-roditelyami.md")
    write_programme(root, **changes)
    if changes.get("id") == "other":
        (root / "programmes" / "other.md").rename(root / "programmes" / "school-a-2.md")
    repo = validate_repository(root, TODAY)
    found = [(p.line, p.field, p.severity, p.message) for p in repo.problems if p.path.startswith("programmes/")]
    assert any(f[:3] == (line, field, severity) and fragment in f[3] for f in found), found


def test_a_good_programme_loads_without_problems(make_project):
    root = make_project(REPO / "tests" / "validation" / "fixtures" / "good" / "rabota-s-roditelyami.md")
    write_programme(root)
    repo = validate_repository(root, TODAY)
    assert [p for p in repo.problems if p.path.startswith("programmes/")] == []
    [record] = repo.programmes
    assert high_risks(record.data) == ["parents"]
