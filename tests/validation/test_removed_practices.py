"""``data/removed-practices.yml``: each bad fixture holds one kind of error, reported in Russian at the line of the
offending key (lines counted by hand: every bad fixture starts with the good entry of lines 2–4, its bad entry is
the second, field «1.…»), and ``shnor validate`` fails on it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from shnor.cli import main
from shnor.validation.checks import validate_repository
from tests.conftest import TODAY, VALIDATION_FIXTURES

GOOD = VALIDATION_FIXTURES / "good"
FIXTURES = VALIDATION_FIXTURES / "removed"
BAD = FIXTURES / "bad"
FILE = "data/removed-practices.yml"

# file stem -> (line, field, a fragment of the message, rule)
EXPECTED = {
    "current-practice": (5, "1.id", "практика «rabota-s-roditelyami» есть в папке practices/", "SH501"),
    "duplicate-id": (5, "1.id", "запись о «staryy-adres» уже есть на строке 2", "SH501"),
    "replaced-by-draft": (7, "1.replaced_by", "практика «chernovik» — черновик и на сайте не публикуется", "SH502"),
    "replaced-by-missing": (7, "1.replaced_by", "файл practices/net-takoy-praktiki.md не найден", "SH502"),
    "replaced-by-removed": (7, "1.replaced_by", "«staryy-adres» сама снята с публикации или перенесена (строка 2)",
                            "SH502"),
    "replaced-by-itself": (7, "1.replaced_by", "практика не может заменять саму себя", "SH502"),
    "no-reason": (5, "1.reason", "укажите replaced_by (id практики, которая заняла место этой) или reason", "SH503"),
    "future-date": (6, "1.date", "дата 1 декабря 2026 ещё не наступила (сегодня 25 ноября 2026)", "SH504"),
    "impossible-date": (6, "1.date", "неверная дата «2026-02-30»", ""),
    "unknown-field": (8, "1.comment", "неизвестное поле", ""),
    "bad-id": (5, "1.id", "допустимы только строчные латинские буквы, цифры и дефис", ""),
    "multiline-reason": (7, "1.reason", "напишите значение в одну строку", ""),
    "duplicate-key": (8, "", "поле «reason» указано дважды", ""),
    "not-a-list": (1, "", "ожидается список записей", ""),
}


def _project(make_project, fixture: Path) -> Path:
    """The approved rabota-s-roditelyami.md, a draft «chernovik» and ``fixture`` as data/removed-practices.yml."""
    root = make_project(GOOD / "rabota-s-roditelyami.md")
    text = (GOOD / "rabota-s-roditelyami.md").read_text(encoding="utf-8")
    draft = text.replace("rabota-s-roditelyami", "chernovik").replace("status: одобрена", "status: черновик")
    (root / "practices" / "chernovik.md").write_text(draft, encoding="utf-8")
    shutil.copytree(GOOD / "rabota-s-roditelyami", root / "practices" / "chernovik")
    shutil.copy(fixture, root / FILE)
    return root


def test_every_bad_fixture_has_an_expectation():
    assert {p.stem for p in BAD.glob("*.yml")} == set(EXPECTED)


def test_the_good_file_is_clean_and_loaded_in_order(make_project):
    repo = validate_repository(_project(make_project, FIXTURES / "good.yml"), TODAY)
    assert [p.format() for p in repo.problems] == []
    assert [(r.data.id, r.data.replaced_by, r.line) for r in repo.removed] == [
        ("staryy-adres", "rabota-s-roditelyami", 2),
        ("snyataya-praktika", None, 5),
    ]


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_bad_fixture_reports_line_field_and_message(make_project, stem):
    repo = validate_repository(_project(make_project, BAD / f"{stem}.yml"), TODAY)
    line, field, fragment, rule = EXPECTED[stem]
    assert [(p.path, p.line, p.field, p.rule) for p in repo.errors] == [(FILE, line, field, rule)], \
        [p.format() for p in repo.problems]
    assert fragment in repo.errors[0].message


def test_shnor_validate_fails_naming_file_line_and_field(make_project, capsys):
    root = _project(make_project, BAD / "replaced-by-draft.yml")
    assert main(["--root", str(root), "validate", "--today", TODAY.isoformat()]) == 1
    assert f"{FILE}:7: 1.replaced_by: практика «chernovik» — черновик" in capsys.readouterr().out


def test_no_file_no_entries(make_project):
    repo = validate_repository(make_project(GOOD / "rabota-s-roditelyami.md"), TODAY)
    assert repo.removed == [] and repo.problems == []
