"""The indicator catalogue, ``data/indicators.yml``: what each indicator measures, how, and what it should reach."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Annotated, Any, Literal

import pandas as pd
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    model_validator,
)

from shnor.problems import Problem
from shnor.records.data_files import DataFileError, load_data_yaml
from shnor.records.plain_text import PlainLine, PlainText
from shnor.records.practice import SLUG_PATTERN

CATALOGUE_FILE = "data/indicators.yml"

UNIT_NAMES = {"percent": "процент", "count": "количество", "flag": "имеется / не имеется"}
BETTER_NAMES = {"higher": "чем выше, тем лучше", "lower": "чем ниже, тем лучше"}
COMPARISON_TEXT = {">=": "не ниже", "<=": "не выше", "=": "равно"}
REFERENCE_NAMES = {"region": "областного (регионального) показателя", "russia": "показателя по России",
                   "municipality": "показателя по округу"}
# Groups of schools a municipal indicator can be aggregated over (seeds 000/001 measure ШНОР and НСУ schools).
GROUPS = {"all": "все школы", "shnor": "ШНОР", "nsu": "НСУ", "shnor-nsu": "ШНОР и НСУ"}
# Only counts of pupils can identify a child; teachers, events and documents are published as they are.
COUNTED = ("pupils", "teachers", "schools", "events", "positions", "documents")

_FLAG_WORDS = {"имеется": 1.0, "да": 1.0, "не имеется": 0.0, "нет": 0.0}

Id = Annotated[str, StringConstraints(pattern=SLUG_PATTERN, max_length=60)]
Text = PlainText(2, 2000)


def _flag_word(value: Any) -> Any:
    if isinstance(value, str) and value.strip().lower() in _FLAG_WORDS:
        return _FLAG_WORDS[value.strip().lower()]
    return value


class Target(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    comparison: Literal[">=", "<=", "="]
    value: Annotated[float | None, BeforeValidator(_flag_word)] = None
    reference: Literal["region", "russia", "municipality"] | None = None
    text: PlainLine(1, 300) | None = None  # the programme's own wording, e.g. «не выше областного показателя»

    @model_validator(mode="after")
    def _value_or_reference(self) -> Target:
        if (self.value is None) == (self.reference is None):
            raise ValueError("укажите либо value (число), либо reference (region, russia или municipality)")
        return self

    def describe(self, unit: str) -> str:
        if self.text:
            return self.text
        if self.reference:
            return f"{COMPARISON_TEXT[self.comparison]} {REFERENCE_NAMES[self.reference]}"
        if unit == "flag":
            return "имеется" if self.value else "не имеется"
        number = f"{self.value:g}".replace(".", ",")
        suffix = "\u202f%" if unit == "percent" else ""
        sign = {">=": "≥", "<=": "≤", "=": "="}[self.comparison]
        return f"{sign} {number}{suffix}"


class Aggregate(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    of: Id
    over: Literal["all", "shnor", "nsu", "shnor-nsu"] = "all"


class Task(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Id
    programme: Literal["school", "municipal", "identification"]
    number: int | None = None
    name: Text
    source: Text


class Indicator(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Id
    name: Text
    short_name: Text | None = None
    task: Id
    unit: Literal["percent", "count", "flag"]
    numerator: Text | None = None
    denominator: Text | None = None
    better: Literal["higher", "lower"]
    target: Target | None = None
    source: Text
    scope: Literal["school", "municipality"]
    counted: Literal["pupils", "teachers", "schools", "events", "positions", "documents"]
    aggregate: Aggregate | None = None
    note: PlainText(1, 2000) | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Indicator:
        if self.unit == "percent" and not (self.numerator and self.denominator):
            raise ValueError("для показателя в процентах опишите числитель (numerator) и знаменатель (denominator)")
        if self.unit != "percent" and self.denominator:
            raise ValueError("знаменатель (denominator) бывает только у показателя в процентах")
        if self.aggregate and self.scope != "municipality":
            raise ValueError("aggregate допустим только у показателя округа (scope: municipality)")
        if self.target and self.target.reference == "municipality" and self.scope == "municipality":
            raise ValueError("показатель округа нельзя сравнивать с самим округом")
        return self

    @property
    def label(self) -> str:
        return self.short_name or self.name


class Settings(BaseModel):
    """``settings:`` at the top of the catalogue: how the published tables are made."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    # Counts of pupils from 1 to suppress_below − 1 are withheld in school-level tables (0 turns it off).
    suppress_below: Annotated[int, Field(ge=0, le=100)] = 5
    # Above this many schools the municipal page compares the municipality with the region and Russia only; each
    # school's rows stay on its own page and in the downloads (a region's 1,000 schools made a 22 MB page).
    school_rows_on_municipal_page: Annotated[int, Field(ge=0, le=10000)] = 30


@dataclass(frozen=True)
class Catalogue:
    tasks: dict[str, Task]
    indicators: dict[str, Indicator]
    settings: Settings = field(default_factory=Settings)

    def __contains__(self, indicator_id: object) -> bool:
        return indicator_id in self.indicators

    @cached_property
    def frame(self) -> pd.DataFrame:
        """One row per indicator, flattened for merging onto values."""
        rows = []
        for ind in self.indicators.values():
            target = ind.target
            rows.append({
                "indicator": ind.id,
                "indicator_name": ind.name,
                "indicator_label": ind.label,
                "task": ind.task,
                "task_name": self.tasks[ind.task].name if ind.task in self.tasks else None,
                "unit": ind.unit,
                "better": ind.better,
                "scope": ind.scope,
                "counted": ind.counted,
                "target_comparison": target.comparison if target else None,
                "target_value": target.value if target else None,
                "target_reference": target.reference if target else None,
                "target_text": target.describe(ind.unit) if target else None,
                "aggregate_of": ind.aggregate.of if ind.aggregate else None,
                "aggregate_over": ind.aggregate.over if ind.aggregate else None,
            })
        columns = ["indicator", "indicator_name", "indicator_label", "task", "task_name", "unit", "better", "scope",
                   "counted", "target_comparison", "target_value", "target_reference", "target_text",
                   "aggregate_of", "aggregate_over"]
        frame = pd.DataFrame(rows, columns=columns)
        frame["target_value"] = frame["target_value"].astype(float)
        return frame


_MESSAGES = {
    "missing": "обязательное поле не заполнено",
    "greater_than_equal": "значение слишком мало",
    "less_than_equal": "значение слишком велико",
    "extra_forbidden": "неизвестное поле: проверьте написание",
    "string_pattern_mismatch": "id: только строчные латинские буквы, цифры и дефис",
    "string_too_short": "слишком короткое значение",
    "float_parsing": "ожидается число",
    "int_parsing": "ожидается целое число",
}


def _describe(error: dict[str, Any]) -> str:
    kind = error["type"]
    if kind == "literal_error":
        expected = (error.get("ctx") or {}).get("expected", "")
        return f"недопустимое значение «{error.get('input')}»; допустимые: {expected}"
    if kind == "value_error":
        return str(error["msg"]).removeprefix("Value error, ")
    return _MESSAGES.get(kind, str(error["msg"]))


def load_catalogue(root: Path) -> tuple[Catalogue, list[Problem]]:
    path = root / CATALOGUE_FILE
    problems: list[Problem] = []
    empty = Catalogue({}, {})
    try:
        doc = load_data_yaml(path, CATALOGUE_FILE)  # limited in size, no aliases or tags; lines when asked for
    except FileNotFoundError:
        return empty, [Problem(CATALOGUE_FILE, 1, "", "нет каталога показателей data/indicators.yml")]
    except DataFileError as error:
        return empty, [error.problem]
    data = doc.data if isinstance(doc.data, dict) else {}

    def parse(section: str, model: type[BaseModel]) -> dict[str, Any]:
        items: dict[str, Any] = {}
        for index, raw in enumerate(data.get(section) or []):
            where = (section, index)
            try:
                item = model.model_validate(raw)
            except ValidationError as error:
                for err in error.errors(include_url=False):
                    loc = tuple(part for part in err["loc"] if isinstance(part, str | int))
                    field = ".".join(str(p) for p in (*where, *loc))
                    problems.append(Problem(CATALOGUE_FILE, doc.line_of((*where, *loc)), field, _describe(err)))
                continue
            if item.id in items:
                problems.append(Problem(CATALOGUE_FILE, doc.line_of((*where, "id")), f"{section}.{index}.id",
                                        f"id «{item.id}» уже встречается выше: id должен быть уникальным"))
                continue
            items[item.id] = item
        return items

    settings = Settings()
    try:
        settings = Settings.model_validate(data.get("settings") or {})
    except ValidationError as error:
        for err in error.errors(include_url=False):
            loc = tuple(part for part in err["loc"] if isinstance(part, str | int))
            problems.append(Problem(CATALOGUE_FILE, doc.line_of(("settings", *loc)),
                                    ".".join(str(p) for p in ("settings", *loc)), _describe(err)))
    tasks: dict[str, Task] = parse("tasks", Task)
    indicators: dict[str, Indicator] = parse("indicators", Indicator)
    positions = {raw.get("id"): i for i, raw in enumerate(data.get("indicators") or []) if isinstance(raw, dict)}
    for ind in indicators.values():
        where = ("indicators", positions.get(ind.id, 0))
        if ind.task not in tasks:
            problems.append(Problem(CATALOGUE_FILE, doc.line_of((*where, "task")), f"{where[0]}.{where[1]}.task",
                                    f"задачи «{ind.task}» нет в разделе tasks"))
        if ind.aggregate:
            source = indicators.get(ind.aggregate.of)
            field = f"{where[0]}.{where[1]}.aggregate.of"
            line = doc.line_of((*where, "aggregate", "of"))
            if source is None:
                problems.append(Problem(CATALOGUE_FILE, line, field, f"показателя «{ind.aggregate.of}» нет в каталоге"))
            elif source.scope != "school" or source.unit != ind.unit:
                problems.append(Problem(CATALOGUE_FILE, line, field,
                                        f"«{ind.aggregate.of}» должен быть показателем школы в тех же единицах "
                                        f"({ind.unit})"))
    return Catalogue(tasks, indicators, settings), problems
