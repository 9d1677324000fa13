"""The «Предложить практику» form is rendered at build time from the taxonomies and the school registry."""

from __future__ import annotations

import json
import re

from shnor.kinds import load_repository
from shnor.site.generated import SiteContext
from shnor.site.pages.practices.contribute_form import DATA_ID, form_html
from shnor.site.pages.practices.contribute_pages import SCHOOLS_PATH, generate
from tests.conftest import FIXTURES, TODAY


def _form(make_project, tmp_path, schools=FIXTURES / "schools.csv") -> tuple[str, SiteContext]:
    root = make_project(schools=schools)
    ctx = SiteContext(load_repository(root, TODAY), TODAY, "http://x/", "https://github.com/o/r", {})
    return form_html(ctx), ctx


def test_every_choice_comes_from_the_taxonomies(make_project, tmp_path):
    html, ctx = _form(make_project, tmp_path)
    taxonomies = ctx.repo.taxonomies
    for key, name in [
        ("practice_types", "type"), ("levels", "levels"), ("risk_factors", "risk_factors"),
        ("subjects", "subjects"), ("licenses", "license"),
    ]:  # fmt: skip
        values = re.findall(rf'name="{name}" value="([^"]+)"', html)
        assert values == taxonomies[key].names
    assert re.findall(r'<option value="([^"]+)">', html.split('name="direction"')[1].split("</select>")[0]) == (
        taxonomies["directions"].names
    )
    sections = re.findall(r'data-section="([^"]+)"', html)
    assert sections == list(taxonomies.body_sections)
    schools = re.findall(r"<option[^>]*>", html.split('name="school"')[1].split("</select>")[0])
    assert schools == ['<option value="">']  # the schools come from their own file (below)


def _school_file(ctx: SiteContext) -> list[dict[str, str]]:
    files = {f.path: f.content for f in generate(ctx)}
    return json.loads(files[SCHOOLS_PATH])


def test_the_schools_file_lists_the_registry_by_municipality_and_name(make_project, tmp_path):
    registry = tmp_path / "schools.csv"
    text = (FIXTURES / "schools.csv").read_text(encoding="utf-8")
    # Школа В moves to a municipality that sorts first («А» < «Т»); the other two stay, ordered by short name.
    registry.write_text(text.replace("Школа В,Тестовый округ", "Школа В,Азовский район"), encoding="utf-8")
    html, ctx = _form(make_project, tmp_path, schools=registry)
    assert _school_file(ctx) == [
        {"id": "school-c", "name": "Школа В", "municipality": "Азовский район"},
        {"id": "school-b", "name": "Гимназия Б", "municipality": "Тестовый округ"},
        {"id": "school-a", "name": "Школа А", "municipality": "Тестовый округ"},
    ]
    match = re.search(rf'<script type="application/json" id="{DATA_ID}">(.*?)</script>', html, re.S)
    assert match
    assert json.loads(match.group(1))["schoolsUrl"] == "schools.json"  # contribute/ -> contribute/schools.json
    assert "Азовский" not in html  # the page does not grow with the registry


def test_embedded_data_carries_the_schema_and_cannot_close_its_script(make_project, tmp_path):
    registry = tmp_path / "schools.csv"
    text = (FIXTURES / "schools.csv").read_text(encoding="utf-8")
    registry.write_text(text.replace("Школа А", "Школа </script><img src=x onerror=alert(1)>"), encoding="utf-8")
    _, ctx = _form(make_project, tmp_path, schools=registry)
    hostile = "https://github.com/o/r</script><img src=x onerror=alert(1)>"
    html = form_html(SiteContext(ctx.repo, TODAY, "http://x/", hostile, {}))
    match = re.search(rf'<script type="application/json" id="{DATA_ID}">(.*?)</script>', html, re.S)
    assert match, "the data script must end at its own closing tag"
    data = json.loads(match.group(1))
    assert data["repoUrl"] == hostile
    assert data["status"] == "на рассмотрении"
    assert data["schema"]["properties"]["title"]["minLength"] == 5
    assert "<img src=x" not in html.replace(match.group(0), "")  # inside the script it is JSON text, never markup
    # The school names are not in the page: they are JSON in their own file, set as text by the script.
    assert any("</script><img" in s["name"] for s in _school_file(ctx))
