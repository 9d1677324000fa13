"""data/synonyms.yml (shnor.site.search_synonyms): the groups the search expands a query with, each bad entry
refused at its line in Russian."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from shnor.problems import RecordError
from shnor.site.search_synonyms import load_synonyms, published, words
from tests.conftest import REPO, VALIDATION_FIXTURES, run_build


def _load(root: Path, text: str) -> list[list[str]]:
    (root / "data").mkdir(exist_ok=True)
    (root / "data" / "synonyms.yml").write_text(text, encoding="utf-8")
    return load_synonyms(root)


def _problems(root: Path, text: str) -> list[str]:
    with pytest.raises(RecordError) as caught:
        _load(root, text)
    return [p.format() for p in caught.value.problems]


def test_the_repository_file_has_the_abbreviations_of_the_programme():
    groups = load_synonyms(REPO)
    by_first = {group[0]: group[1:] for group in groups}
    assert by_first["ОВЗ"] == ["ограниченные возможности здоровья"]
    assert by_first["ФГ"] == ["функциональная грамотность"]
    assert by_first["ШНОР"] == ["школы с низкими результатами обучения"]
    assert by_first["МО"] == ["методическое объединение"]
    assert {"ШМО", "ММО", "НСУ", "ВПР", "ОГЭ", "ЕГЭ", "ГИА", "ИОМ", "ИМЦ", "ФИОКО"} <= set(by_first)
    assert all(len(group) >= 2 for group in groups)


def test_groups_are_read_as_written_and_published_as_json(tmp_path):
    text = "# comment\n- [ОВЗ, ограниченные возможности здоровья]\n- - ИОМ\n  - 'индивидуальный маршрут'\n"
    groups = _load(tmp_path, text)
    assert groups == [["ОВЗ", "ограниченные возможности здоровья"], ["ИОМ", "индивидуальный маршрут"]]
    assert json.loads(published(groups)) == groups
    assert "ОВЗ" in published(groups)  # UTF-8, not \\u escapes


def test_no_file_or_an_empty_file_means_no_synonyms(tmp_path):
    assert load_synonyms(tmp_path) == []
    assert _load(tmp_path, "# nothing yet\n") == []


def test_each_bad_entry_is_reported_at_its_line(tmp_path):
    text = (
        "- [ОВЗ, ограниченные возможности здоровья]\n"  # 1
        "- ФГ\n"  # 2: a term, not a group
        "- [ВПР]\n"  # 3: one term
        "- [ОГЭ, 2024]\n"  # 4: a number
        "- [ИМЦ, '!!!']\n"  # 5: no letters
        "- [овз, ОВЗ-2]\n"  # 6: «ОВЗ» again (another case): already in the group of line 1
        "- [ШМО, школьное МО, шмо]\n"  # 7: twice in its own group
    )
    assert _problems(tmp_path, text) == [
        "data/synonyms.yml:2: 1: группа — это список равнозначных терминов в скобках [ ], например "
        "«- [ОВЗ, ограниченные возможности здоровья]»",
        "data/synonyms.yml:3: 2: в группе должно быть хотя бы два термина: сокращение и расшифровка",
        "data/synonyms.yml:4: 3.1: термин должен быть текстом, а не число: возьмите его в кавычки",
        "data/synonyms.yml:5: 4.1: в термине нет ни одной буквы или цифры",
        "data/synonyms.yml:6: 5.0: «овз» уже есть в группе на строке 1: термин может быть только в одной группе",
        "data/synonyms.yml:7: 6.2: «шмо» повторяется в этой группе",
    ]


def test_the_file_must_be_a_list_and_safe_yaml(tmp_path):
    assert _problems(tmp_path, "ОВЗ: ограниченные возможности здоровья\n") == [
        "data/synonyms.yml:1: ожидается список групп: каждая строка — «- [сокращение, расшифровка]»"]
    aliases = "- &a [ОВЗ, ограниченные возможности здоровья]\n- *a\n"
    assert "ссылки и якоря YAML" in _problems(tmp_path, aliases)[0]
    assert _problems(tmp_path, "- [ОВЗ, 'не закрыто]\n")[0].startswith("data/synonyms.yml:1: ошибка синтаксиса YAML")


@pytest.mark.build
def test_a_bad_file_fails_the_build_with_its_line(site_project):
    project = site_project(VALIDATION_FIXTURES / "good" / "rabota-s-roditelyami.md")
    (project / "data" / "synonyms.yml").write_text("- [ОВЗ]\n", encoding="utf-8")
    result = run_build(project, project / "out")
    assert result.returncode != 0
    assert "data/synonyms.yml:1: 0: в группе должно быть хотя бы два термина" in result.stderr


def test_words_compare_without_case_ending_punctuation_or_yo():
    assert words("Учёт  «ОВЗ»-детей") == ("учет", "овз", "детей")
