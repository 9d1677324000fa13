"""The monitoring CSV files described as data: columns, kinds, ranges, keys.

The loader, the validator and ``data/monitoring/README.md`` all follow these declarations, so adding a column
means adding one ``Column`` here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from shnor.indicators.model import STAGES


class Kind(Enum):
    TEXT = "text"  # free text, kept as written (trimmed)
    COUNT = "count"  # whole number >= 0: pupils, marks, events
    INT = "int"  # whole number: year, grade
    NUMBER = "number"  # real number: scores, staff positions
    PERCENT = "percent"  # real number of percent; a trailing "%" is allowed
    DATE = "date"  # 20.04.2020 or 2020-04-20
    CHOICE = "choice"  # one of ``choices`` (case and ё/е insensitive), stored as the canonical spelling
    TERM = "term"  # an id or Russian name from data/taxonomies.yml, stored as the id
    VALUE = "value"  # a number, a percent, or имеется/не имеется (stored as 1/0)


@dataclass(frozen=True)
class Column:
    name: str
    kind: Kind
    required: bool = False
    minimum: float | None = None
    maximum: float | None = None
    choices: dict[str, str] = field(default_factory=dict)  # accepted spelling (normalised) -> canonical value
    vocabulary: str = ""  # taxonomy key for Kind.TERM
    about: str = ""  # Russian: what the clerk should write, used in messages


@dataclass(frozen=True)
class TableSchema:
    name: str
    file: str  # under data/monitoring/
    columns: tuple[Column, ...]
    key: tuple[str, ...]  # a row is identified by these columns; a repeat is a duplicate

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]


def _choices(*canonical: str, **aliases: str) -> dict[str, str]:
    table = {value.lower(): value for value in canonical}
    table.update({alias.lower(): value for alias, value in aliases.items()})
    return table


STAGE_CHOICES = _choices(*STAGES, entry="входной", interim="промежуточный", final="итоговый")
EXAM_CHOICES = _choices("ОГЭ", "ЕГЭ", oge="ОГЭ", ege="ЕГЭ")
VARIANT_CHOICES = _choices("базовая", "профильная", base="базовая", profile="профильная")

_YEAR = Column("year", Kind.INT, required=True, minimum=2000, maximum=2100, about="год, например 2020")
_SCHOOL = Column("school", Kind.TEXT, required=True,
                 about="id школы из data/schools.csv или @municipality, @region, @russia")
_SUBJECT = Column("subject", Kind.TERM, required=True, vocabulary="subjects", about="предмет из data/taxonomies.yml")
_GRADE = Column("grade", Kind.INT, required=True, minimum=4, maximum=11, about="класс, от 4 до 11")
_COMMENT = Column("comment", Kind.TEXT)


def _count(name: str, required: bool = False) -> Column:
    return Column(name, Kind.COUNT, required=required, minimum=0)


def _score(name: str) -> Column:
    return Column(name, Kind.NUMBER, minimum=0, maximum=100)


VALUES = TableSchema(
    name="values",
    file="values.csv",
    key=("school", "indicator", "year", "stage"),
    columns=(
        _SCHOOL,
        Column("indicator", Kind.TEXT, required=True, about="id показателя из data/indicators.yml"),
        _YEAR,
        Column("stage", Kind.CHOICE, required=True, choices=STAGE_CHOICES),
        Column("date", Kind.DATE),
        # Not COUNT: staffing is measured in positions (ставки), which can be 0,5.
        Column("numerator", Kind.NUMBER, minimum=0),
        Column("denominator", Kind.NUMBER, minimum=0),
        Column("value", Kind.VALUE, minimum=0),
        _COMMENT,
    ),
)

VPR = TableSchema(
    name="vpr",
    file="vpr.csv",
    key=("school", "year", "subject", "grade"),
    columns=(
        _SCHOOL,
        _YEAR,
        _SUBJECT,
        _GRADE,
        _count("participants", required=True),
        _count("mark_2", required=True),
        _count("mark_3", required=True),
        _count("mark_4", required=True),
        _count("mark_5", required=True),
        _score("mean_score"),
        _score("median"),
        _score("min_score"),
        _score("max_score"),
        _COMMENT,
    ),
)

VPR_TASKS = TableSchema(
    name="vpr_tasks",
    file="vpr_tasks.csv",
    key=("school", "year", "subject", "grade", "task"),
    columns=(
        _SCHOOL,
        _YEAR,
        _SUBJECT,
        _GRADE,
        Column("task", Kind.TEXT, required=True, about="номер задания, как в отчёте ФИС ОКО: 5(1), 1К2"),
        _count("max_score"),
        Column("solve_rate", Kind.PERCENT, required=True, minimum=0, maximum=100),
    ),
)

GIA = TableSchema(
    name="gia",
    file="gia.csv",
    key=("school", "year", "exam", "subject", "variant"),
    columns=(
        _SCHOOL,
        _YEAR,
        Column("exam", Kind.CHOICE, required=True, choices=EXAM_CHOICES),
        _SUBJECT,
        Column("variant", Kind.CHOICE, choices=VARIANT_CHOICES, about="для ЕГЭ по математике: базовая или профильная"),
        _count("participants", required=True),
        _count("passed"),
        _score("mean_score"),
        _score("sd"),
        _score("median"),
        _score("min_score"),
        _score("max_score"),
        _count("mark_5"),
        _count("mark_4"),
        _count("mark_3"),
        _count("mark_2"),
        _count("band_upto_60"),
        _count("band_61_80"),
        _count("band_81_plus"),
        _COMMENT,
    ),
)

SOCIAL = TableSchema(
    name="social",
    file="social.csv",
    key=("school", "year", "stage"),
    columns=(
        _SCHOOL,
        _YEAR,
        Column("stage", Kind.CHOICE, required=True, choices=STAGE_CHOICES),
        Column("date", Kind.DATE),
        _count("pupils_total", required=True),
        _count("single_parent"),
        _count("both_parents_higher_ed"),
        _count("deviant_registered"),
        _count("russian_not_native"),
    ),
)

ROADMAP = TableSchema(
    name="roadmap",
    file="roadmap.csv",
    key=("school", "item"),
    columns=(
        Column("school", Kind.TEXT, required=True, about="id школы или @municipality для муниципального плана"),
        Column("item", Kind.TEXT, required=True, about="номер мероприятия, например 1.2"),
        Column("section", Kind.TEXT, required=True),
        Column("direction", Kind.TERM, vocabulary="directions"),
        Column("activity", Kind.TEXT, required=True),
        Column("deadline", Kind.DATE, required=True),
        Column("deadline_text", Kind.TEXT),
        Column("responsible", Kind.TEXT, required=True),
        Column("planned_result", Kind.TEXT),
        _count("coverage"),
        Column("percent_done", Kind.PERCENT, minimum=0, maximum=100),
        Column("reason", Kind.TEXT),
        Column("updated", Kind.DATE),
    ),
)

TABLES: dict[str, TableSchema] = {t.name: t for t in (VALUES, VPR, VPR_TASKS, GIA, SOCIAL, ROADMAP)}
MONITORING_DIR = "data/monitoring"
