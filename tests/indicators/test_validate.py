"""Checks across the monitoring files: each problem on the row's line, in the right column, with the value."""

from __future__ import annotations

from types import SimpleNamespace

from shnor.validation.rules.monitoring import RULES
from tests.conftest import TODAY
from tests.indicators.conftest import HERE


def validate_monitoring(data, today):
    """What the monitoring kind's rules find in ``data`` (as validate_repository runs them)."""
    repo = SimpleNamespace(today=today, cache=SimpleNamespace(enabled=False))
    return sorted(p for rule in RULES for p in rule.run(repo, [data]))


def _problems(monitoring, **tables):
    data, parse = monitoring(**{k: (HERE / v).read_bytes() for k, v in tables.items()})
    return parse + validate_monitoring(data, TODAY)


def _at(problems, line, field):
    return [p for p in problems if p.line == line and p.field == field]


def test_vpr_duplicates_unknown_school_and_marks_not_adding_up(monitoring):
    problems = _problems(monitoring, vpr="vpr_inconsistent.csv")
    assert all(p.path == "data/monitoring/vpr.csv" for p in problems)
    duplicate = _at(problems, 3, "school")
    assert duplicate and duplicate[0].rule == "SH303" and "строке 2" in duplicate[0].message
    unknown = _at(problems, 4, "school")
    assert unknown and unknown[0].rule == "SH301" and "«school-z»" in unknown[0].message
    sums = _at(problems, 5, "participants")
    assert sums and sums[0].rule == "SH305" and "30" in sums[0].message and "35" in sums[0].message
    assert len([p for p in problems if p.severity == "error"]) == 3


def test_values_numerator_unknown_indicator_scope_and_empty_rows(monitoring):
    problems = _problems(monitoring, values="values_inconsistent.csv")
    assert _at(problems, 2, "numerator")[0].message == "числитель 12 больше знаменателя 10"
    assert "«no-such-indicator»" in _at(problems, 3, "indicator")[0].message
    assert "показатель округа" in _at(problems, 4, "school")[0].message
    assert _at(problems, 5, "value") == []  # «да» is a valid flag
    assert "нет ни значения" in _at(problems, 6, "value")[0].message
    assert [p.rule for line, field in ((2, "numerator"), (3, "indicator"), (4, "school"), (6, "value"))
            for p in _at(problems, line, field)] == ["SH304", "SH302", "SH302", "SH306"]


def test_gia_passed_more_than_participants(monitoring):
    text = ("school,year,exam,subject,participants,passed\n"
            "school-a,2025,ОГЭ,математика,20,21\n")
    data, parse = monitoring(gia=text)
    problems = parse + validate_monitoring(data, TODAY)
    assert [(p.line, p.field, p.rule) for p in problems] == [(2, "passed", "SH304")]


def test_seed_files_are_valid(monitoring):
    assert _problems(monitoring, gia="gia_excel_ru.csv") == []


def test_the_repository_demo_data_is_valid():
    from pathlib import Path

    from shnor.validation.checks import validate_repository

    repo = validate_repository(Path(__file__).resolve().parents[2], TODAY)
    mine = [p for p in repo.problems if p.path.startswith(("data/monitoring", "data/indicators"))]
    assert mine == []
