"""Exports are data, never code (issue 14, OWASP CSV injection): a text cell that begins with = + - @, a tab or a
carriage return is written inert — a leading ' in CSV, a string cell (never a formula) in XLSX — in every CSV and
XLSX the project writes: the regional-bank register, api/practices.csv and the monitoring downloads."""

from __future__ import annotations

import csv
import io
import shutil
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import Workbook, load_workbook

from shnor.export.regional_bank import REGISTER_NAME, export_regional_bank
from shnor.indicators.export import csv_bytes, xlsx_bytes
from shnor.indicators.section import report_of
from shnor.kinds import load_repository
from shnor.site.generated import SiteContext
from shnor.site.monitoring.monitoring_pages import roadmap_page
from shnor.site.pages.practices import open_data
from shnor.spreadsheet_cells import append_row, inert
from tests.conftest import FIXTURES, REPO, TODAY, VALIDATION_FIXTURES, new_project

FORMULA = '=HYPERLINK("https://example.org","Открыть")'
STARTS = ["=", "+", "-", "@", "\t", "\r"]


def _saved(values: list) -> list:
    """The cells of a one-row workbook written with append_row, after a save and a load."""
    book = Workbook()
    append_row(book.active, values)
    buffer = io.BytesIO()
    book.save(buffer)
    return list(load_workbook(io.BytesIO(buffer.getvalue())).active[1])


def _csv_rows(raw: bytes | str) -> list[list[str]]:
    text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""), delimiter=";"))


# The helper ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("start", STARTS)
def test_csv_cell_that_begins_like_a_formula_gets_a_quote(start):
    assert inert(f"{start}1+2") == f"'{start}1+2"


@pytest.mark.parametrize("start", STARTS)
def test_xlsx_cell_that_begins_like_a_formula_is_text(start):
    (cell,) = _saved([f"{start}1+2"])
    assert (cell.value, cell.data_type, cell.quotePrefix) == (f"{start}1+2", "s", True)


def test_a_formula_is_written_as_its_text_not_as_a_formula():
    (cell,) = _saved([FORMULA])
    assert (cell.value, cell.data_type, cell.quotePrefix) == (FORMULA, "s", True)
    assert inert(FORMULA) == "'" + FORMULA


def test_numbers_stay_numbers_even_negative():
    assert inert(-3.5) == -3.5 and isinstance(inert(-3.5), float)
    assert inert(-2) == -2 and inert(None) is None
    number, whole = _saved([-3.5, -2])
    assert (number.value, number.data_type, number.quotePrefix) == (-3.5, "n", False)
    assert (whole.value, whole.data_type) == (-2, "n")


def test_plain_russian_text_is_unchanged():
    text = "Родительский клуб в сельской школе; 5–6 классы, 35 % → 72,5 %"
    assert inert(text) == text and inert("") == ""
    (cell,) = _saved([text])
    assert (cell.value, cell.data_type, cell.quotePrefix) == (text, "s", False)


def test_control_characters_become_replacement_characters_instead_of_a_crash():
    assert inert("a\x00b\x1fc") == "a\ufffdb\ufffdc"
    assert inert("строка\nи\tещё") == "строка\nи\tещё"  # line break and tab are text, not control characters here
    (cell,) = _saved(["клуб\x01\x08"])  # openpyxl alone raises IllegalCharacterError
    assert cell.value == "клуб\ufffd\ufffd"


def test_an_error_code_as_text_stays_text():
    (cell,) = _saved(["#N/A"])  # openpyxl alone writes it as an error cell
    assert (cell.value, cell.data_type) == ("#N/A", "s")


def test_monitoring_files_guard_text_but_not_numbers():
    frame = pd.DataFrame({"Школа": ["+Школа", "Школа А"], "Изменение": [-3.5, 1.0], "Код": ["-1", "7"]})
    assert _csv_rows(csv_bytes(frame)) == [
        ["Школа", "Изменение", "Код"],
        ["'+Школа", "-3,5", "'-1"],
        ["Школа А", "1", "7"],
    ]
    sheet = load_workbook(io.BytesIO(xlsx_bytes(frame))).active
    school, change, code = sheet[2]
    assert (school.value, school.data_type, school.quotePrefix) == ("+Школа", "s", True)
    assert (change.value, change.data_type) == (-3.5, "n")
    assert (code.value, code.data_type, code.quotePrefix) == ("-1", "s", True)


# The exports -----------------------------------------------------------------------------------------------------


@pytest.fixture
def formula_practice(make_project) -> Path:
    """The «good» practice (status одобрена, so exported and published) with a formula for a title."""
    root = make_project(VALIDATION_FIXTURES / "good" / "rabota-s-roditelyami.md")
    record = root / "practices" / "rabota-s-roditelyami.md"
    text = record.read_text(encoding="utf-8")
    assert "title: Родительский клуб в сельской школе\n" in text
    record.write_text(text.replace("title: Родительский клуб в сельской школе\n", f"title: '{FORMULA}'\n"), "utf-8")
    return root


def _title_cell(sheet):
    header = [c.value for c in sheet[1]]
    return sheet.cell(row=2, column=header.index("Название практики") + 1)


def test_regional_bank_register_writes_the_formula_title_as_text(formula_practice, tmp_path):
    result = export_regional_bank(formula_practice, TODAY, tmp_path / "out")
    assert result.practices == ["rabota-s-roditelyami"]
    cell = _title_cell(load_workbook(result.register).active)
    assert (cell.value, cell.data_type, cell.quotePrefix) == (FORMULA, "s", True)
    with zipfile.ZipFile(result.archive) as bundle:  # the register inside the ZIP is the same file
        inner = bundle.read(f"regional-bank-{TODAY.isoformat()}/{REGISTER_NAME}")
    cell = _title_cell(load_workbook(io.BytesIO(inner)).active)
    assert (cell.value, cell.data_type) == (FORMULA, "s")


def test_practices_csv_writes_the_formula_title_with_a_quote(formula_practice):
    repo = load_repository(formula_practice, TODAY)
    files = {f.path: f.content for f in open_data.generate(SiteContext(repo, TODAY, "http://x/", "", {}))}
    header, row = _csv_rows(files["api/practices.csv"])
    assert dict(zip(header, row, strict=True))["title"] == "'" + FORMULA
    assert dict(zip(header, row, strict=True))["school_name"] == "МБОУ «Тестовая школа А»"


ROADMAP = (
    "school,item,section,direction,activity,deadline,deadline_text,responsible,planned_result,coverage,percent_done,"
    "reason,updated\n"
    "school-a,1.1,1. Организационные мероприятия,management,Курсы для педагогов,01.06.2026,,Директор,"
    "Курсы пройдены,,50,+2 недели: курсы перенесены,01.09.2026\n"
)


def test_monitoring_roadmap_writes_a_short_name_and_a_comment_as_text(tmp_path):
    registry = tmp_path / "schools.csv"
    registry.write_text(
        (FIXTURES / "schools.csv").read_text(encoding="utf-8").replace(",Школа А,", ",@Школа А,"), encoding="utf-8"
    )
    root = new_project(tmp_path / "project", schools=registry)
    shutil.copy(REPO / "data" / "indicators.yml", root / "data" / "indicators.yml")
    (root / "data" / "monitoring").mkdir()
    (root / "data" / "monitoring" / "roadmap.csv").write_text(ROADMAP, encoding="utf-8")
    repo = load_repository(root, TODAY)
    files = []
    roadmap_page(report_of(repo), SiteContext(repo, TODAY, "http://x/", "", {}), files)
    made = {f.path: f.later() for f in files}

    header, row = _csv_rows(made["monitoring/data/roadmap.csv"])
    row = dict(zip(header, row, strict=True))
    assert row["Школа или уровень"] == "'@Школа А"
    assert row["Причина невыполнения или переноса"] == "'+2 недели: курсы перенесены"
    assert row["Выполнено, %"] == "50"

    sheet = load_workbook(io.BytesIO(made["monitoring/data/roadmap.xlsx"])).active
    header = [c.value for c in sheet[1]]
    cells = {title: sheet.cell(row=2, column=index) for index, title in enumerate(header, start=1)}
    name, reason = cells["Школа или уровень"], cells["Причина невыполнения или переноса"]
    assert (name.value, name.data_type, name.quotePrefix) == ("@Школа А", "s", True)
    assert (reason.value, reason.data_type, reason.quotePrefix) == ("+2 недели: курсы перенесены", "s", True)
    assert cells["Выполнено, %"].data_type == "n"
