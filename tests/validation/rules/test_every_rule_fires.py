"""The rules no other test names by code, each made to fire once on a copy of the demo repository: one line of one
record changed, the problem expected at that line with the rule's code (the lines read in the demo files by hand).
Removing or breaking one of these rules fails its case here."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from shnor.validation.checks import validate_repository
from tests.conftest import REPO, TODAY

FOLDERS = ("data", "practices", "partnerships", "events", "documents", "programmes", "people", "docs/blog")

# code, file, the text as the demo has it, the text changed, the line (or lines) the problems are at
CASES = [
    ("SH103", "practices/analiz-vpr-koridor-reshaemosti.md", "grades: [4, 5, 6, 7, 8]",
     "grades: [4, 5, 6, 7, 8, 11]", 22),  # 11 класс is not НОО or ООО
    ("SH104", "practices/formiruyushchee-ocenivanie-v-nachalnoy-shkole.md", "after: {value: 100, year: 2023}",
     "after: {value: 100, year: 2019}", 39),  # «after» before «before» (2020)
    ("SH110", "practices/analiz-vpr-koridor-reshaemosti.md", "## Результаты",
     "## Результаты\n\nИванов Пётр, 7 «Б» класс, поднялся на две отметки.", 0),  # the line is found below
    ("SH307", "data/monitoring/roadmap.csv", "31.12.2026,в течение 2025–2026 гг.", "01.10.2026,", 4),
    ("SH402", "documents/prikaz-2025-147.md", "valid_to: 2026-12-31", "valid_to: 2025-01-01", 12),
    ("SH412", "programmes/nosh-ozerki.md", "source: анкеты ФИОКО «500+»\n    risks:\n      - {factor: equipment, "
     "level: высокий}\n      - {factor: staff-shortage", "source: анкеты ФИОКО «500+»\n    risks:\n      - {factor: "
     "equipment, level: высокий}\n      - {factor: equipment", (16, 17)),  # equipment twice in 2024: both lines
    ("SH421", "people/kuznetsov-dmitriy.md", "contacts: {email: kuznetsov.do@example.org, phone: ",
     "contacts: {hours: ", 12),  # office hours, no email or phone
]  # fmt: skip


@pytest.fixture(scope="module")
def demo_copy(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("demo-records")
    for folder in FOLDERS:
        shutil.copytree(REPO / folder, root / folder)
    return root


@pytest.mark.parametrize(("code", "rel", "old", "new", "line"), CASES, ids=[c[0] for c in CASES])
def test_the_rule_fires_at_the_changed_line(demo_copy, code, rel, old, new, line):
    path = demo_copy / rel
    original = path.read_text(encoding="utf-8")
    assert original.count(old) == 1, f"{rel} no longer has {old!r} once"
    assert not [p for p in validate_repository(demo_copy, TODAY, cache=False).problems if p.rule == code]
    path.write_text(original.replace(old, new), encoding="utf-8")
    try:
        found = [p for p in validate_repository(demo_copy, TODAY, cache=False).problems if p.rule == code]
    finally:
        path.write_text(original, encoding="utf-8")
    if not line:  # a line added to the text: the line after the heading's blank line
        line = original.splitlines().index(old) + 3
    lines = line if isinstance(line, tuple) else (line,)
    assert [(p.path, p.line) for p in found] == [(rel, n) for n in lines], [p.format() for p in found]
