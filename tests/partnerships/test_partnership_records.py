"""Partnership records: each bad fixture holds one kind of error, reported at its file, line and field."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from shnor.validation.checks import validate_repository
from tests.conftest import TODAY

FIXTURES = Path(__file__).parent / "fixtures"

# file stem -> (line, field, a fragment of the message); lines counted by hand in the fixture files.
EXPECTED = {
    "self-partnership": (4, "partner", "не может быть партнёром самой себе"),
    "unknown-school": (3, "school", "школа «school-z» не найдена"),
    "date-outside-term": (13, "activities.0.date", "дата 2025-12 вне срока договора (15.01.2026 — 31.05.2027)"),
    "done-in-future": (26, "activities.2.status", "дата 2026-12-10 ещё не наступила (сегодня 25.11.2026)"),
    "cancelled-without-reason": (18, "activities.1.reason", "укажите причину отмены"),
    "term-reversed": (10, "term.end", "раньше, чем начинается"),
    "wrong-activity-type": (19, "activities.1.type", "недопустимое значение «методичка»"),
    "bad-month": (13, "activities.0.date", "неверная дата «2026-13»"),
}


def project_with(make_project, *files: Path) -> Path:
    root = make_project()
    folder = root / "partnerships"
    folder.mkdir(exist_ok=True)
    for path in files:
        shutil.copy(path, folder / path.name)
    return root


def test_every_bad_fixture_has_an_expectation():
    assert {p.stem for p in (FIXTURES / "bad").glob("*.md")} == set(EXPECTED)


def test_good_partnership_loads_without_problems(make_project):
    root = project_with(make_project, FIXTURES / "good" / "school-b-school-a.md")
    repo = validate_repository(root, TODAY)
    assert repo.problems == []
    [record] = repo.partnerships
    assert (record.data.school, record.data.partner) == ("school-a", "school-b")
    assert [a.status for a in record.data.activities] == ["done", "cancelled", "planned"]
    assert str(record.data.activities[0].date) == "2026-03"


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_bad_partnership_reports_path_line_and_field(make_project, stem):
    root = project_with(make_project, FIXTURES / "bad" / f"{stem}.md")
    repo = validate_repository(root, TODAY)
    line, field, fragment = EXPECTED[stem]
    matching = [p for p in repo.errors if (p.line, p.field) == (line, field)]
    assert matching, [p.format() for p in repo.problems]
    assert all(p.path == f"partnerships/{stem}.md" for p in repo.errors)
    assert fragment in matching[0].message
    assert matching[0].rule == RULE_OF.get(stem, "")  # the schema's problems carry no code


# The rule each bad fixture is caught by (the others fail the schema).
RULE_OF = {
    "self-partnership": "SH201",
    "term-reversed": "SH202",
    "date-outside-term": "SH203",
    "done-in-future": "SH204",
    "cancelled-without-reason": "SH204",
}


def test_planned_activity_past_its_date_is_a_warning(make_project, tmp_path):
    source = (FIXTURES / "good" / "school-b-school-a.md").read_text(encoding="utf-8")
    late = tmp_path / "school-b-school-a.md"
    late.write_text(source.replace("  - date: 2026-12-10", "  - date: 2026-11-02"), encoding="utf-8")
    repo = validate_repository(project_with(make_project, late), TODAY)
    assert repo.errors == []
    [warning] = repo.problems
    assert (warning.line, warning.field, warning.severity) == (26, "activities.2.status", "warning")
