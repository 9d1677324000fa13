"""The text checks run in time linear in a line's length: a contributed file cannot stall validation.

These tests do not time anything. Their inputs are long enough (about 200 KB on one line) that a pattern which
backtracks would make them take minutes (SH109's tag pattern took 5 minutes on a 192 KB line of «<b »; the inline
code and heading patterns were cubic and would not finish at all), so a regression shows as a hung test, and each
test asserts what the check finds, so a faster but wrong pattern fails too.
"""

from __future__ import annotations

import pytest

from shnor.validation.checks import validate_repository
from shnor.validation.markdown_scan import code_spans, prose_lines
from shnor.validation.rules.practices.body_sections import heading
from shnor.validation.rules.practices.unsafe_markup import _line_problems
from tests.conftest import TODAY, VALIDATION_FIXTURES

GOOD = VALIDATION_FIXTURES / "good" / "rabota-s-roditelyami.md"
LONG = 200_000


def test_a_long_line_of_unclosed_tags_in_a_practice_is_reported(make_project, tmp_path):
    """The case that took 5 minutes: one line of «<b » repeated, in a practice body (190 KB: under the record's
    200 KB limit, so SH109 does read it)."""
    text = GOOD.read_text(encoding="utf-8").replace("Кабинет и чай.", "<b " * 63_000)
    practice = tmp_path / "src" / GOOD.name
    practice.parent.mkdir()
    practice.write_text(text, encoding="utf-8")
    (tmp_path / "src" / GOOD.stem).mkdir()
    (tmp_path / "src" / GOOD.stem / "plan.pdf").write_bytes(b"%PDF-1.4\n")
    repo = validate_repository(make_project(practice), TODAY)
    assert [(p.line, p.field, p.message, p.rule) for p in repo.errors] == [
        (47, "текст", "у тега <b> не должно быть атрибутов", "SH109")
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("<b " * (LONG // 3), ["у тега <b> не должно быть атрибутов"]),  # left open at the end of the line
        ("<b " * (LONG // 3) + ">", ["у тега <b> не должно быть атрибутов"]),  # one tag with long attributes
        ("<b " * (LONG // 3) + "<iframe", ["у тега <b> не должно быть атрибутов"]),
        ("x " * (LONG // 2) + "<iframe src=x", ["тег <iframe> запрещён: на сайте нельзя размещать скрипты, "
                                                  "встроенные окна и стили"]),
        ("{a=" * (LONG // 3), []),  # attribute lists that never close
        ("{a=" * (LONG // 3) + "}", []),
        ("<a:" * (LONG // 3), []),  # autolinks that never close
        ("<javascript:" * (LONG // 12) + ">",
         ["ссылка со схемой «javascript:» запрещена; допустимы https://, http://, mailto:, tel:"]),
        ("<!--" * (LONG // 4), ["HTML-комментарии не допускаются: удалите «<!-- … -->»"]),
        ("](" * (LONG // 2), []),
        ("on" * (LONG // 2), []),
    ],
    ids=lambda value: repr(value[:14]) if isinstance(value, str) else None,
)
def test_unsafe_markup_on_a_long_line(line, expected):
    assert list(dict.fromkeys(_line_problems(line))) == expected


def test_inline_code_on_a_long_line_of_backticks():
    """One unpaired run of backticks is not code: the tag after it is still found (the old pattern with a back
    reference was cubic in the run's length)."""
    line = "a" + "`" * (LONG // 2) + "a" * (LONG // 2) + "<script>"  # «a» first: not a code fence
    [(_, text)] = prose_lines(line, 1)
    assert text == line
    assert "тег <script> запрещён" in next(iter(_line_problems(text)))
    assert list(code_spans("`a` " * (LONG // 4))) == [(i, i + 3) for i in range(0, LONG, 4)]


@pytest.mark.parametrize(
    ("line", "spans"),
    [
        ("`<b>`", [(0, 5)]),
        ("``a`b``", [(0, 7)]),
        ("```a`", [(0, 5)]),  # a run with no equal closes at a shorter one
        ("\\`<b>`", []),  # an escaped backtick is text
        ("\\\\`<b>`", [(2, 7)]),  # an escaped backslash is not
        ("a\\` `` ````a`", [(8, 13)]),  # the skip after an unpaired run goes into the next run
    ],
)
def test_code_spans_are_paired_as_python_markdown_pairs_them(line, spans):
    assert list(code_spans(line)) == spans


def test_a_heading_with_long_spaces():
    title = "Проблема" + " " * LONG + "итоги"
    assert heading(f"## {title}") == title
    assert heading("## Проблема" + " " * LONG + "##" + " " * LONG) == "Проблема"
    assert heading("## Проблема ##") == "Проблема"
    assert heading("##" + " " * LONG) == " "
    assert heading("#" * LONG) is None
