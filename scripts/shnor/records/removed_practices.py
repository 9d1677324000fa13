"""Practices taken off the site or moved, ``data/removed-practices.yml``: loaded into ``repo.removed`` in the
file's order (issue 17). A practice's address never just stops working: the site keeps a page at the old address
that links to the practice that replaced it or says why it was taken off
(``shnor.site.pages.removed_practices.removed_pages``).

Declared in ``shnor.kinds``, after the practices it refers to. The file comes by pull request
like the records: the data files' one loader reads it (size, no anchors, aliases, tags or repeated keys), every
entry is read against ``RemovedPractice`` and every problem is reported at the line of the offending key."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from pydantic import ValidationError

from shnor.problems import Problem
from shnor.records.data_files import DataFileError, load_data_yaml
from shnor.records.messages import problems_from_validation
from shnor.records.removed_practice import RemovedPractice
from shnor.records.yaml_lines import LinedYaml

if TYPE_CHECKING:
    from shnor.records.repository import Repository

FILE = "data/removed-practices.yml"
LIMIT = 1_000_000  # bytes: an entry is three lines; a region takes off a few practices a year


@dataclass(frozen=True)
class RemovedRecord:
    """One entry that passed the schema, and where it is written."""

    rel: str
    index: int  # its place in the list, 0-based: the problems' fields start with it («0.replaced_by»)
    data: RemovedPractice
    meta: LinedYaml

    @property
    def line(self) -> int:
        return self.meta.line_of((self.index,))

    def line_of(self, *key: str) -> int:
        return self.meta.line_of((self.index, *key))

    def problem(self, key: str, message: str, severity: str = "error") -> Problem:
        """A problem at the line of the entry's ``key`` (at the entry's first line when the key is not written)."""
        return Problem(self.rel, self.line_of(key), f"{self.index}.{key}", message, severity)


def load(repo: Repository) -> list[Problem]:
    path = repo.paths.root / FILE
    repo.removed = []
    if not path.is_file():
        return []
    try:
        parsed = load_data_yaml(path, FILE, LIMIT)
    except DataFileError as error:
        return [error.problem]
    repo.removed, problems = read_entries(parsed, FILE)
    return problems


def read_entries(parsed: LinedYaml, rel: str) -> tuple[list[RemovedRecord], list[Problem]]:
    data = parsed.data
    if data is None:
        return [], []
    if not isinstance(data, list):
        return [], [Problem(rel, 1, "", "ожидается список записей: каждая начинается со строки «- id: прежний-id»")]
    records: list[RemovedRecord] = []
    problems: list[Problem] = []
    for index, item in enumerate(data):
        if not isinstance(item, dict):
            problems.append(Problem(rel, parsed.line_of((index,)), str(index),
                                    "запись — набор полей id, date и replaced_by или reason, "
                                    "каждое с новой строки (см. пример в начале файла)"))
            continue
        try:
            records.append(RemovedRecord(rel, index, RemovedPractice.model_validate(item), parsed))
        except ValidationError as error:
            problems.extend(problems_from_validation(error, rel, parsed, RemovedPractice, (index,)))
    return records, problems


def entry_yaml(practice_id: str, day: date, replaced_by: str | None = None) -> str:
    """The lines to paste into the file for ``practice_id``: a rename names its new id; a practice taken off the
    site gets an empty ``reason`` that validation refuses until a sentence for readers is written there."""
    last = (f"  replaced_by: {replaced_by}" if replaced_by
            else "  reason:  # одно предложение для читателей: почему практика снята с публикации")
    return f"- id: {practice_id}\n  date: {day.isoformat()}\n{last}\n"
