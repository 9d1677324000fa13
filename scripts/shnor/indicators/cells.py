"""Turning CSV cells into typed columns, a whole column at a time.

Nothing is coerced silently: a cell that does not parse is reported with its text and stays missing, an empty
cell stays missing (never 0), and only cells that failed are looked at one by one to word the message.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd

from shnor.indicators.schema import Column, Kind

CellErrors = list[tuple[int, str]]  # (position in the table, message)

_GROUP = "[ \u00a0\u202f\u2009\u2007]"  # spaces Excel and typographers put between thousands
_MINUS = "−"  # U+2212, what Word and typographers type
_FLAGS = {"имеется": 1.0, "есть": 1.0, "да": 1.0, "yes": 1.0,
          "не имеется": 0.0, "отсутствует": 0.0, "нет": 0.0, "no": 0.0}
_NUMERIC = (Kind.COUNT, Kind.INT, Kind.NUMBER, Kind.PERCENT, Kind.VALUE)


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower().replace("ё", "е"))


def _number_pattern(decimal: str) -> re.Pattern[str]:
    groups = rf"\d{{1,3}}(?:{_GROUP}\d{{3}})+"
    if decimal == ".":
        groups = rf"(?:{groups}|\d{{1,3}}(?:,\d{{3}})+)"  # 1,234 in an English export
    return re.compile(
        rf"^(?P<sign>[-+{_MINUS}]?)(?P<int>{groups}|\d+)(?:{re.escape(decimal)}(?P<frac>\d+))?"
        rf"(?:{_GROUP}?(?P<pct>%))?$"
    )


def detect_decimal(cells: Iterable[pd.Series], separator: str) -> str:
    """The decimal mark the file uses: the one its unambiguous numbers use, else the separator's habit."""
    comma = dot = 0
    for series in cells:
        text = series[series != ""]
        # Exactly three digits after the mark could be a thousands group, so they are not evidence.
        comma += int(text.str.fullmatch(r"[-+−]?\d+,(?:\d{1,2}|\d{4,})\s*%?").sum())
        dot += int(text.str.fullmatch(r"[-+−]?\d+\.(?:\d{1,2}|\d{4,})\s*%?").sum())
    if comma != dot:
        return "," if comma > dot else "."
    return "," if separator == ";" else "."


def _fmt_limit(limit: float) -> str:
    return str(int(limit)) if float(limit).is_integer() else str(limit).replace(".", ",")


def _parse_numbers(raw: pd.Series, column: Column, decimal: str) -> tuple[pd.Series, CellErrors]:
    filled = raw != ""
    parts = raw.str.extract(_number_pattern(decimal))
    matched = filled & parts["int"].notna()
    digits = parts["int"].fillna("").str.replace(rf"{_GROUP}|,", "", regex=True)
    frac = parts["frac"].fillna("")
    sign = parts["sign"].fillna("").str.replace(_MINUS, "-")
    text = (sign + digits + np.where(frac != "", "." + frac, "")).where(matched)
    values = pd.to_numeric(text, errors="coerce").astype(float)

    errors: CellErrors = []
    other = "." if decimal == "," else ","
    for pos in np.flatnonzero((filled & ~matched).to_numpy()):
        cell = raw.iat[pos]
        if re.fullmatch(rf"[-+−]?\d+{re.escape(other)}\d+\s*%?", cell):
            mark, example = ("запятой", "3,93") if decimal == "," else ("точкой", "3.93")
            errors.append((pos, f"«{cell}»: в этом файле дробную часть отделяют {mark}, например {example}"))
        elif column.kind is Kind.VALUE:
            errors.append((pos, f"«{cell}» — не число: укажите число, процент (28,57%) или «имеется»/«не имеется»"))
        elif column.kind in (Kind.COUNT, Kind.INT):
            errors.append((pos, f"«{cell}» — не число: укажите целое число, например 42"))
        else:
            errors.append((pos, f"«{cell}» — не число: укажите число, например 29,52"))

    bad = np.zeros(len(raw), dtype=bool)
    for pos, _ in errors:
        bad[pos] = True
    if column.kind not in (Kind.PERCENT, Kind.VALUE):
        for pos in np.flatnonzero((matched & parts["pct"].notna()).to_numpy()):
            errors.append((pos, f"«{raw.iat[pos]}»: знак % здесь не нужен, укажите число"))
            bad[pos] = True
    if column.kind in (Kind.COUNT, Kind.INT):
        fractional = matched & frac.str.contains(r"[1-9]")
        for pos in np.flatnonzero(fractional.to_numpy()):
            errors.append((pos, f"«{raw.iat[pos]}» — не целое число: здесь нужно целое, например 42"))
            bad[pos] = True
    ok = matched.to_numpy() & ~bad
    if column.minimum is not None:
        for pos in np.flatnonzero(ok & (values < column.minimum).to_numpy()):
            errors.append((pos, f"«{raw.iat[pos]}»: значение должно быть не меньше {_fmt_limit(column.minimum)}"))
            bad[pos] = True
    if column.maximum is not None:
        for pos in np.flatnonzero(ok & (values > column.maximum).to_numpy()):
            errors.append((pos, f"«{raw.iat[pos]}»: значение должно быть не больше {_fmt_limit(column.maximum)}"))
            bad[pos] = True
    return values.mask(bad), errors


def _parse_value(raw: pd.Series, column: Column, decimal: str) -> tuple[pd.Series, CellErrors]:
    flags = raw.map(normalise).map(_FLAGS)
    numeric_raw = raw.where(flags.isna(), "")
    values, errors = _parse_numbers(numeric_raw, column, decimal)
    return values.where(flags.isna(), flags).astype(float), errors


_DMY = re.compile(r"^(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
_ISO = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})$")


def _parse_dates(raw: pd.Series) -> tuple[pd.Series, CellErrors]:
    filled = raw != ""
    parts = raw.str.extract(_DMY).combine_first(raw.str.extract(_ISO))
    numbers = parts[["y", "m", "d"]].apply(pd.to_numeric, errors="coerce")
    numbers.columns = ["year", "month", "day"]
    dates = pd.to_datetime(numbers.where(numbers.notna().all(axis=1)), errors="coerce").astype("datetime64[ns]")
    errors: CellErrors = [
        (pos, f"«{raw.iat[pos]}» — не дата: пишите ДД.ММ.ГГГГ, например 20.04.2020")
        for pos in np.flatnonzero((filled & dates.isna()).to_numpy())
    ]
    return dates, errors


def _parse_choice(raw: pd.Series, column: Column, vocabulary: Mapping[str, str] | None) -> tuple[pd.Series, CellErrors]:
    table = {normalise(k): v for k, v in (vocabulary or column.choices).items()}
    filled = raw != ""
    mapped = raw.map(normalise).map(table)
    errors: CellErrors = []
    for pos in np.flatnonzero((filled & mapped.isna()).to_numpy()):
        if column.kind is Kind.TERM:
            hint = (f"такого значения нет в справочнике «{column.vocabulary}» (data/taxonomies.yml): "
                    "укажите id или название")
        else:
            hint = "допустимые значения: " + ", ".join(dict.fromkeys(column.choices.values()))
        errors.append((pos, f"«{raw.iat[pos]}» — {hint}"))
    return mapped.astype(object).where(mapped.notna(), None), errors


def parse_cells(
    raw: pd.Series, column: Column, decimal: str, vocabulary: Mapping[str, str] | None = None
) -> tuple[pd.Series, CellErrors]:
    """``raw`` holds trimmed strings, ``""`` for an empty cell. Returns the typed column and the bad cells."""
    raw = raw.reset_index(drop=True)
    if column.kind is Kind.TEXT:
        return raw.astype(object).where(raw != "", None), []
    if column.kind is Kind.DATE:
        return _parse_dates(raw)
    if column.kind in (Kind.CHOICE, Kind.TERM):
        return _parse_choice(raw, column, vocabulary)
    if column.kind is Kind.VALUE:
        return _parse_value(raw, column, decimal)
    values, errors = _parse_numbers(raw, column, decimal)
    if column.kind is Kind.INT:
        return values.round().astype("Int64"), errors
    return values, errors


def is_numeric(column: Column) -> bool:
    return column.kind in _NUMERIC
