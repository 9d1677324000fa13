"""Document records: schema and rules SH401–SH403 at the offending line, and the text of PDF and DOCX files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from shnor.records.file_text import UnreadableFile, extract_text
from shnor.validation.checks import validate_repository
from tests.conftest import REPO, TODAY

DEMO_PDF = REPO / "documents" / "polozhenie-ob-identifikacii-2025.pdf"

GOOD = """---
id: {id}
title: Положение о сетевом взаимодействии
kind: положение
number: "19"
date: 2025-02-10
issuer: Управление образования (демо)
level: муниципальный
directions: [teachers]
{extra}
---
"""


def write_document(root: Path, doc_id: str, extra: str) -> Path:
    folder = root / "documents"
    folder.mkdir(exist_ok=True)
    path = folder / f"{doc_id}.md"
    path.write_text(GOOD.format(id=doc_id, extra=extra), encoding="utf-8")
    return path


def problems_of(root: Path, rel: str) -> list[tuple[int, str, str, str]]:
    repo = validate_repository(root, TODAY)
    return [(p.line, p.field, p.message, p.severity) for p in repo.problems if p.path == rel]


def test_a_document_with_its_pdf_loads_and_its_text_is_read(make_project):
    root = make_project()
    write_document(root, "polozhenie", "file: polozhenie.pdf")
    shutil.copy(DEMO_PDF, root / "documents" / "polozhenie.pdf")
    repo = validate_repository(root, TODAY)
    assert repo.problems == []
    [record] = repo.documents
    assert record.data.kind == "regulation" and record.data.level == "municipal"


@pytest.mark.parametrize(
    ("extra", "line", "field", "fragment"),
    [
        ("file: net-takogo.pdf", 10, "file", "файл documents/net-takogo.pdf не найден"),
        ("file: plan.xlsx", 10, "file", "тип файла .xlsx не допускается; допустимые: .pdf, .docx"),
        ("url: http://example.org/doc", 10, "url", "ссылка должна начинаться с https://"),
        ("superseded_by: novyy", 10, "superseded_by", "документ «novyy» не найден в папке documents/"),
        ("superseded_by: doc", 10, "superseded_by", "документ не может заменять сам себя"),
        ("url: https://example.org/a\nvalid_from: 2025-03-01\nvalid_to: 2025-01-01", 12, "valid_to",
         "срок действия заканчивается (01.01.2025) раньше, чем начинается"),
        ("url: https://example.org/a\nkind_of: приказ", 11, "kind_of", "неизвестное поле"),
    ],
)  # fmt: skip
def test_a_bad_document_is_reported_at_its_line(make_project, extra, line, field, fragment):
    root = make_project()
    write_document(root, "doc", extra)
    found = problems_of(root, "documents/doc.md")
    assert any(ln == line and fl == field and fragment in msg for ln, fl, msg, _ in found), found


def test_an_unknown_kind_lists_the_allowed_kinds(make_project):
    root = make_project()
    path = write_document(root, "doc", "url: https://example.org/a")
    path.write_text(path.read_text(encoding="utf-8").replace("kind: положение", "kind: распоряжение"), "utf-8")
    [(line, field, message, _)] = problems_of(root, "documents/doc.md")
    assert (line, field) == (4, "kind")
    assert "«приказ»; «положение»; «методические рекомендации»" in message


def test_a_file_that_is_not_a_pdf_is_refused(make_project):
    root = make_project()
    write_document(root, "doc", "file: broken.pdf")
    (root / "documents" / "broken.pdf").write_bytes(b"this is not a PDF at all")
    [(line, field, message, severity)] = problems_of(root, "documents/doc.md")
    assert (line, field, severity) == (10, "file", "error")
    assert "файл PDF не читается" in message


def test_a_replacement_older_than_the_document_is_a_warning(make_project):
    root = make_project()
    write_document(root, "old", "url: https://example.org/old\nsuperseded_by: new")
    new = write_document(root, "new", "url: https://example.org/new")
    new.write_text(new.read_text(encoding="utf-8").replace("date: 2025-02-10", "date: 2024-01-10"), "utf-8")
    [(line, field, message, severity)] = problems_of(root, "documents/old.md")
    assert (line, field, severity) == (11, "superseded_by", "warning")
    assert "датирован 10.01.2024" in message


def test_pdf_text_is_extracted_with_its_cyrillic_words():
    text = extract_text(DEMO_PDF)
    assert "самоаудит процедур оценивания" in " ".join(text.split())
    assert "Положение от 12.02.2024 № 21 утрачивает силу" in " ".join(text.split())


def test_docx_text_is_extracted_from_paragraphs_and_tables(tmp_path):
    from docx import Document

    document = Document()
    document.add_paragraph("Протокол заседания рабочей группы")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Слушали"
    table.rows[0].cells[1].text = "координатора программы"
    path = tmp_path / "protokol.docx"
    document.save(str(path))
    assert extract_text(path) == "Протокол заседания рабочей группы\nСлушали | координатора программы"


def test_a_docx_that_is_not_a_zip_is_unreadable(tmp_path):
    path = tmp_path / "fake.docx"
    path.write_text("not a word file", encoding="utf-8")
    with pytest.raises(UnreadableFile, match="файл DOCX не читается"):
        extract_text(path)
