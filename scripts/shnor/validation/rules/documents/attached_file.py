"""SH401 document-file: файл документа — PDF или DOCX в папке documents/ с текстом, или ссылка https."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from shnor.problems import Problem
from shnor.records.attached_files import OutsideFolder, escapes, file_in
from shnor.records.documents import DocumentRecord
from shnor.records.file_text import EXTRACTABLE, UnreadableFile, extract_text
from shnor.records.repository import Repository
from shnor.validation.rules.base import Rule


def check(records: Sequence[DocumentRecord], repo: Repository) -> Iterator[Problem]:
    max_mb = repo.taxonomies.materials["max_file_mb"]
    allowed = ", ".join(EXTRACTABLE)
    for record in records:
        d = record.data
        if bool(d.file) == bool(d.url):
            yield record.problem("file", "укажите ровно одно из двух: file (файл в папке documents/) или url (ссылка)")
            continue
        if d.url:
            if urlsplit(d.url).scheme != "https":
                yield record.problem("url", "ссылка должна начинаться с https://")
            continue
        relative = PurePosixPath(d.file)
        if escapes(d.file):
            yield record.problem(
                "file", "путь ведёт за пределы папки documents/: путь к файлу — внутри неё, например prikaz-165.pdf"
            )
            continue
        if relative.suffix.lower() not in EXTRACTABLE:
            yield record.problem(
                "file", f"тип файла {relative.suffix or '?'} не допускается; допустимые: {allowed} (иначе дайте url)"
            )
            continue
        try:  # a symbolic link, to the file or to a folder on its way, would publish a file from outside
            path = file_in(repo.paths.root, "documents", d.file)
        except OutsideFolder as error:
            yield record.problem("file", error.message)
            continue
        if not path.is_file():
            yield record.problem("file", f"файл documents/{relative} не найден: добавьте его или исправьте путь")
            continue
        size = path.stat().st_size
        if size > max_mb * 1024 * 1024:
            yield record.problem("file", f"файл больше {max_mb} МБ ({size / 1048576:.1f} МБ): уменьшите его")
            continue
        try:
            text = extract_text(path)
        except UnreadableFile as error:
            yield record.problem("file", str(error))
            continue
        if not text:
            yield record.problem(
                "file",
                "в файле нет текста (похоже на скан): поиск по сайту не найдёт в нём слов; приложите файл с текстом",
                severity="warning",
            )


RULE: Rule[DocumentRecord] = Rule(
    code="SH401",
    name="document-file",
    description="файл документа — PDF или DOCX в папке documents/ с текстом, или ссылка https",
    check_records=check,
)
