"""`shnor new practice` writes a file that fails only on the fields left empty, and passes once they are filled."""

from __future__ import annotations

import re

import pytest

from shnor.cli import main
from shnor.contrib.slug import slugify
from shnor.validation.checks import validate_repository
from tests.conftest import TODAY

FILLED = [
    "--title", "Родительский клуб в сельской школе",
    "--summary", "Ежемесячные встречи родителей с учителями повысили посещаемость собраний вдвое.",
    "--school", "school-a",
    "--author", "Тестовый Автор; учитель начальных классов", "--consent",
    "--type", "педагогическая",
    "--direction", "upbringing-family",
    "--level", "НОО", "--grade", "2", "--grade", "3",
    "--risk", "низкий уровень вовлечённости родителей",
    "--license", "CC BY 4.0",
    "--keyword", "родители",
]  # fmt: skip


def _new(root, *args: str) -> int:
    return main(["--root", str(root), "new", "practice", "--no-interactive", *args])


@pytest.fixture
def project(make_project, monkeypatch):
    monkeypatch.setenv("SHNOR_TODAY", TODAY.isoformat())
    return make_project()


def test_scaffold_with_arguments_validates_at_once(project):
    assert _new(project, *FILLED) == 0
    path = project / "practices" / "roditelskiy-klub-v-selskoy-shkole.md"
    text = path.read_text(encoding="utf-8")
    assert "status: на рассмотрении" in text
    assert "direction: организация воспитательной работы, работы с семьёй" in text  # ids become Russian names
    assert re.findall(r"^## (.+)$", text, re.M) == [
        "Проблема", "Что сделано", "Необходимые ресурсы", "Результаты", "Как повторить", "Контакты",
    ]  # fmt: skip
    assert (project / "practices" / "roditelskiy-klub-v-selskoy-shkole").is_dir()
    repo = validate_repository(project, TODAY)
    assert repo.problems == []
    assert [r.data.id for r in repo.practices] == ["roditelskiy-klub-v-selskoy-shkole"]


def test_empty_scaffold_names_each_missing_field_on_its_line(project):
    assert _new(project, "--id", "novaya-praktika") == 0
    path = project / "practices" / "novaya-praktika.md"
    lines = path.read_text(encoding="utf-8").splitlines()
    repo = validate_repository(project, TODAY)
    fields = {p.field for p in repo.errors}
    assert {"title", "summary", "school", "type", "direction", "levels", "risk_factors", "license"} <= fields
    assert "authors.0.consent" in fields
    for problem in repo.errors:
        if problem.field in ("title", "school", "license"):
            assert lines[problem.line - 1].startswith(f"{problem.field}:")


def test_scaffold_validates_once_required_fields_are_filled(project):
    assert _new(project, "--id", "novaya-praktika") == 0
    path = project / "practices" / "novaya-praktika.md"
    text = path.read_text(encoding="utf-8")
    for old, new in {
        'title: ""': "title: Новая практика для проверки",
        'summary: ""': "summary: Краткое описание практики длиной больше двадцати знаков.",
        'school: ""': "school: school-a",
        'name: ""': "name: Иван Петров",
        'position: ""': "position: учитель",
        "consent: false": "consent: true",
        'type: ""': "type: управленческая",
        'direction: ""': "direction: организация работы с педагогами",
        "levels: []": "levels: [ООО]",
        "risk_factors: []": "risk_factors: [дефицит педагогических кадров]",
        'license: ""': "license: CC BY-SA 4.0",
    }.items():
        assert old in text, old
        text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    assert validate_repository(project, TODAY).problems == []


def test_interactive_questions_fill_the_draft(project, monkeypatch, capsys):
    answers = iter(
        [
            "Наставничество молодых педагогов",  # title
            "Опытный учитель сопровождает молодого педагога весь первый год работы.",  # summary
            "1",  # school: the first of the registry
            "Анна Смирнова",  # author
            "учитель математики",
            "да",
            "",  # no more authors
            "1",  # type
            "3",  # direction
            "2",  # levels: ООО
            "2, 3",  # risk factors
            "",  # subjects: none
            "1",  # license
            "5, 6",  # grades
        ]
    )
    monkeypatch.setattr("builtins.input", lambda prompt="": next(answers))
    assert main(["--root", str(project), "new", "practice", "--interactive"]) == 0
    repo = validate_repository(project, TODAY)
    assert repo.problems == [], [p.format() for p in repo.problems]
    practice = repo.practices[0].data
    assert practice.id == "nastavnichestvo-molodyh-pedagogov"
    assert practice.direction == "teachers"
    assert practice.grades == [5, 6]
    assert "Школа:" in capsys.readouterr().out


def test_materials_are_copied_and_listed(project, tmp_path):
    plan = tmp_path / "plan-vstrechi.pdf"
    plan.write_bytes(b"%PDF-1.4\n")
    assert _new(project, *FILLED, "--material", str(plan)) == 0
    slug = "roditelskiy-klub-v-selskoy-shkole"
    assert (project / "practices" / slug / "plan-vstrechi.pdf").is_file()
    assert f"file: {slug}/plan-vstrechi.pdf" in (project / "practices" / f"{slug}.md").read_text(encoding="utf-8")
    assert validate_repository(project, TODAY).problems == []


def test_an_existing_practice_is_never_overwritten(project, capsys):
    assert _new(project, *FILLED) == 0
    assert _new(project, *FILLED) == 1
    assert "уже есть" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Объективность ВПР: перекрёстная проверка", "obektivnost-vpr-perekrestnaya-proverka"),
        ("Щука и ёж — 2024!", "shchuka-i-ezh-2024"),
        (
            "Межшкольный банк заданий по функциональной грамотности для сельских школ",
            "mezhshkolnyy-bank-zadaniy-po-funkcionalnoy-gramotnosti-dlya",
        ),
    ],
)
def test_slug_is_transliterated_and_cut_between_words(title, slug):
    assert slugify(title) == slug
    assert len(slugify(title)) <= 60
