"""Programme documents, ``documents/<id>.md`` with the file beside the record (``documents/<file>``):
loaded into ``repo.documents``, newest first.

Declared in ``shnor.kinds`` before programmes, which name the document that approved them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from shnor.problems import Problem
from shnor.records.attached_files import document_file
from shnor.records.document import Document
from shnor.records.file_text import UnreadableFile, extract_text
from shnor.records.record import Record
from shnor.records.record_files import load_section

if TYPE_CHECKING:
    from shnor.records.repository import Repository

FOLDER = "documents"

DocumentRecord = Record[Document]


def load(repo: Repository) -> list[Problem]:
    repo.documents, problems = load_section(
        repo, FOLDER, Document, "документ", order=lambda r: (r.data.date, r.data.id), reverse=True
    )
    return problems


def documents(repo: Repository) -> list[DocumentRecord]:
    return repo.documents


def by_id(repo: Repository) -> dict[str, DocumentRecord]:
    return {r.data.id: r for r in documents(repo)}


def folder(repo: Repository) -> Path:
    return repo.paths.root / FOLDER


def attached_file(repo: Repository, record: DocumentRecord) -> Path | None:
    """The document's own file, when it has one and it is there; RecordError for a path that leaves ``documents/``
    or goes through a symbolic link (the site would copy it)."""
    if not record.data.file:
        return None
    path = document_file(repo, record, record.data.file)
    return path if path.is_file() else None


def full_text(repo: Repository, record: DocumentRecord) -> str:
    """The attached file's text ("" for a link, a scan or an unreadable file: the validator reports those)."""
    path = attached_file(repo, record)
    if path is None:
        return ""
    try:
        return extract_text(path)
    except UnreadableFile:
        return ""


def replaced_by(repo: Repository, document: Document) -> DocumentRecord | None:
    return by_id(repo).get(document.superseded_by or "")


def replaces(repo: Repository, document: Document) -> list[DocumentRecord]:
    return [r for r in documents(repo) if r.data.superseded_by == document.id]
