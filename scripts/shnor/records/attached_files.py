"""Files that records attach (a practice's materials, a document's file) stay inside their folder and are never
reached through a symbolic link.

A pull request adds a symbolic link as easily as a file: ``practices/<id>/plan.pdf -> /etc/hostname``, or a folder
``practices/<id>/docs -> /home``, would make the site, the regional-bank export or the text extraction copy a file
of the machine that builds them. Validation refuses such paths (SH107, SH401) at the record's line, and every step
that copies or reads an attached file asks ``material_file`` / ``document_file`` first, so nothing outside is copied
even if validation was bypassed: they raise RecordError instead.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Protocol

from shnor.problems import Problem, RecordError

if TYPE_CHECKING:
    from shnor.records.repository import Repository


class OutsideFolder(Exception):
    """The attached path leaves its folder or goes through a symbolic link; the message is Russian."""

    def __init__(self, message: str):
        self.message = message
        super().__init__(message)


class _Record(Protocol):
    def problem(self, field: str, message: str, *key: str | int, severity: str = "error", rule: str = "") -> Problem:
        ...


def escapes(relative: str) -> bool:
    """Whether ``relative`` (as written in a record, with «/») could leave the folder it is relative to."""
    path = PurePosixPath(relative)
    # A backslash is a folder separator where a contributor may run the checks (Windows).
    return not relative.strip() or path.is_absolute() or ".." in path.parts or "\\" in relative


def _outside(folder: str) -> str:
    return f"путь ведёт за пределы папки {folder}/: укажите файл внутри этой папки"


def file_in(root: Path, folder: str, relative: str) -> Path:
    """``root/folder/relative`` when that path stays inside ``folder`` and no part of it below ``root`` is a symbolic
    link; ``folder`` is the repository-relative folder the file must stay in («practices/plan-a», «documents»).
    Whether the file exists is the caller's question. Raises OutsideFolder."""
    if escapes(relative):
        raise OutsideFolder(_outside(folder))
    parts = [*PurePosixPath(folder).parts, *PurePosixPath(relative).parts]
    path = root
    for depth, part in enumerate(parts, start=1):
        path = path / part
        if path.is_symlink():
            shown = "/".join(parts[:depth])
            if depth == len(parts):
                raise OutsideFolder(f"файл {shown} — символическая ссылка: приложите сам файл")
            raise OutsideFolder(f"папка {shown} — символическая ссылка: положите файлы в саму папку")
    inside = (root / folder).resolve()
    if path.exists() and not path.resolve().is_relative_to(inside):  # what the checks above cannot see
        raise OutsideFolder(_outside(folder))
    return path


def linked_record(path: Path, root: Path) -> Problem | None:
    """The problem of a record file (found in its folder under ``root``) that is itself a symbolic link: its target's
    text would be published as the record's. Named by the link's own path, not the target's."""
    if path.is_symlink():
        rel = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.name
        return Problem(rel, 1, "", "файл записи — символическая ссылка: приложите сам файл")
    return None


def checked_file(record: _Record, field: str, root: Path, folder: str, relative: str) -> Path:
    """``file_in`` for a step that copies or reads the file: a refused path stops it with the record's problem."""
    try:
        return file_in(root, folder, relative)
    except OutsideFolder as error:
        raise RecordError([record.problem(field, error.message)]) from None


def material_file(repo: Repository, record: _Record, practice_id: str, index: int, file: str) -> Path:
    """The path of material ``index`` (``file``, written «<id>/plan.pdf») of a practice, inside
    ``practices/<id>/``; raises RecordError otherwise."""
    field, folder = f"materials.{index}.file", f"practices/{practice_id}"
    first, _, rest = file.partition("/")
    if first != practice_id:
        raise RecordError([record.problem(field, _outside(folder))])
    return checked_file(record, field, repo.paths.root, folder, rest)


def document_file(repo: Repository, record: _Record, file: str) -> Path:
    """The path of a document's file, inside ``documents/``; raises RecordError otherwise."""
    return checked_file(record, "file", repo.paths.root, "documents", file)
