"""The school registry, ``data/schools.csv``: one row per school, checked row by row."""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints, ValidationError

from shnor.paths import ProjectPaths
from shnor.problems import Problem
from shnor.records.choices import Choice
from shnor.records.data_files import SCHOOLS_LIMIT, DataFileError, read_data_file
from shnor.records.file_cache import FileCache, context_of
from shnor.records.messages import describe_error
from shnor.records.plain_text import PlainLine, WebLink
from shnor.records.practice import SLUG_PATTERN
from shnor.records.source import SourceError, decode

if TYPE_CHECKING:
    from shnor.records.repository import Repository

_YES = {"да", "yes", "1", "true", "+"}
_NO = {"нет", "no", "0", "false", "-", ""}


def _flag(value: Any) -> bool:
    text = str(value).strip().lower()
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise ValueError(f"ожидается «да» или «нет», получено «{value}»")


def _split(value: Any) -> list[str]:
    return [part.strip() for part in str(value or "").replace(",", ";").split(";") if part.strip()]


def _optional(value: Any) -> Any:
    return None if value is None or str(value).strip() == "" else value


Flag = Annotated[bool, BeforeValidator(_flag)]


class School(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Annotated[str, StringConstraints(pattern=SLUG_PATTERN, max_length=80)]
    name: PlainLine(5, 300)
    short_name: PlainLine(2, 80)
    municipality: PlainLine(2, 200)
    settlement: Choice("settlements")
    levels: Annotated[list[Choice("levels")], BeforeValidator(_split)] = Field(min_length=1)
    shnor: Flag
    nsu: Flag
    partner: Flag
    base: Flag
    quality_group: Annotated[Annotated[int, Field(ge=1, le=6)] | None, BeforeValidator(_optional)] = None
    social_group: Annotated[Annotated[int, Field(ge=1, le=4)] | None, BeforeValidator(_optional)] = None
    pupils: Annotated[Annotated[int, Field(ge=0, le=10000)] | None, BeforeValidator(_optional)] = None
    website: Annotated[WebLink | None, BeforeValidator(_optional)] = None
    risk_factors: Annotated[list[Choice("risk_factors")], BeforeValidator(_split)] = Field(default_factory=list)

    @property
    def roles(self) -> list[str]:
        """Russian role labels, in the order the programmes list them."""
        labels = [
            ("ШНОР", self.shnor),
            ("НСУ", self.nsu),
            ("школа-партнёр", self.partner),
            ("базовая школа", self.base),
        ]
        return [label for label, on in labels if on]


def load_schools(
    paths: ProjectPaths, taxonomies, cache: FileCache | None = None
) -> tuple[dict[str, School], list[Problem]]:
    """``cache``: reuse the registry read last time when neither the file nor the taxonomies changed."""
    rel = paths.rel(paths.schools)
    try:
        raw = read_data_file(paths.schools, rel, SCHOOLS_LIMIT)
    except FileNotFoundError:
        return {}, [Problem(rel, 1, "", "нет реестра школ data/schools.csv")]
    except DataFileError as error:
        return {}, [error.problem]
    if cache is None or not cache.enabled:
        return _parse_schools(raw, rel, taxonomies)
    return cache.cached("schools", rel, raw, context_of(repr(taxonomies)), lambda: _parse_schools(raw, rel, taxonomies))


def _parse_schools(raw: bytes, rel: str, taxonomies) -> tuple[dict[str, School], list[Problem]]:
    try:
        text = decode(raw, rel)
    except SourceError as error:
        return {}, [error.problem]
    dialect = ";" if text.split("\n", 1)[0].count(";") > text.split("\n", 1)[0].count(",") else ","
    reader = csv.DictReader(io.StringIO(text), delimiter=dialect)
    schools: dict[str, School] = {}
    problems: list[Problem] = []
    expected = set(School.model_fields)
    try:
        header = set(reader.fieldnames or [])
    except csv.Error as error:
        return {}, [Problem(rel, 1, "", f"заголовок не читается как CSV ({error}): проверьте кавычки")]
    for column in sorted(expected - header):
        if School.model_fields[column].is_required():
            problems.append(Problem(rel, 1, column, "в таблице нет обязательного столбца"))
    for column in sorted(header - expected):
        problems.append(Problem(rel, 1, column, "неизвестный столбец: проверьте заголовок таблицы"))
    if problems:
        return {}, problems
    line = 1
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as error:  # an unclosed quote swallowing the rest of the file, a cell over the csv limit
            problems.append(Problem(rel, start, "", f"строка не читается как CSV ({error}): проверьте кавычки"))
            break
        line = reader.line_num
        try:
            school = School.model_validate(row, context={"taxonomies": taxonomies})
        except ValidationError as error:
            for item in error.errors(include_url=False):
                column = str(item["loc"][0]) if item["loc"] else ""
                problems.append(Problem(rel, line, column, describe_error(item, School)))
            continue
        if school.id in schools:
            problems.append(
                Problem(rel, line, "id", f"школа «{school.id}» уже есть в реестре выше: id должен быть уникальным")
            )
            continue
        schools[school.id] = school
    return schools, problems


def load(repo: Repository) -> list[Problem]:
    """The registry into ``repo.schools``: first of the kinds, every other one names its schools."""
    repo.schools, problems = load_schools(repo.paths, repo.taxonomies, repo.cache)
    return problems
