"""``shnor adopt``: a reviewer turns an accepted «Хочу внедрить» request into an adoption record.

The entry is inserted as text into the practice's ``adoptions`` block, so that every other line of the file stays
exactly as the school wrote it (a YAML round trip would reflow the whole front matter); then the file is validated
with the rest of the repository, and restored when the new entry is refused."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from shnor.contrib.yaml_text import scalar
from shnor.paths import ProjectPaths
from shnor.problems import Problem
from shnor.records.practice import SLUG_PATTERN
from shnor.taxonomy import taxonomies_at
from shnor.validation.checks import validate_repository

_KEY = re.compile(r"^(?P<key>[A-Za-z_][\w-]*):(?P<rest>.*)$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class AdoptError(ValueError):
    """The entry cannot be written; ``problems`` holds the validator's findings when it was refused."""

    def __init__(self, message: str, problems: list[Problem] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []


@dataclass(frozen=True)
class NewAdoption:
    school: str
    started: str  # a day 2027-01-15 or a month 2027-01
    changes: str
    status: str = "планируется"  # a name or an id of data/taxonomies.yml, adoption_statuses
    finished: str | None = None
    result: str | None = None
    reason: str | None = None
    contact_name: str | None = None
    contact_position: str | None = None
    contact_email: str | None = None
    consent: bool = False
    partnership: str | None = None
    activity: str | None = None


def _when(value: str) -> object:
    # A day is written as YAML writes a date (unquoted, as in the demo records); a month is plain text.
    return dt.date.fromisoformat(value) if _DAY.match(value.strip()) else value.strip()


def entry_lines(entry: NewAdoption, status_name: str, indent: str) -> list[str]:
    """The YAML of one list item, its keys in the order of the record model."""
    pairs: list[tuple[str, object]] = [
        ("school", entry.school), ("status", status_name), ("started", _when(entry.started)),
        ("finished", _when(entry.finished) if entry.finished else None), ("changes", entry.changes),
        ("result", entry.result), ("reason", entry.reason),
    ]  # fmt: skip
    lines = []
    for key, value in pairs:
        if value is not None:
            lines.append(f"{key}: {scalar(value)}")
    if entry.contact_name or entry.contact_email:
        lines.append("contact:")
        for key, value in (("name", entry.contact_name), ("position", entry.contact_position),
                           ("email", entry.contact_email)):  # fmt: skip
            if value:
                lines.append(f"  {key}: {scalar(value)}")
        lines.append(f"  consent: {scalar(entry.consent)}")
    for key, value in (("partnership", entry.partnership), ("activity", entry.activity)):
        if value:
            lines.append(f"{key}: {scalar(value)}")
    return [f"{indent}- {lines[0]}", *(f"{indent}  {line}" for line in lines[1:])]


def insert_entry(text: str, entry: NewAdoption, status_name: str) -> str:
    """``text`` with the entry appended to its front matter's ``adoptions``; every other line unchanged."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].rstrip() != "---":
        raise AdoptError("в начале файла нет блока метаданных «---»")
    end = next((i for i in range(1, len(lines)) if lines[i].rstrip() == "---"), None)
    if end is None:
        raise AdoptError("блок метаданных не закрыт строкой «---»")
    newline = "\r\n" if lines[0].endswith("\r\n") else "\n"
    top = {m["key"]: i for i in range(1, end) if (m := _KEY.match(lines[i]))}
    if "adoptions" not in top:
        # A new key before the review block (where the demo records keep it), or at the end of the metadata.
        at = top.get("review", end)
        block = ["adoptions:", *entry_lines(entry, status_name, "  ")]
        return "".join(lines[:at] + [line + newline for line in block] + lines[at:])
    start = top["adoptions"]
    rest = lines[start].partition(":")[2].strip()
    if rest not in ("", "[]") and not rest.startswith("#"):
        raise AdoptError("adoptions записан в одну строку: перепишите его списком «- school: …» и повторите")
    last = start
    for i in range(start + 1, end):
        if lines[i].strip() and not lines[i].startswith((" ", "-", "#")):
            break  # the next top-level key
        if lines[i].strip():
            last = i
    # The new item is indented as the block's first one («  - school:» in the demo records, «- school:» is YAML too).
    first = next((lines[i] for i in range(start + 1, last + 1) if lines[i].lstrip().startswith("- ")), "  - ")
    indent = first[: len(first) - len(first.lstrip())]
    head = lines[: last + 1]
    if rest == "[]":
        head[start] = "adoptions:" + newline
    return "".join(head + [line + newline for line in entry_lines(entry, status_name, indent)] + lines[last + 1 :])


def adopt(root: Path, practice_id: str, entry: NewAdoption, today: dt.date) -> Path:
    """Write the entry into practices/<id>.md and validate; on any error the file is left as it was."""
    paths = ProjectPaths(root)
    # The id may come from a request's text (--from-issue): only a record id names a file, never a path.
    if not re.fullmatch(SLUG_PATTERN, practice_id):
        raise AdoptError(f"«{practice_id}» — не id практики: строчные латинские буквы, цифры и дефисы")
    path = paths.practices / f"{practice_id}.md"
    if not path.is_file():
        raise AdoptError(f"практики «{practice_id}» нет: не найден файл {paths.rel(path)}")
    statuses = taxonomies_at(root)["adoption_statuses"]
    term = statuses.find(entry.status)
    if term is None:
        raise AdoptError(f"неизвестный статус «{entry.status}»; допустимые: {'; '.join(statuses.names)}")
    original = path.read_bytes()
    text = original.decode("utf-8")
    path.write_text(insert_entry(text, entry, term.name), encoding="utf-8", newline="")
    problems = [p for p in validate_repository(root, today, [path], cache=False).problems if p.severity == "error"]
    if problems:
        path.write_bytes(original)
        raise AdoptError(f"запись о внедрении не добавлена в {paths.rel(path)}: исправьте данные заявки", problems)
    return path
