"""CONTRIBUTING.md's tables and schema/practice.schema.json are generated from data/taxonomies.yml and the model."""

from __future__ import annotations

import datetime as dt
import json
import shutil

import jsonschema
import pytest
import yaml

from shnor.cli import main
from shnor.contrib.generated_docs import CONTRIBUTING, MissingMarkers, outdated, with_block
from shnor.contrib.json_schema import SCHEMA_PATH, practice_schema
from shnor.paths import ProjectPaths
from shnor.records.practices import practice_files
from shnor.site.pages.practices.contribute_pages import generate
from shnor.taxonomy import taxonomies_at
from tests.conftest import REPO


def test_committed_files_are_up_to_date():
    assert outdated(REPO) == [], "выполните «shnor docs» и добавьте изменения в коммит"


def test_contributing_lists_every_vocabulary_value():
    text = (REPO / CONTRIBUTING).read_text(encoding="utf-8")
    taxonomies = taxonomies_at(REPO)
    for key in ("practice_types", "directions", "levels", "subjects", "risk_factors", "licenses", "review_statuses"):
        for term in taxonomies[key]:
            assert f"| {term.name} | `{term.id}` |" in text
    for title in taxonomies.body_sections:
        assert f"`## {title}`" in text


def test_docs_check_fails_on_a_stale_copy_and_docs_repairs_it(tmp_path, capsys):
    shutil.copytree(REPO / "data", tmp_path / "data")
    shutil.copy(REPO / CONTRIBUTING, tmp_path / CONTRIBUTING)
    (tmp_path / "data" / "taxonomies.yml").write_text(
        (REPO / "data" / "taxonomies.yml")
        .read_text(encoding="utf-8")
        .replace(
            "  - {id: pe, name: физическая культура}",
            "  - {id: pe, name: физическая культура}\n  - {id: chess, name: шахматы}",
        ),
        encoding="utf-8",
    )
    assert main(["--root", str(tmp_path), "docs", "--check"]) == 1
    assert "CONTRIBUTING.md: устарел" in capsys.readouterr().err
    assert main(["--root", str(tmp_path), "docs"]) == 0
    assert "| шахматы | `chess` |" in (tmp_path / CONTRIBUTING).read_text(encoding="utf-8")
    assert (
        "шахматы"
        in json.loads((tmp_path / SCHEMA_PATH).read_text(encoding="utf-8"))["properties"]["subjects"]["items"]["enum"]
    )
    assert main(["--root", str(tmp_path), "docs", "--check"]) == 0


def test_block_needs_its_markers():
    with pytest.raises(MissingMarkers):
        with_block("# Без меток\n", "таблица")


def _front_matter(path):
    text = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
    data = yaml.safe_load(text.split("---\n", 2)[1])

    def plain(value):  # YAML dates arrive as date objects; in the file they are ISO strings
        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items()}
        if isinstance(value, list):
            return [plain(v) for v in value]
        return value

    return plain(data)


def test_schema_accepts_every_demo_practice_and_refuses_a_wrong_value():
    schema = practice_schema(taxonomies_at(REPO))
    jsonschema.Draft7Validator.check_schema(schema)
    validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)
    files = practice_files(ProjectPaths(REPO))
    assert files
    for path in files:
        errors = [f"{list(e.path)}: {e.message}" for e in validator.iter_errors(_front_matter(path))]
        assert errors == [], path.name
    broken = _front_matter(files[0]) | {"direction": "просто работа", "render_macros": True}
    messages = [e.message for e in validator.iter_errors(broken)]
    assert any("просто работа" in m for m in messages)
    assert any("render_macros" in m for m in messages)


def test_schema_enums_come_from_the_taxonomies():
    taxonomies = taxonomies_at(REPO)
    schema = practice_schema(taxonomies)
    direction = schema["properties"]["direction"]
    assert direction["enum"] == [*taxonomies["directions"].names, *taxonomies["directions"].ids]
    assert direction["title"] == "Направление работы"
    assert schema["properties"]["levels"]["items"]["enum"][:3] == ["НОО", "ООО", "СОО"]
    assert schema["$defs"]["Author"]["properties"]["consent"]["const"] is True


def test_the_site_publishes_the_same_schema(make_project):
    from shnor.kinds import load_repository
    from shnor.site.generated import SiteContext
    from tests.conftest import TODAY

    root = make_project()
    repo = load_repository(root, TODAY)
    files = {f.path: f.content for f in generate(SiteContext(repo, TODAY, "http://x/", "", {}))}
    assert list(files) == [SCHEMA_PATH, "contribute/schools.json"]  # the form's schools: tests/contrib/test_form.py
    assert files[SCHEMA_PATH] == (REPO / SCHEMA_PATH).read_text(encoding="utf-8")
