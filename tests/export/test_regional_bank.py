"""``shnor export regional-bank`` on the demo repository: the register opened with openpyxl has one row per
practice with status «одобрена» or «рекомендована», and the ZIP holds a Word document and the materials of each."""

from __future__ import annotations

import zipfile

import pytest
from docx import Document
from openpyxl import load_workbook

from shnor.cli import main
from tests.conftest import REPO, TODAY

# Counted by hand in practices/*.md: review.status одобрена (6) or рекомендована (5).
EXPORTED = {
    "analiz-vpr-koridor-reshaemosti", "formiruyushchee-ocenivanie-v-nachalnoy-shkole",
    "individualnye-obrazovatelnye-marshruty", "metodicheskiy-den-v-shkole-partnere",
    "nastavnichestvo-molodyh-pedagogov", "obektivnost-vpr-perekrestnaya-proverka",
    "podgotovka-k-oge-po-matematike-v-selskoy-shkole", "profilaktika-deviantnogo-povedeniya",
    "profilnye-proby-i-proforientaciya", "roditelskiy-klub", "vnutrishkolnaya-sistema-povysheniya-kvalifikacii",
}  # fmt: skip
STEM = f"regional-bank-{TODAY.isoformat()}"


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    out = tmp_path_factory.mktemp("export")
    code = main(["--root", str(REPO), "export", "regional-bank", "--out", str(out), "--today", TODAY.isoformat()])
    assert code == 0
    return out


def test_register_has_one_row_per_approved_or_recommended_practice(exported):
    sheet = load_workbook(exported / f"{STEM}.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    assert len(body) == len(EXPORTED) == 11
    assert header[:4] == ("№", "Идентификатор", "Название практики", "Краткое описание")
    assert "Статус рассмотрения" in header and "Уровень доказанности" in header
    assert {row[1] for row in body} == EXPORTED
    assert [row[0] for row in body] == list(range(1, 12))
    status = header.index("Статус рассмотрения")
    assert {row[status] for row in body} == {"одобрена", "рекомендована"}


def test_register_row_holds_the_practice_in_russian(exported):
    sheet = load_workbook(exported / f"{STEM}.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    row = dict(zip(header, next(r for r in rows if r[1] == "nastavnichestvo-molodyh-pedagogov"), strict=True))
    assert row["Школа"].startswith("Муниципальное автономное общеобразовательное учреждение «Средняя")
    assert row["Уровни образования"] == "НОО, ООО"
    assert row["Уровень доказанности"] == "повторена в другой школе"
    assert row["Повторена в школах"] == "ООШ с. Каменка"
    assert "36,7% (2020) → 28,4% (2023)" in row["Результаты «до» и «после»"]
    assert row["Применяется с"].date().isoformat() == "2022-09-01"


def test_archive_holds_a_printable_document_and_the_materials_of_each_practice(exported):
    with zipfile.ZipFile(exported / f"{STEM}.zip") as bundle:
        names = bundle.namelist()
        documents = [n for n in names if n.endswith(".docx") and "/materials/" not in n]
        assert len(documents) == 11
        assert f"{STEM}/реестр-практик.xlsx" in names
        folder = next(n.split("/")[1] for n in documents if n.endswith("/nastavnichestvo-molodyh-pedagogov.docx"))
        assert f"{STEM}/{folder}/materials/polozhenie-o-nastavnichestve.pdf" in names
        with bundle.open(f"{STEM}/{folder}/nastavnichestvo-molodyh-pedagogov.docx") as handle:
            word = Document(handle)
    headings = [p.text for p in word.paragraphs if p.style.name.startswith("Heading")]
    assert headings[0] == "Наставничество «педагог — молодой педагог» в школе с дефицитом кадров"
    sections = ["Проблема", "Что сделано", "Необходимые ресурсы", "Результаты", "Как повторить", "Контакты"]
    assert headings[1:7] == sections
    assert "Рецензент: Методический совет ИМЦ (демо)" in word.paragraphs[-1].text


def test_export_refuses_invalid_records(make_project, tmp_path, capsys):
    root = make_project(REPO / "tests" / "validation" / "fixtures" / "good" / "rabota-s-roditelyami.md")
    bad = root / "practices" / "rabota-s-roditelyami.md"
    bad.write_text(bad.read_text(encoding="utf-8").replace("status: одобрена", "status: одобрено!"), "utf-8")
    code = main(["--root", str(root), "export", "regional-bank", "--out", str(tmp_path / "out")])
    assert code == 1
    assert "выгрузка не создана" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
