"""Every data file is read through one loader with limits (shnor.records.data_files): a size limit per kind of file,
checked before reading, and YAML without anchors, aliases, tags, repeated keys or deep nesting. A refusal is a
problem at the file's line, `shnor validate` exits 1, and nothing raises a traceback (issue 14).

The hostile inputs would hang or crash an unguarded loader (an alias bomb expands to 9^9 items, 10,000 nested lists
overflow the recursion of PyYAML's composer); the tests assert the refusal, not a time."""

from __future__ import annotations

from pathlib import Path

import pytest

from shnor.cli import main
from shnor.records import data_files
from shnor.records.yaml_lines import MAX_DEPTH, YamlError, load_lined_yaml, load_yaml
from shnor.validation.checks import validate_repository
from tests.conftest import REPO, TODAY, VALIDATION_FIXTURES, run_build

GOOD = VALIDATION_FIXTURES / "good" / "rabota-s-roditelyami.md"
TAXONOMIES = "data/taxonomies.yml"

ALIAS_BOMB = "\n".join(
    ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    + [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 9)]
) + "\n"


@pytest.fixture
def project(make_project) -> Path:
    return make_project(GOOD)


def _validate(root: Path, capsys) -> tuple[int, str]:
    code = main(["--root", str(root), "validate", "--today", TODAY.isoformat()])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.out


def _append(path: Path, text: str) -> int:
    """Append ``text`` to the file; the line it starts on."""
    original = path.read_text(encoding="utf-8")
    path.write_text(original.rstrip("\n") + "\n" + text, encoding="utf-8")
    return original.rstrip("\n").count("\n") + 2


def _sparse(path: Path, size: int) -> None:
    """A file of ``size`` bytes that takes no room on disk: the limit is checked before anything is read."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        handle.truncate(size)


def test_ten_thousand_nested_lists_in_the_taxonomies_are_refused(project, capsys):
    line = _append(project / TAXONOMIES, "deep: " + "[" * 10_000 + "]" * 10_000 + "\n")
    code, out = _validate(project, capsys)
    assert code == 1
    assert f"{TAXONOMIES}:{line}: ошибка синтаксиса YAML: слишком глубокая вложенность списков и полей" in out


def test_nesting_deeper_than_the_limit_is_refused_at_its_line(project, capsys):
    line = _append(project / TAXONOMIES, "deep:\n" + "".join(f"{'  ' * i}- \n" for i in range(MAX_DEPTH + 5)))
    code, out = _validate(project, capsys)
    assert code == 1
    # The first node too deep: the list under «deep» (next line) is level 1, each «- » one more.
    assert (f"{TAXONOMIES}:{line + MAX_DEPTH + 1}: слишком глубокая вложенность списков и полей (больше {MAX_DEPTH} "
            "уровней)") in out


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (ALIAS_BOMB, "ссылки и якоря YAML (& и *) не допускаются"),
        ("evil: !!python/object/apply:os.system [echo hacked]\n", "теги YAML (tag:yaml.org,2002:python/object/apply"),
        ("levels: []\n", "поле «levels» указано дважды"),
    ],
    ids=["alias-bomb", "tag", "duplicate-key"],
)
def test_aliases_tags_and_repeated_keys_in_the_taxonomies_are_refused(project, capsys, text, fragment):
    line = _append(project / TAXONOMIES, text)
    code, out = _validate(project, capsys)
    assert code == 1
    [reported] = out.splitlines()
    assert reported.startswith(f"{TAXONOMIES}:{line}: ")  # the bomb: at its anchor, where the first alias leads
    assert fragment in reported


def test_a_taxonomies_file_of_the_wrong_shape_is_a_problem_not_a_traceback(project, capsys):
    (project / TAXONOMIES).write_text("- a\n- b\n", encoding="utf-8")
    code, out = _validate(project, capsys)
    assert code == 1
    assert f"{TAXONOMIES}:1: файл должен быть набором справочников" in out
    text = (REPO / TAXONOMIES).read_text(encoding="utf-8").replace("  - id: pedagogical\n", "  - ид: pedagogical\n")
    (project / TAXONOMIES).write_text(text, encoding="utf-8")
    code, out = _validate(project, capsys)
    assert code == 1
    assert "practice_types.0: у значения справочника должны быть поля id и name" in out


def test_an_oversized_taxonomies_file_is_refused_unread(project, capsys):
    _sparse(project / TAXONOMIES, data_files.YAML_LIMIT + 1)
    code, out = _validate(project, capsys)
    assert code == 1
    assert f"{TAXONOMIES}:1: файл слишком большой (2,1 МБ, допустимо до 2,0 МБ)" in out


def test_an_oversized_school_registry_is_refused_unread(project, capsys):
    _sparse(project / "data" / "schools.csv", data_files.SCHOOLS_LIMIT + 1)
    code, out = _validate(project, capsys)
    assert code == 1
    assert "data/schools.csv:1: файл слишком большой (20,1 МБ, допустимо до 20,0 МБ)" in out


def test_a_school_registry_cell_over_the_csv_limit_is_a_problem(project, capsys):
    registry = project / "data" / "schools.csv"
    line = _append(registry, "school-x;" + "x" * 200_000 + "\n")
    code, out = _validate(project, capsys)
    assert code == 1
    assert f"data/schools.csv:{line}: строка не читается как CSV (field larger than field limit" in out


def test_an_oversized_monitoring_table_is_refused_unread(project, capsys):
    (project / "data" / "indicators.yml").write_bytes((REPO / "data" / "indicators.yml").read_bytes())
    _sparse(project / "data" / "monitoring" / "values.csv", data_files.MONITORING_LIMIT + 1)
    code, out = _validate(project, capsys)
    assert code == 1
    assert "data/monitoring/values.csv:1: файл слишком большой (50,1 МБ, допустимо до 50,0 МБ)" in out


@pytest.mark.parametrize("hostile", ["alias-bomb", "oversized", "deep"])
def test_the_indicator_catalogue_is_read_with_the_same_limits(project, capsys, hostile):
    catalogue = project / "data" / "indicators.yml"
    catalogue.write_bytes((REPO / "data" / "indicators.yml").read_bytes())
    if hostile == "oversized":
        _sparse(catalogue, data_files.YAML_LIMIT + 1)
        expected = "data/indicators.yml:1: файл слишком большой"
    elif hostile == "deep":
        line = _append(catalogue, "deep: " + "[" * 10_000 + "]" * 10_000 + "\n")
        expected = f"data/indicators.yml:{line}: ошибка синтаксиса YAML: слишком глубокая вложенность"
    else:
        line = _append(catalogue, ALIAS_BOMB)
        expected = f"data/indicators.yml:{line}: ссылки и якоря YAML"
    code, out = _validate(project, capsys)
    assert code == 1
    assert expected in out


@pytest.mark.parametrize("hostile", ["alias-bomb", "oversized", "tag"])
def test_the_blog_authors_are_read_with_the_same_limits(project, capsys, hostile):
    authors = project / "docs" / "blog" / ".authors.yml"
    authors.parent.mkdir(parents=True)
    authors.write_bytes((REPO / "docs" / "blog" / ".authors.yml").read_bytes())
    if hostile == "oversized":
        _sparse(authors, data_files.YAML_LIMIT + 1)
        expected = "docs/blog/.authors.yml:1: файл слишком большой"
    elif hostile == "tag":
        line = _append(authors, "extra: !!binary aGVsbG8=\n")
        expected = f"docs/blog/.authors.yml:{line}: теги YAML"
    else:
        line = _append(authors, ALIAS_BOMB)
        expected = f"docs/blog/.authors.yml:{line}: ссылки и якоря YAML"
    code, out = _validate(project, capsys)
    assert code == 1
    assert expected in out


def test_blog_authors_of_the_wrong_shape_are_a_problem(project):
    authors = project / "docs" / "blog" / ".authors.yml"
    authors.parent.mkdir(parents=True)
    authors.write_text("authors:\n  - imc\n", encoding="utf-8")
    repo = validate_repository(project, TODAY)
    assert [(p.path, p.line, p.field) for p in repo.errors] == [("docs/blog/.authors.yml", 1, "authors")]


def test_the_repository_data_files_pass_their_limits():
    for rel in ("data/taxonomies.yml", "data/indicators.yml", "docs/blog/.authors.yml"):
        assert data_files.load_data_yaml(REPO / rel, rel).data


@pytest.mark.parametrize("loader", [load_yaml, load_lined_yaml])
def test_front_matter_nesting_has_the_same_limit(loader):
    with pytest.raises(YamlError, match="слишком глубокая вложенность") as refused:
        loader("title: x\nkeywords: " + "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1) + "\n", 2)
    assert refused.value.line == 3
    nested: list = []
    for _ in range(MAX_DEPTH - 1):
        nested = [nested]
    assert loader("k: " + "[" * MAX_DEPTH + "]" * MAX_DEPTH).data == {"k": nested}  # as deep as allowed


@pytest.mark.build
def test_a_refused_data_file_stops_the_site_build(site_project, tmp_path):
    root = site_project(GOOD)
    line = _append(root / TAXONOMIES, ALIAS_BOMB)
    out = tmp_path / "out"
    result = run_build(root, out)
    assert result.returncode != 0
    assert f"{TAXONOMIES}:{line}: ссылки и якоря YAML" in result.stderr
    assert "сайт не собран" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (out / "practices").exists()
