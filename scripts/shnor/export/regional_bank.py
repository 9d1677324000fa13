"""``shnor export regional-bank``: the practices with status «одобрена» or «рекомендована», ready to send to the
regional bank — an XLSX register (one row per practice) and a ZIP with each practice as a printable Word document
beside its materials, the register included."""

from __future__ import annotations

import tempfile
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from shnor.export.printable import write_practice
from shnor.export.register import write_register
from shnor.problems import RecordError
from shnor.records.attached_files import material_file
from shnor.records.repository import Repository
from shnor.validation.checks import validate_repository
from shnor.views.practice import PracticeView

EXPORTED_STATUSES = ("approved", "recommended")  # «одобрена», «рекомендована» in data/taxonomies.yml
REGISTER_NAME = "реестр-практик.xlsx"


@dataclass(frozen=True)
class ExportResult:
    register: Path
    archive: Path
    practices: list[str]


def exported(repo: Repository) -> list[PracticeView]:
    """Practices passed on to the regional bank, by title (the order of the register)."""
    chosen = [r for r in repo.practices if r.data.review.status in EXPORTED_STATUSES]
    return [PracticeView(r, repo) for r in sorted(chosen, key=lambda r: (r.data.title, r.data.id))]


def export_regional_bank(root: Path, today: date, out: Path) -> ExportResult:
    """Writes ``regional-bank-<today>.xlsx`` and ``.zip`` into ``out``; raises RecordError on invalid records,
    so nothing half-checked is sent upward."""
    repo = validate_repository(root, today)
    if repo.errors:
        raise RecordError(repo.errors)
    views = exported(repo)
    folders = [f"{number:02d}-{view.id}" for number, view in enumerate(views, start=1)]
    materials = _material_files(repo, views)  # before anything is written: a refused file leaves no export
    out.mkdir(parents=True, exist_ok=True)
    stem = f"regional-bank-{today.isoformat()}"
    register = out / f"{stem}.xlsx"
    write_register(views, folders, register)
    archive = out / f"{stem}.zip"
    with tempfile.TemporaryDirectory() as scratch, zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as bundle:
        bundle.write(register, f"{stem}/{REGISTER_NAME}")
        for view, folder in zip(views, folders, strict=True):
            document = Path(scratch) / f"{view.id}.docx"
            write_practice(view, document)
            bundle.write(document, f"{stem}/{folder}/{view.id}.docx")
            for source, name in materials[view.id]:
                bundle.write(source, f"{stem}/{folder}/materials/{name}")
    return ExportResult(register, archive, [v.id for v in views])


def _material_files(repo: Repository, views: list[PracticeView]) -> dict[str, list[tuple[Path, str]]]:
    """(path, name in the archive) of each practice's attached files, every one inside its practice's folder and
    reached without a symbolic link even if validation was bypassed; RecordError naming all the others."""
    found: dict[str, list[tuple[Path, str]]] = {}
    problems = []
    for view in views:
        found[view.id] = []
        for index, material in enumerate(view.practice.materials):
            if not material.file:
                continue
            try:
                source = material_file(repo, view.record, view.id, index, material.file)
            except RecordError as error:
                problems += error.problems
                continue
            found[view.id].append((source, material.file.rsplit("/", 1)[-1]))
    if problems:
        raise RecordError(problems)
    return found
