"""A copy of the demo repository in which every free-text value of every record kind is a hostile payload.

The fields are found by walking the schemas (the ``PlainTextField`` marker of ``shnor.records.plain_text``), never
listed by hand: a field added to a model later is filled too. Each field gets its own number ``n``; its payload

    =m<n>"'<i data-c<n>>{{"z<n>z"*2}}

starts like a spreadsheet formula, closes a quoted attribute of either kind, opens an element carrying the
attribute ``data-c<n>`` and holds a Jinja expression that would print ``z<n>zz<n>z`` if anything rendered it; an
even ``n`` gets ``=m<n>"'[a](javascript:c<n>)`` instead, a Markdown link. The site is inert when, in every file it
publishes, ``data-c<n>`` is never an attribute, no ``href`` is ``javascript:c<n>``, ``z<n>zz<n>z`` never appears and
no cell is a formula (tests/security/test_inert_values.py).
"""

from __future__ import annotations

import csv
import io
import shutil
import types
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel

from shnor.indicators.catalogue import Indicator, Task
from shnor.indicators.schema import TABLES, Kind, TableSchema
from shnor.records.document import Document
from shnor.records.event import Announcement
from shnor.records.partnership import Partnership
from shnor.records.person import Person
from shnor.records.plain_text import PlainTextField
from shnor.records.practice import Practice
from shnor.records.programme import Programme
from shnor.records.removed_practice import RemovedPractice
from shnor.records.schools import School
from tests.conftest import REPO

# Record folders and the model of their front matter.
RECORD_KINDS: dict[str, type[BaseModel]] = {
    "practices": Practice,
    "partnerships": Partnership,
    "events": Announcement,
    "documents": Document,
    "programmes": Programme,
    "people": Person,
}

_COPIED = ("mkdocs.yml", "docs", "overrides", "data", "schema", *RECORD_KINDS)


def payload(n: int) -> str:
    """The marker of field ``n``, found in the built files by tests/security/test_inert_values.py."""
    if n % 2 == 0:  # Markdown's own way to a link: a value placed into a heading or a list item
        return f'=m{n}"\'[a](javascript:c{n})'
    return f'=m{n}"\'<i data-c{n}>{{{{"z{n}z"*2}}}}'


def alert_payload(n: int) -> str:
    """What an attacker would write: a browser that ran any of it opens a dialog (tests/browser)."""
    if n % 2 == 0:
        return f"[a](javascript:alert({n}))"
    return f'"\'><img src=x onerror=alert({n})>'


@dataclass
class Markers:
    """Which field of which file got payload ``n``."""

    payload: Callable[[int], str] = payload
    fields: dict[int, str] = field(default_factory=dict)
    declared: set[str] = field(default_factory=set)  # "Practice.title", every plain-text field of every model
    filled: set[str] = field(default_factory=set)

    def next(self, where: str, declared: str) -> str:
        n = max(self.fields, default=0) + 1  # not len(): a field may have been dropped since (_relink_activities)
        self.fields[n] = where
        self.filled.add(declared)
        return self.payload(n)


def _plain_text(annotation: Any) -> bool:
    return any(isinstance(item, PlainTextField) for item in getattr(annotation, "__metadata__", ()))


def _unwrap(annotation: Any) -> tuple[Any, bool]:
    """(the innermost type, whether it is a list of it), through Optional, Annotated and list."""
    is_list = False
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            if _plain_text(annotation):
                return annotation, is_list
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            annotation = next(a for a in typing.get_args(annotation) if a is not type(None))
        elif origin is list:
            is_list = True
            annotation = typing.get_args(annotation)[0]
        else:
            return annotation, is_list


def plain_text_fields(model: type[BaseModel], prefix: str = "") -> Iterator[str]:
    """Every plain-text field of ``model`` and its nested models, as "Model.field" names."""
    for name, info in model.model_fields.items():
        inner, _ = _unwrap(info.rebuild_annotation())
        if _plain_text(inner):
            yield f"{model.__name__}.{name}"
        elif isinstance(inner, type) and issubclass(inner, BaseModel):
            yield from plain_text_fields(inner)


def _fill(data: dict, model: type[BaseModel], where: str, markers: Markers) -> None:
    for name, info in model.model_fields.items():
        inner, is_list = _unwrap(info.rebuild_annotation())
        declared = f"{model.__name__}.{name}"
        if _plain_text(inner) and data.get(name) not in (None, "", []):  # filling an absent field breaks other rules
            if is_list:
                data[name] = [markers.next(f"{where}.{name}.{i}", declared) for i in range(len(data[name]))]
            else:
                data[name] = markers.next(f"{where}.{name}", declared)
        elif isinstance(inner, type) and issubclass(inner, BaseModel) and data.get(name) is not None:
            value = data[name]
            for index, item in enumerate(value if is_list else [value]):
                if isinstance(item, dict):
                    _fill(item, inner, f"{where}.{name}" + (f".{index}" if is_list else ""), markers)


def _rewrite_front_matter(path: Path, model: type[BaseModel], markers: Markers) -> None:
    text = path.read_text(encoding="utf-8")
    _, front, body = text.split("---\n", 2)
    data = yaml.safe_load(front)
    _fill(data, model, path.relative_to(path.parents[1]).as_posix(), markers)
    dumped = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000)
    path.write_text(f"---\n{dumped}---\n{body}", encoding="utf-8")


def _rewrite_schools(path: Path, markers: Markers) -> None:
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    for row in rows:
        _fill(row, School, f"data/schools.csv:{row['id']}", markers)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")


def _rewrite_indicators(path: Path, markers: Markers) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for section, model in (("tasks", Task), ("indicators", Indicator)):
        for item in data[section]:
            _fill(item, model, f"data/indicators.yml:{section}.{item['id']}", markers)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000), encoding="utf-8")


def _rewrite_removed(path: Path, markers: Markers) -> None:
    entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    for entry in entries:
        _fill(entry, RemovedPractice, f"data/removed-practices.yml:{entry['id']}", markers)
    path.write_text(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False, width=10_000), encoding="utf-8")


def monitoring_text_columns(schema: TableSchema) -> list[str]:
    """Free-text columns of a monitoring table: text that is not part of a row's key (ids are checked apart)."""
    return [c.name for c in schema.columns if c.kind is Kind.TEXT and c.name not in schema.key]


def _rewrite_monitoring(folder: Path, markers: Markers) -> None:
    for schema in TABLES.values():
        path = folder / schema.file
        columns = monitoring_text_columns(schema)
        if not path.is_file() or not columns:
            continue
        text = path.read_text(encoding="utf-8-sig")
        delimiter = ";" if text.split("\n", 1)[0].count(";") > text.split("\n", 1)[0].count(",") else ","
        rows = list(csv.DictReader(io.StringIO(text), delimiter=delimiter))
        for index, row in enumerate(rows):
            for column in columns:
                row[column] = markers.next(f"data/monitoring/{schema.file}:{index + 2}.{column}",
                                           f"{schema.name}.{column}")
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), delimiter=delimiter)
        writer.writeheader()
        writer.writerows(rows)
        path.write_text(out.getvalue(), encoding="utf-8")


def _front(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---\n", 2)[1])


def _relink_activities(dest: Path, markers: Markers) -> None:
    """An adoption names an activity of its partnership's plan by its title (rule SH112). Once both got payloads,
    the adoption takes the payload its activity got, as a contributor's matching text would; its own payload, now
    in no file, is no longer looked for."""
    for path in sorted((dest / "practices").glob("*.md")):
        original, hostile = _front(REPO / "practices" / path.name), _front(path)
        pairs = list(zip(original.get("adoptions") or [], hostile.get("adoptions") or [], strict=True))
        linked = [(i, before, after) for i, (before, after) in enumerate(pairs) if before.get("activity")]
        for index, before, after in linked:
            plan = f"{before['partnership']}.md"
            titles = [a["title"] for a in _front(REPO / "partnerships" / plan)["activities"]]
            hostile_titles = [a["title"] for a in _front(dest / "partnerships" / plan)["activities"]]
            after["activity"] = hostile_titles[titles.index(before["activity"])]
            where = f"practices/{path.name}.adoptions.{index}.activity"
            del markers.fields[next(n for n, w in markers.fields.items() if w == where)]
        if linked:
            _, _, body = path.read_text(encoding="utf-8").split("---\n", 2)
            dumped = yaml.safe_dump(hostile, allow_unicode=True, sort_keys=False, width=10_000)
            path.write_text(f"---\n{dumped}---\n{body}", encoding="utf-8")


def make_hostile_project(dest: Path, payload: Callable[[int], str] = payload) -> Markers:
    dest.mkdir(parents=True, exist_ok=True)
    for name in _COPIED:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, dest / name)
        else:
            shutil.copy(source, dest / name)
    markers = Markers(payload)
    for folder, model in RECORD_KINDS.items():
        markers.declared.update(plain_text_fields(model))
        for path in sorted((dest / folder).glob("*.md")):
            if path.name != "README.md":
                _rewrite_front_matter(path, model, markers)
    _relink_activities(dest, markers)
    markers.declared.update(plain_text_fields(School))
    _rewrite_schools(dest / "data" / "schools.csv", markers)
    markers.declared.update([*plain_text_fields(Task), *plain_text_fields(Indicator)])
    _rewrite_indicators(dest / "data" / "indicators.yml", markers)
    markers.declared.update(plain_text_fields(RemovedPractice))
    _rewrite_removed(dest / "data" / "removed-practices.yml", markers)
    _rewrite_monitoring(dest / "data" / "monitoring", markers)
    return markers

