"""The text inside an attached PDF or DOCX file, for the site's search.

pypdf reads PDF text layers, python-docx reads Word paragraphs and tables. A file is read once per process
(cached by path, size and modification time), so ``shnor validate`` and the build that follows share the work.
A scan without a text layer gives "" — the validator warns, since search cannot find anything in it.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from shnor.file_version import once_per_version

EXTRACTABLE = (".pdf", ".docx")


class UnreadableFile(Exception):
    """The file is damaged, encrypted or not what its extension says; the message is in Russian."""


def extract_text(path: Path) -> str:
    """The file's text with whitespace tidied: one space between words, paragraphs on their own lines.

    A symbolic link is not followed: a contributed «plan.pdf» pointing at a file of the machine would put that
    file's text on the site. Callers take the path from ``shnor.records.attached_files``, which also refuses a
    link among the folders on the way and a path out of the record's folder."""
    if path.is_symlink():
        raise UnreadableFile("файл — символическая ссылка: приложите сам файл")
    return _extract(path.resolve())


@once_per_version(maxsize=256)
def _extract(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        raw = _pdf_text(path)
    elif suffix == ".docx":
        raw = _docx_text(path)
    else:
        raise UnreadableFile(f"текст извлекается только из файлов {', '.join(EXTRACTABLE)}")
    return tidy(raw)


def tidy(text: str) -> str:
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.replace("\r", "\n").split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # pypdf warns on every odd but readable file
    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            raise UnreadableFile("PDF защищён паролем: сохраните его без пароля, чтобы текст был доступен поиску")
        return "\n\n".join(page.extract_text() or "" for page in reader.pages)
    except (PdfReadError, ValueError, KeyError, TypeError) as error:
        raise UnreadableFile(f"файл PDF не читается ({error.__class__.__name__}): пересохраните его") from None


def _docx_text(path: Path) -> str:
    import zipfile

    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError):
        raise UnreadableFile("файл DOCX не читается: пересохраните его в Word как «Документ Word (.docx)»") from None
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            cells = dict.fromkeys(cell.text.strip() for cell in row.cells)  # merged cells repeat: keep one
            parts.append(" | ".join(c for c in cells if c))
    return "\n".join(parts)
