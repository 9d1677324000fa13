"""The project's vocabularies, loaded once from ``data/taxonomies.yml``.

The schema, the validator, the site's filters and the contributor docs all read them from here, so a value
added to the data file is accepted, filtered on and documented everywhere at once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from shnor.file_version import once_per_version
from shnor.problems import Problem, RecordError
from shnor.records.data_files import DataFileError, load_data_yaml
from shnor.records.plain_text import unlabelled_strings

FILE = "data/taxonomies.yml"

# Top-level keys of the data file that are not vocabularies of {id, name} entries.
NOT_VOCABULARIES = ("body_sections", "materials", "evidence_levels")
_ID = re.compile(r"[a-z0-9]+([.-][a-z0-9]+)*")  # licences: cc-by-4.0


def normalise(text: str) -> str:
    """Case, ё/е and spacing differences must not make a teacher's value invalid."""
    return re.sub(r"\s+", " ", text.strip().lower().replace("ё", "е"))


@dataclass(frozen=True)
class Term:
    id: str
    name: str
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def label(self) -> str:
        """A short label for filters and badges where one exists."""
        return str(self.extra.get("short") or self.name)


@dataclass(frozen=True)
class Vocabulary:
    key: str
    terms: tuple[Term, ...]

    def __iter__(self):
        return iter(self.terms)

    def __len__(self) -> int:
        return len(self.terms)

    @property
    def names(self) -> list[str]:
        return [t.name for t in self.terms]

    @property
    def ids(self) -> list[str]:
        return [t.id for t in self.terms]

    @cached_property
    def _index(self) -> dict[str, Term]:
        """Normalised name and id -> the first term that has it, as a scan in order would find it."""
        index: dict[str, Term] = {}
        for term in self.terms:
            index.setdefault(normalise(term.name), term)
            index.setdefault(term.id, term)
        return index

    def find(self, value: str) -> Term | None:
        # Every choice field of every record asks: one dict look-up instead of normalising every name each time.
        return self._index.get(normalise(str(value)))

    def by_id(self, term_id: str) -> Term:
        for term in self.terms:
            if term.id == term_id:
                return term
        raise KeyError(f"{self.key}: нет значения с id {term_id!r}")


@dataclass(frozen=True)
class Taxonomies:
    vocabularies: dict[str, Vocabulary]
    body_sections: tuple[str, ...]
    materials: dict[str, Any]
    evidence_levels: Vocabulary

    def __getitem__(self, key: str) -> Vocabulary:
        return self.vocabularies[key]

    def grades_of(self, level_id: str) -> list[int]:
        return list(self["levels"].by_id(level_id).extra["grades"])


def _vocabulary(key: str, entries: list[dict[str, Any]]) -> Vocabulary:
    terms = []
    for entry in entries:
        extra = {k: v for k, v in entry.items() if k not in ("id", "name")}
        terms.append(Term(id=str(entry["id"]), name=str(entry["name"]), extra=extra))
    return Vocabulary(key, tuple(terms))


def load_taxonomies(path: Path) -> Taxonomies:
    """Raises RecordError with the problem at its line when the file cannot be used: nothing can be checked without
    the vocabularies. Read like every data file (shnor.records.data_files): limited in size, no aliases or tags."""
    try:
        doc = load_data_yaml(path, FILE)
    except FileNotFoundError:
        raise RecordError([Problem(FILE, 1, "", "нет файла справочников data/taxonomies.yml")]) from None
    except DataFileError as error:
        raise RecordError([error.problem]) from None
    raw = doc.data
    problem = _shape_problem(raw)
    if problem is not None:
        key, message = problem
        raise RecordError([Problem(FILE, doc.line_of(key), ".".join(map(str, key)), message)])
    return Taxonomies(
        vocabularies={key: _vocabulary(key, entries) for key, entries in raw.items() if key not in NOT_VOCABULARIES},
        body_sections=tuple(raw["body_sections"]),
        materials=dict(raw["materials"]),
        evidence_levels=_vocabulary("evidence_levels", raw["evidence_levels"]),
    )


def _shape_problem(raw: Any) -> tuple[tuple[str | int, ...], str] | None:
    """(key, message) of the first part of the file that is not what the loaders expect, or None."""
    if not isinstance(raw, dict):
        return (), "файл должен быть набором справочников «имя: список значений»"
    for key in NOT_VOCABULARIES:
        if key not in raw:
            return (), f"нет раздела «{key}»"
    if not isinstance(raw["materials"], dict):
        return ("materials",), "ожидается набор полей «имя: значение»"
    if not isinstance(raw["body_sections"], list):
        return ("body_sections",), "ожидается список заголовков разделов"
    for key, entries in raw.items():
        if key in ("body_sections", "materials"):
            continue
        if not isinstance(entries, list):
            return (key,), "ожидается список значений с полями id и name"
        for index, entry in enumerate(entries):
            if not isinstance(entry, dict) or "id" not in entry or "name" not in entry:
                return (key, index), "у значения справочника должны быть поля id и name"
            if not isinstance(entry["id"], str | int) or not _ID.fullmatch(str(entry["id"])):
                return (key, index, "id"), "id — строчные латинские буквы, цифры, дефис и точка, например: motivation"
    # Names and labels reach filters, badges, blog categories and their page addresses (shnor.records.plain_text).
    for where, reason in unlabelled_strings({k: v for k, v in raw.items() if k != "materials"}):
        return where, reason
    return None


def taxonomies_at(root: Path) -> Taxonomies:
    """Read once per version of the file: a `mkdocs serve` session sees an edited taxonomies.yml."""
    path = root / "data" / "taxonomies.yml"
    return _taxonomies(path) if path.is_file() else load_taxonomies(path)  # a missing file: its own error


@once_per_version()
def _taxonomies(path: Path) -> Taxonomies:
    return load_taxonomies(path)
