"""Files attached to records stay inside their folders: a symbolic link (to the file or to a folder on its way) or a
path out of the folder is refused by ``shnor validate`` at the record's line, and the site, the regional-bank export
and the text extraction never copy or read it, even when validation is bypassed (issue 14)."""

from __future__ import annotations

import os
import shutil
import zipfile
from pathlib import Path

import pytest

from shnor.cli import main
from shnor.kinds import load_repository
from shnor.problems import RecordError
from shnor.records.file_text import UnreadableFile, extract_text
from shnor.site.generated import SiteContext
from shnor.site.pages.documents import document_pages
from shnor.site.pages.practices import practice_pages
from shnor.validation.checks import validate_repository
from tests.conftest import REPO, TODAY, VALIDATION_FIXTURES

GOOD = VALIDATION_FIXTURES / "good" / "rabota-s-roditelyami.md"
ID = GOOD.stem
MATERIALS_LINE = 28  # «file: rabota-s-roditelyami/plan.pdf» in the fixture
DEMO_PDF = REPO / "documents" / "polozhenie-ob-identifikacii-2025.pdf"
DOCUMENT = """---
id: doc
title: Положение о сетевом взаимодействии
kind: положение
number: "19"
date: 2025-02-10
issuer: Управление образования (демо)
level: муниципальный
directions: [teachers]
file: {file}
---
"""

needs_links = pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="symbolic links")
pytestmark = needs_links


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A folder outside the project with a «secret» PDF the build must never publish."""
    folder = tmp_path / "outside"
    folder.mkdir()
    (folder / "plan.pdf").write_bytes(b"%PDF-1.4\nsecret of the build machine\n")
    return folder


@pytest.fixture
def project(make_project) -> Path:
    return make_project(GOOD)


def _material(root: Path, file: str) -> None:
    practice = root / "practices" / f"{ID}.md"
    text = practice.read_text(encoding="utf-8")
    practice.write_text(text.replace(f"file: {ID}/plan.pdf", f"file: {file}"), encoding="utf-8")


def _validate(root: Path, capsys) -> tuple[int, str]:
    code = main(["--root", str(root), "validate", "--today", TODAY.isoformat()])
    return code, capsys.readouterr().out


def test_the_fixture_is_clean(project, capsys):
    assert _validate(project, capsys)[0] == 0


def test_a_material_that_is_a_link_to_a_file_outside_is_refused(project, outside, capsys):
    material = project / "practices" / ID / "plan.pdf"
    material.unlink()
    material.symlink_to(outside / "plan.pdf")
    code, out = _validate(project, capsys)
    assert code == 1
    assert (f"practices/{ID}.md:{MATERIALS_LINE}: materials.0.file: файл practices/{ID}/plan.pdf — символическая "
            "ссылка: приложите сам файл [SH107]") in out


@pytest.mark.skipif(not Path("/etc/hostname").is_file(), reason="no /etc/hostname")
def test_a_material_linked_to_a_system_file_is_refused(project, capsys):
    link = project / "practices" / ID / "hostname.pdf"
    link.symlink_to("/etc/hostname")
    _material(project, f"{ID}/hostname.pdf")
    code, out = _validate(project, capsys)
    assert code == 1
    assert f"materials.0.file: файл practices/{ID}/hostname.pdf — символическая ссылка" in out


def test_a_path_up_and_out_of_the_folder_is_refused(project, outside, capsys):
    _material(project, f"{ID}/../../../outside/plan.pdf")
    code, out = _validate(project, capsys)
    assert code == 1
    assert (f"practices/{ID}.md:{MATERIALS_LINE}: materials.0.file: путь ведёт за пределы папки practices/{ID}/"
            in out)


def test_an_absolute_path_is_refused(project, outside, capsys):
    _material(project, str(outside / "plan.pdf"))
    code, out = _validate(project, capsys)
    assert code == 1
    assert f"materials.0.file: путь ведёт за пределы папки practices/{ID}/" in out


def test_a_material_in_a_linked_folder_is_refused(project, outside, capsys):
    (project / "practices" / ID / "docs").symlink_to(outside, target_is_directory=True)
    _material(project, f"{ID}/docs/plan.pdf")
    code, out = _validate(project, capsys)
    assert code == 1
    assert (f"materials.0.file: папка practices/{ID}/docs — символическая ссылка: положите файлы в саму папку"
            in out)


def test_a_practice_folder_that_is_a_link_is_refused(project, outside, capsys):
    shutil.rmtree(project / "practices" / ID)
    (project / "practices" / ID).symlink_to(outside, target_is_directory=True)
    code, out = _validate(project, capsys)
    assert code == 1
    assert f"materials.0.file: папка practices/{ID} — символическая ссылка" in out


def test_a_record_file_that_is_a_link_is_refused(project, tmp_path, capsys):
    elsewhere = tmp_path / "elsewhere.md"
    shutil.copy(project / "practices" / f"{ID}.md", elsewhere)
    (project / "practices" / "linked.md").symlink_to(elsewhere)
    code, out = _validate(project, capsys)
    assert code == 1
    assert "practices/linked.md:1: файл записи — символическая ссылка: приложите сам файл" in out


def _bypassed(root: Path):
    """The records as loaded, the rules (SH107, SH401) not run: what a step sees if validation was skipped."""
    return load_repository(root, TODAY, cache=False)


def _context(repo) -> SiteContext:
    return SiteContext(repo, TODAY, "http://127.0.0.1:8000/", "", {})


def test_the_site_never_copies_a_linked_material(project, outside):
    material = project / "practices" / ID / "plan.pdf"
    material.unlink()
    material.symlink_to(outside / "plan.pdf")
    repo = _bypassed(project)
    assert repo.errors == [] and repo.published
    with pytest.raises(RecordError) as refused:
        list(practice_pages.generate(_context(repo)))
    [problem] = refused.value.problems
    assert (problem.path, problem.line, problem.field) == (f"practices/{ID}.md", MATERIALS_LINE, "materials.0.file")
    assert "символическая ссылка" in problem.message


def test_the_site_never_copies_a_material_from_another_folder(project, outside):
    _material(project, f"{ID}/../../../outside/plan.pdf")
    with pytest.raises(RecordError, match="путь ведёт за пределы папки"):
        list(practice_pages.generate(_context(_bypassed(project))))


def test_the_export_never_copies_a_linked_material(project, outside, tmp_path, monkeypatch, capsys):
    (project / "practices" / ID / "docs").symlink_to(outside, target_is_directory=True)
    _material(project, f"{ID}/docs/plan.pdf")
    monkeypatch.setattr("shnor.export.regional_bank.validate_repository", lambda root, today: _bypassed(root))
    out = tmp_path / "out"
    code = main(["--root", str(project), "export", "regional-bank", "--out", str(out), "--today", TODAY.isoformat()])
    assert code == 1
    err = capsys.readouterr().err
    assert f"materials.0.file: папка practices/{ID}/docs — символическая ссылка" in err
    assert "выгрузка не создана" in err
    assert not out.exists()


def test_the_export_still_holds_the_practices_own_materials(project, tmp_path):
    out = tmp_path / "out"
    assert main(["--root", str(project), "export", "regional-bank", "--out", str(out), "--today",
                 TODAY.isoformat()]) == 0
    with zipfile.ZipFile(next(out.glob("*.zip"))) as bundle:
        assert any(name.endswith(f"-{ID}/materials/plan.pdf") for name in bundle.namelist())


def _document(root: Path, file: str) -> None:
    (root / "documents").mkdir(exist_ok=True)
    (root / "documents" / "doc.md").write_text(DOCUMENT.format(file=file), encoding="utf-8")


def _document_problems(root: Path) -> list[tuple[int, str, str]]:
    repo = validate_repository(root, TODAY)
    return [(p.line, p.field, p.message) for p in repo.errors if p.path == "documents/doc.md"]


def test_a_document_file_that_is_a_link_is_refused(project, outside):
    pdf = outside / "polozhenie.pdf"
    shutil.copy(DEMO_PDF, pdf)
    _document(project, "polozhenie.pdf")
    (project / "documents" / "polozhenie.pdf").symlink_to(pdf)
    assert _document_problems(project) == [
        (10, "file", "файл documents/polozhenie.pdf — символическая ссылка: приложите сам файл")
    ]
    with pytest.raises(RecordError, match="символическая ссылка"):
        list(document_pages.generate(_context(_bypassed(project))))


def test_a_document_in_a_linked_folder_or_out_of_documents_is_refused(project, outside):
    shutil.copy(DEMO_PDF, outside / "polozhenie.pdf")
    (project / "documents").mkdir()
    (project / "documents" / "sub").symlink_to(outside, target_is_directory=True)
    _document(project, "sub/polozhenie.pdf")
    assert _document_problems(project) == [
        (10, "file", "папка documents/sub — символическая ссылка: положите файлы в саму папку")
    ]
    _document(project, "../../outside/polozhenie.pdf")
    [(line, field, message)] = _document_problems(project)
    assert (line, field) == (10, "file") and message.startswith("путь ведёт за пределы папки documents/")


def test_text_extraction_does_not_follow_a_link(outside, tmp_path):
    shutil.copy(DEMO_PDF, outside / "polozhenie.pdf")
    link = tmp_path / "link.pdf"
    link.symlink_to(outside / "polozhenie.pdf")
    with pytest.raises(UnreadableFile, match="символическая ссылка"):
        extract_text(link)
