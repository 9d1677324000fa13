"""Rules for document records: the attached file or link, dates, and the chain of replacements.
The document loader runs them right after the schema (``RULES``), so ``shnor validate`` and the build agree."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from shnor.problems import Problem
from shnor.records.attached_files import OutsideFolder, escapes, file_in
from shnor.records.file_text import EXTRACTABLE, UnreadableFile, extract_text
from shnor.records.record import Record
from shnor.records.repository import Repository
from shnor.validation.rules.base import Rule


def _ru(day) -> str:
    return day.strftime("%d.%m.%Y")


def _records(repo: Repository) -> list[Record]:
    return repo.documents


def check_file(repo: Repository) -> Iterator[Problem]:
    max_mb = repo.taxonomies.materials["max_file_mb"]
    allowed = ", ".join(EXTRACTABLE)
    for record in _records(repo):
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


def check_dates(repo: Repository) -> Iterator[Problem]:
    for record in _records(repo):
        d = record.data
        if d.date > repo.today:
            yield record.problem("date", f"дата документа {_ru(d.date)} ещё не наступила (сегодня {_ru(repo.today)})")
        if d.valid_from and d.valid_to and d.valid_to < d.valid_from:
            yield record.problem("valid_to", f"срок действия заканчивается ({_ru(d.valid_to)}) раньше, чем начинается")


def check_replacements(repo: Repository) -> Iterator[Problem]:
    found = {r.data.id: r for r in _records(repo)}
    for record in _records(repo):
        d = record.data
        if not d.superseded_by:
            continue
        if d.superseded_by == d.id:
            yield record.problem("superseded_by", "документ не может заменять сам себя")
            continue
        new = found.get(d.superseded_by)
        if new is None:
            yield record.problem(
                "superseded_by", f"документ «{d.superseded_by}» не найден в папке documents/: укажите id заменившего"
            )
            continue
        if new.data.date < d.date:
            yield record.problem(
                "superseded_by",
                f"заменивший документ датирован {_ru(new.data.date)} — раньше этого ({_ru(d.date)}): проверьте id",
                severity="warning",
            )
        seen, current = {d.id}, new
        while current is not None and current.data.superseded_by:
            if current.data.id in seen:
                yield record.problem("superseded_by", "замены документов образуют круг: A заменён B, а B заменён A")
                break
            seen.add(current.data.id)
            current = found.get(current.data.superseded_by)


RULES: tuple[Rule, ...] = (
    Rule("SH401", "document-file", "файл документа — PDF или DOCX в папке documents/ с текстом, или ссылка https",
         None, None, check_file),
    Rule("SH402", "document-dates", "дата документа не в будущем, срок действия идёт по порядку", None, None,
         check_dates),
    Rule("SH403", "document-replacement", "«заменён документом» указывает на существующий, более новый документ",
         None, None, check_replacements),
)  # fmt: skip
