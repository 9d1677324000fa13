"""Plain text that cannot be shown safely is refused at its line, in Russian, with exit 1 and no traceback; markup-like
text is accepted and kept as written (shown literally: tests/security/test_inert_values.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from shnor.kinds import load_repository
from shnor.records.plain_text import plain_text_error
from tests.conftest import FIXTURES, TODAY, VALIDATION_FIXTURES, new_project

GOOD = VALIDATION_FIXTURES / "good" / "rabota-s-roditelyami.md"


def _validate(root: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "shnor.cli", "--root", str(root), "validate", "--today",
                           TODAY.isoformat(), "--no-cache"], capture_output=True, text=True, check=False)


def _practice(tmp_path: Path, start: str, new: str) -> Path:
    """The good practice with its line that begins with ``start`` replaced by ``new``."""
    root = new_project(tmp_path, GOOD)
    path = root / "practices" / GOOD.name
    lines = path.read_text(encoding="utf-8").split("\n")
    index = next(i for i, line in enumerate(lines) if line.startswith(start))
    lines[index] = new
    path.write_text("\n".join(lines), encoding="utf-8")
    return root


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("title:", 'title: "Родительский клуб\\nв сельской школе"',
         "practices/rabota-s-roditelyami.md:3: title: в этом поле не может быть символа «перенос строки» (позиция 18): "
         "напишите значение в одну строку"),
        ("title:", 'title: "Родительский клуб\\rв сельской школе"',
         "practices/rabota-s-roditelyami.md:3: title: в этом поле не может быть символа «перенос строки» (позиция 18)"),
        ("  - name: Тестовый Автор", '  - name: "Тестовый \\u202eАвтор"',
         "practices/rabota-s-roditelyami.md:7: authors.0.name: недопустимый невидимый символ U+202E (позиция 10)"),
        ("summary:", 'summary: "\\aЕжемесячные встречи родителей с учителями"',
         "practices/rabota-s-roditelyami.md:4: summary: недопустимый невидимый символ U+0007 (позиция 1)"),
        ("summary:", 'summary: "Ежемесячные встречи\\rродителей с учителями"',
         "practices/rabota-s-roditelyami.md:4: summary: недопустимый символ перевода строки U+000D (позиция 20)"),
    ],
    ids=["line-break-in-title", "carriage-return-in-title", "direction-override", "bell", "lone-cr-in-text"],
)
def test_unsafe_characters_are_refused_at_their_line(tmp_path, old, new, expected):
    result = _validate(_practice(tmp_path, old, new))
    assert result.returncode == 1
    assert expected in result.stdout
    assert "Traceback" not in result.stderr


def test_markup_looking_text_is_accepted_and_kept_as_written(tmp_path):
    title = 'Клуб <b>«Родители»</b> & {{ школа }} =СУММ(1;2)'
    root = _practice(tmp_path, "title:", f"title: '{title}'")
    repo = load_repository(root, TODAY)
    assert [p.format() for p in repo.problems] == []
    assert repo.practices[0].data.title == title


def test_a_control_character_in_the_registry_is_refused_at_its_row(tmp_path):
    schools = tmp_path / "schools.csv"
    schools.write_text(FIXTURES.joinpath("schools.csv").read_text(encoding="utf-8").replace(
        "Гимназия Б,", "Гимназия\x01Б,", 1), encoding="utf-8")
    root = new_project(tmp_path / "project", GOOD, schools=schools)
    result = _validate(root)
    assert result.returncode == 1
    assert "data/schools.csv:3: short_name: недопустимый невидимый символ U+0001 (позиция 9)" in result.stdout


def test_multiline_text_keeps_its_line_breaks():
    assert plain_text_error("первая строка\nвторая\r\nтретья\tс табуляцией", multiline=True) is None
    assert plain_text_error("в одну строку\tс табуляцией", multiline=False) is not None


def test_a_vocabulary_name_with_markup_characters_is_refused(tmp_path):
    """Vocabulary names become blog categories, their page addresses and filter labels."""
    root = new_project(tmp_path, GOOD)
    path = root / "data" / "taxonomies.yml"
    text = path.read_text(encoding="utf-8")
    line = text.split("\n").index("  - {id: news, name: Новости}") + 1
    path.write_text(text.replace("{id: news, name: Новости}", '{id: news, name: "<b>Новости</b>"}'), encoding="utf-8")
    result = _validate(root)
    assert result.returncode == 1
    assert (f"data/taxonomies.yml:{line}: post_categories.1.name: символ «<» (позиция 1) нельзя использовать в "
            "названиях справочников и авторов") in result.stdout
    assert "Traceback" not in result.stderr


def test_a_blog_author_with_markup_characters_is_refused(tmp_path):
    root = new_project(tmp_path, GOOD)
    authors = root / "docs" / "blog" / ".authors.yml"
    authors.parent.mkdir(parents=True)
    authors.write_text('authors:\n  imc:\n    name: ИМЦ\n    description: \'Центр" onmouseover="x\'\n'
                       "    avatar: javascript:alert(1)\n", encoding="utf-8")
    result = _validate(root)
    assert result.returncode == 1
    assert ("docs/blog/.authors.yml:4: authors.imc.description: символ «\"» (позиция 6) нельзя использовать"
            in result.stdout)
    assert ("docs/blog/.authors.yml:5: authors.imc.avatar: ожидается путь к картинке в docs/ (.svg, .png, .jpg, .webp) "
            "или ссылка https://…") in result.stdout
