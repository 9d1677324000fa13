"""Loading the monitoring data: the CSV tables under data/monitoring/, the catalogue and the school registry.

Every loader returns ``(data, problems)``: a broken cell is reported with its file, line, column and text and
becomes a missing value, so one bad cell never hides the rest of the file's errors.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from shnor.indicators.catalogue import load_catalogue
from shnor.indicators.cells import detect_decimal, is_numeric, parse_cells
from shnor.indicators.csv_reader import CsvError, header_key, read_csv_bytes
from shnor.indicators.model import MonitoringData
from shnor.indicators.schema import MONITORING_DIR, TABLES, Kind, TableSchema
from shnor.problems import Problem, RecordError
from shnor.records.data_files import MONITORING_LIMIT, DataFileError, read_data_file
from shnor.records.file_cache import FileCache, context_of

Vocabularies = Mapping[str, Mapping[str, str]]

_EMPTY_DTYPES = {Kind.INT: "Int64", Kind.DATE: "datetime64[ns]", Kind.COUNT: float, Kind.NUMBER: float,
                 Kind.PERCENT: float, Kind.VALUE: float}


def empty_table(schema: TableSchema) -> pd.DataFrame:
    columns = {c.name: pd.Series(dtype=_EMPTY_DTYPES.get(c.kind, object)) for c in schema.columns}
    columns["source_line"] = pd.Series(dtype=int)
    return pd.DataFrame(columns)


def load_table(path: Path, schema: TableSchema, rel: str, vocabularies: Vocabularies | None = None,
               content: bytes | None = None) -> tuple[pd.DataFrame, list[Problem]]:
    """Read one CSV file against its schema. ``rel`` is the path printed in problems; ``content``: the file's
    bytes when the caller has read them already."""
    try:
        raw = read_csv_bytes(read_data_file(path, rel, MONITORING_LIMIT) if content is None else content)
    except FileNotFoundError:
        return empty_table(schema), []  # a table the municipality does not keep (yet) is simply empty
    except DataFileError as error:
        return empty_table(schema), [error.problem]
    except CsvError as error:
        return empty_table(schema), [Problem(rel, error.line, "", error.message)]

    problems: list[Problem] = []
    known = {header_key(c.name): c.name for c in schema.columns}
    positions: dict[str, int] = {}
    for index, title in enumerate(raw.header):
        key = header_key(title)
        if not key:
            continue
        if key not in known:
            problems.append(Problem(rel, 1, title, f"неизвестный столбец «{title}»: он не будет прочитан; "
                                                   f"допустимые столбцы: {', '.join(schema.names)}", "warning"))
        elif known[key] in positions:
            problems.append(Problem(rel, 1, title, f"столбец «{title}» встречается дважды"))
        else:
            positions[known[key]] = index
    for column in schema.columns:
        if column.required and column.name not in positions:
            problems.append(Problem(rel, 1, column.name, f"нет обязательного столбца «{column.name}»"))
    if any(p.severity == "error" for p in problems):
        return empty_table(schema), problems

    width = len(raw.header)
    for row, line in zip(raw.rows, raw.lines, strict=True):
        if len(row) <= width:
            continue
        extra = [cell for cell in row[width:] if cell.strip()]
        if extra:
            problems.append(Problem(rel, line, "", f"в строке больше значений, чем столбцов в заголовке: «{extra[0]}» "
                                                   "лишнее — проверьте разделители"))

    # One transpose in C instead of a Python loop per column; a short row reads as empty cells.
    padded = [row if len(row) >= width else row + [""] * (width - len(row)) for row in raw.rows]
    columns = list(zip(*padded, strict=False)) if padded else []

    def cells(name: str) -> pd.Series:
        index = positions.get(name)
        if index is None:
            return pd.Series([""] * len(raw.rows), dtype=object)
        # A column repeats few texts: each distinct one is trimmed once.
        codes, uniques = pd.factorize(np.array(columns[index], dtype=object))
        trimmed = np.array([text.strip() for text in uniques], dtype=object)
        return pd.Series(trimmed[codes], dtype=object)

    texts = {c.name: cells(c.name) for c in schema.columns}
    decimal = detect_decimal((texts[c.name] for c in schema.columns if is_numeric(c)), raw.separator)
    lines = pd.Series(raw.lines, dtype=int)
    frame: dict[str, pd.Series] = {}
    for column in schema.columns:
        text = texts[column.name]
        vocabulary = (vocabularies or {}).get(column.vocabulary) if column.kind is Kind.TERM else None
        if column.kind is Kind.TERM and vocabulary is None:
            parsed, errors = text.where(text != "", None), []  # no taxonomy to check against: keep as written
        else:
            parsed, errors = parse_cells(text, column, decimal, vocabulary)
        for pos, message in errors:
            problems.append(Problem(rel, int(lines.iat[pos]), column.name, message))
        if column.required:
            for pos in (text == "").to_numpy().nonzero()[0]:
                problems.append(Problem(rel, int(lines.iat[pos]), column.name,
                                        f"не заполнено обязательное поле «{column.name}»"))
        frame[column.name] = parsed
    frame["source_line"] = lines
    table = pd.DataFrame(frame) if raw.rows else empty_table(schema)
    return table, problems


def _vocabularies(root: Path) -> dict[str, dict[str, str]]:
    from shnor.taxonomy import normalise, taxonomies_at

    try:
        taxonomies = taxonomies_at(root.resolve())
    except (OSError, KeyError, TypeError, ValueError, RecordError):
        return {}  # the records validator reports a broken taxonomies file; terms are then kept as written
    vocabularies: dict[str, dict[str, str]] = {}
    for key in ("subjects", "directions"):
        table: dict[str, str] = {}
        for term in taxonomies[key]:
            table[term.id] = term.id
            table[normalise(term.name)] = term.id
            if term.extra.get("short"):
                table[normalise(str(term.extra["short"]))] = term.id
        vocabularies[key] = table
    return vocabularies


def _unknown_files(root: Path) -> list[Problem]:
    """A CSV under data/monitoring/ that no table reads is most likely a misnamed one."""
    known = {schema.file for schema in TABLES.values()}
    folder = root / MONITORING_DIR
    if not folder.is_dir():
        return []
    return [
        Problem(f"{MONITORING_DIR}/{path.name}", 1, "", "этот файл не читается: таблицы мониторинга называются "
                + ", ".join(sorted(known)), "warning")
        for path in sorted(folder.glob("*.csv")) if path.name not in known
    ]


REGISTRY_COLUMNS = ["id", "short_name", "shnor", "nsu", "partner", "base", "quality_group", "social_group",
                    "pupils", "levels", "settlement"]


def load_registry(root: Path, schools: Mapping[str, Any] | None = None) -> pd.DataFrame:
    """The school registry as a frame (``schools``: the already loaded registry, else it is read from ``root``).
    Its own errors are the records validator's to report, not ours."""
    from shnor.paths import ProjectPaths
    from shnor.records.schools import load_schools
    from shnor.taxonomy import taxonomies_at

    if schools is None:
        try:
            schools, _ = load_schools(ProjectPaths(root), taxonomies_at(root.resolve()))
        except (OSError, KeyError, TypeError, ValueError, RecordError):
            schools = {}
    rows = [{
        "id": s.id, "short_name": s.short_name, "shnor": s.shnor, "nsu": s.nsu, "partner": s.partner, "base": s.base,
        "quality_group": s.quality_group, "social_group": s.social_group, "pupils": s.pupils,
        "levels": ";".join(s.levels), "settlement": s.settlement,
    } for s in schools.values()]
    frame = pd.DataFrame(rows, columns=REGISTRY_COLUMNS)
    for column in ("quality_group", "social_group", "pupils"):
        frame[column] = frame[column].astype(float)
    return frame


def _cached_table(root: Path, rel: str, schema: TableSchema, vocabularies: Vocabularies,
                  cache: FileCache | None) -> tuple[pd.DataFrame, list[Problem]]:
    """``load_table``, or what it gave last time for the same bytes, schema and vocabularies."""
    path = root / rel
    if cache is None or not cache.enabled:
        return load_table(path, schema, rel, vocabularies)
    try:
        content = read_data_file(path, rel, MONITORING_LIMIT)
    except (OSError, DataFileError):
        return load_table(path, schema, rel, vocabularies)  # a missing or refused table: nothing worth keeping
    context = context_of(repr(schema), repr(sorted((k, sorted(v.items())) for k, v in vocabularies.items())))
    return cache.cached("monitoring", rel, content, context,
                        lambda: load_table(path, schema, rel, vocabularies, content))


def load_monitoring(root: Path, schools: Mapping[str, Any] | None = None, cache: FileCache | None = None
                    ) -> tuple[MonitoringData, list[Problem]]:
    """Load everything the indicator tables are computed from. Problems cover parsing only;
    the monitoring rules (shnor.validation.rules.monitoring) add the checks across files (unknown ids, sums,
    duplicates). ``cache``: reuse each table's result from last time when its bytes did not change (see
    shnor.records.file_cache)."""
    catalogue, problems = load_catalogue(root)
    problems.extend(_unknown_files(root))
    vocabularies = _vocabularies(root)
    tables: dict[str, pd.DataFrame] = {}
    paths: dict[str, str] = {}
    for name, schema in TABLES.items():
        rel = f"{MONITORING_DIR}/{schema.file}"
        table, found = _cached_table(root, rel, schema, vocabularies, cache)
        tables[name] = table
        paths[name] = rel
        problems.extend(found)
    registry = load_registry(root, schools)
    data = MonitoringData(root=root, catalogue=catalogue, schools=registry, paths=paths, **tables)
    return data, problems
