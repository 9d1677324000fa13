"""Every contributed value is inert: a hostile payload in every free-text field of every record kind (found by
walking the schemas, tests/security/hostile.py) passes validation and reaches the site only as text."""

from __future__ import annotations

import csv
import html
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree

import openpyxl
import pytest
from icalendar import Calendar

from tests.conftest import run_build
from tests.security.hostile import Markers, make_hostile_project, payload

# Under pytest-xdist (scripts/test.sh) this module's tests go to one worker: the site its fixture builds is
# built once.
pytestmark = [pytest.mark.build, pytest.mark.xdist_group("test_inert_values")]

_LEAKED = re.compile(r"^data-c(\d+)$")
_SCRIPT_LINK = re.compile(r"^\s*javascript:c(\d+)", re.IGNORECASE)
_RENDERED = re.compile(r"z(\d+)zz\1z")
_FORMULA = re.compile(r"^=m(\d+)")


class _Attributes(HTMLParser):
    """The numbers of the payloads that became an attribute or an element's attribute."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.leaked: set[int] = set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if found := _LEAKED.match(name) or _SCRIPT_LINK.match(value or ""):
                self.leaked.add(int(found.group(1)))

    handle_startendtag = handle_starttag


def _html_leaks(text: str) -> set[int]:
    parser = _Attributes()
    parser.feed(text)
    parser.close()
    return parser.leaked


def _json_strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in _json_strings(item)]
    if isinstance(value, list):
        return [s for item in value for s in _json_strings(item)]
    return []


def _leaks(path: Path) -> set[int]:
    """Payload numbers that ``path`` publishes as markup or as a formula."""
    suffix = path.suffix
    if suffix == ".xlsx":
        book = openpyxl.load_workbook(path)
        return {int(m.group(1)) for sheet in book for row in sheet.iter_rows() for cell in row
                if cell.data_type == "f" and (m := re.search(r"m(\d+)", str(cell.value)))}
    text = path.read_text(encoding="utf-8-sig")
    if suffix == ".html":
        return _html_leaks(text)
    if suffix == ".json" and path.name.startswith(("search_index", "feed_json")):
        # Material's search and feed readers treat titles and texts as HTML; the open-data API is plain data
        return {n for s in _json_strings(json.loads(text)) for n in _html_leaks(s)}
    if suffix == ".xml":  # RSS: an item's title is text, its description is HTML once the reader decodes the XML
        return _html_leaks(text) | {n for el in ElementTree.fromstring(text).iter() if el.tag == "description"
                                    for n in _html_leaks(el.text or "")}
    if suffix == ".csv":
        return {int(m.group(1)) for row in csv.reader(io.StringIO(text), delimiter=";" if ";" in text[:500] else ",")
                for cell in row if (m := _FORMULA.match(cell))}
    if suffix == ".ics":
        Calendar.from_ical(text)  # still a calendar
        return set()
    return set()


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> tuple[Path, Markers]:
    project = tmp_path_factory.mktemp("hostile")
    markers = make_hostile_project(project)
    out = project / "site-out"
    result = run_build(project, out)
    assert result.returncode == 0, result.stderr[-4000:]
    return out, markers


def test_every_free_text_field_of_every_kind_is_filled(hostile_site):
    _, markers = hostile_site
    # RiskLevel.note is optional and no demo programme has one; every other declared field is covered.
    assert markers.declared - markers.filled <= {"RiskLevel.note"}
    assert len(markers.fields) > 1000


def test_no_payload_becomes_markup_a_formula_or_a_template(hostile_site):
    site, markers = hostile_site
    leaks: dict[int, list[str]] = {}
    rendered: dict[int, list[str]] = {}
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        rel = path.relative_to(site).as_posix()
        if path.suffix in (".html", ".json", ".xml", ".csv", ".ics", ".xlsx"):
            for n in _leaks(path):
                leaks.setdefault(n, []).append(rel)
        if path.suffix in (".html", ".json", ".xml", ".csv", ".ics", ".txt", ".js"):
            for n in {int(m) for m in _RENDERED.findall(path.read_text(encoding="utf-8-sig", errors="replace"))}:
                rendered.setdefault(n, []).append(rel)
    described = {markers.fields[n]: files[:3] for n, files in sorted(leaks.items())}
    assert described == {}, f"{len(leaks)} payloads reached the site as markup or formulas"
    assert {markers.fields[n]: files[:3] for n, files in sorted(rendered.items())} == {}


def test_payloads_are_shown_literally(hostile_site):
    """Escaped is not enough: the text itself is on the page, so nothing valid is lost."""
    site, markers = hostile_site
    page = (site / "practices" / "analiz-vpr-koridor-reshaemosti" / "index.html").read_text(encoding="utf-8")
    n = next(n for n, where in markers.fields.items() if where == "practices/analiz-vpr-koridor-reshaemosti.md.title")
    assert n % 2 == 1  # the payload with an element
    shown = {
        "title": re.search(r"<title>(.*?) - Банк практик", page).group(1),
        "header": re.search(r'header-topic">\s*<span class="md-ellipsis">\s*(.*?)\s*<', page).group(1),
        "heading": re.search(r"<h1[^>]*>(.*?)<a class=\"headerlink\"", page).group(1),
    }
    assert {where: html.unescape(text) for where, text in shown.items()} == dict.fromkeys(shown, payload(n))
