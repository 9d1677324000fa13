"""Turning CSV cells into typed columns, a whole column at a time.

Nothing is coerced silently: a cell that does not parse is reported with its text and stays missing, an empty
cell stays missing (never 0), and only cells that failed are looked at one by one to word the message.

A column repeats few texts (years, stages, small counts, empty cells), so each distinct text is parsed once and the
result is spread back to every cell that holds it: a region's 100,000-row table costs what its distinct values cost.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd

from shnor.indicators.schema import Column, Kind
from shnor.records.plain_text import plain_text_error

CellErrors = list[tuple[int, str]]  # (position in the table, message)
# (pass, position, message): the pass keeps the order a cell-by-cell reading reports errors in.
_Ranked = list[tuple[int, int, str]]

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
        codes, text = _distinct(series)
        counts = np.bincount(codes, minlength=len(text))[(text != "").to_numpy()]
        text = text[text != ""]
        # Exactly three digits after the mark could be a thousands group, so they are not evidence.
        comma += int(counts[text.str.fullmatch(r"[-+−]?\d+,(?:\d{1,2}|\d{4,})\s*%?").eq(True).to_numpy()].sum())
        dot += int(counts[text.str.fullmatch(r"[-+−]?\d+\.(?:\d{1,2}|\d{4,})\s*%?").eq(True).to_numpy()].sum())
    if comma != dot:
        return "," if comma > dot else "."
    return "," if separator == ";" else "."


def _fmt_limit(limit: float) -> str:
    return str(int(limit)) if float(limit).is_integer() else str(limit).replace(".", ",")


def _parse_numbers(raw: pd.Series, column: Column, decimal: str) -> tuple[pd.Series, _Ranked]:
    filled = raw != ""
    parts = raw.str.extract(_number_pattern(decimal))
    matched = filled & parts["int"].notna()
    digits = parts["int"].fillna("").str.replace(rf"{_GROUP}|,", "", regex=True)
    frac = parts["frac"].fillna("")
    sign = parts["sign"].fillna("").str.replace(_MINUS, "-")
    text = (sign + digits + np.where(frac != "", "." + frac, "")).where(matched)
    values = pd.to_numeric(text, errors="coerce").astype(float)

    errors: _Ranked = []
    other = "." if decimal == "," else ","
    for pos in np.flatnonzero((filled & ~matched).to_numpy()):
        cell = raw.iat[pos]
        if re.fullmatch(rf"[-+−]?\d+{re.escape(other)}\d+\s*%?", cell):
            mark, example = ("запятой", "3,93") if decimal == "," else ("точкой", "3.93")
            errors.append((0, pos, f"«{cell}»: в этом файле дробную часть отделяют {mark}, например {example}"))
        elif column.kind is Kind.VALUE:
            errors.append((0, pos, f"«{cell}» — не число: укажите число, процент (28,57%) или «имеется»/«не имеется»"))
        elif column.kind in (Kind.COUNT, Kind.INT):
            errors.append((0, pos, f"«{cell}» — не число: укажите целое число, например 42"))
        else:
            errors.append((0, pos, f"«{cell}» — не число: укажите число, например 29,52"))

    bad = np.zeros(len(raw), dtype=bool)
    for _, pos, _ in errors:
        bad[pos] = True
    if column.kind not in (Kind.PERCENT, Kind.VALUE):
        for pos in np.flatnonzero((matched & parts["pct"].notna()).to_numpy()):
            errors.append((1, pos, f"«{raw.iat[pos]}»: знак % здесь не нужен, укажите число"))
            bad[pos] = True
    if column.kind in (Kind.COUNT, Kind.INT):
        fractional = matched & frac.str.contains(r"[1-9]")
        for pos in np.flatnonzero(fractional.to_numpy()):
            errors.append((2, pos, f"«{raw.iat[pos]}» — не целое число: здесь нужно целое, например 42"))
            bad[pos] = True
    ok = matched.to_numpy() & ~bad
    if column.minimum is not None:
        for pos in np.flatnonzero(ok & (values < column.minimum).to_numpy()):
            errors.append((3, pos, f"«{raw.iat[pos]}»: значение должно быть не меньше {_fmt_limit(column.minimum)}"))
            bad[pos] = True
    if column.maximum is not None:
        for pos in np.flatnonzero(ok & (values > column.maximum).to_numpy()):
            errors.append((4, pos, f"«{raw.iat[pos]}»: значение должно быть не больше {_fmt_limit(column.maximum)}"))
            bad[pos] = True
    return values.mask(bad), errors


def _parse_value(raw: pd.Series, column: Column, decimal: str) -> tuple[pd.Series, _Ranked]:
    flags = raw.map(normalise).map(_FLAGS)
    numeric_raw = raw.where(flags.isna(), "")
    values, errors = _parse_numbers(numeric_raw, column, decimal)
    return values.where(flags.isna(), flags).astype(float), errors


_DMY = re.compile(r"^(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
_ISO = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})$")


def _parse_dates(raw: pd.Series) -> tuple[pd.Series, _Ranked]:
    filled = raw != ""
    parts = raw.str.extract(_DMY).combine_first(raw.str.extract(_ISO))
    numbers = parts[["y", "m", "d"]].apply(pd.to_numeric, errors="coerce")
    numbers.columns = ["year", "month", "day"]
    dates = pd.to_datetime(numbers.where(numbers.notna().all(axis=1)), errors="coerce").astype("datetime64[ns]")
    errors: _Ranked = [
        (0, pos, f"«{raw.iat[pos]}» — не дата: пишите ДД.ММ.ГГГГ, например 20.04.2020")
        for pos in np.flatnonzero((filled & dates.isna()).to_numpy())
    ]
    return dates, errors


def _parse_choice(raw: pd.Series, column: Column, vocabulary: Mapping[str, str] | None) -> tuple[pd.Series, _Ranked]:
    table = {normalise(k): v for k, v in (vocabulary or column.choices).items()}
    filled = raw != ""
    mapped = raw.map(normalise).map(table)
    errors: _Ranked = []
    for pos in np.flatnonzero((filled & mapped.isna()).to_numpy()):
        if column.kind is Kind.TERM:
            hint = (f"такого значения нет в справочнике «{column.vocabulary}» (data/taxonomies.yml): "
                    "укажите id или название")
        else:
            hint = "допустимые значения: " + ", ".join(dict.fromkeys(column.choices.values()))
        errors.append((0, pos, f"«{raw.iat[pos]}» — {hint}"))
    return mapped.astype(object).where(mapped.notna(), None), errors


def _distinct(raw: pd.Series) -> tuple[np.ndarray, pd.Series]:
    """Each cell's index into the column's distinct texts, and those texts (a missing cell is one of them)."""
    codes, uniques = pd.factorize(raw.to_numpy(dtype=object), use_na_sentinel=False)
    return codes, pd.Series(uniques, dtype=object)


def _spread(errors: _Ranked, codes: np.ndarray) -> CellErrors:
    """The errors of the distinct texts, once for every cell holding the text, in the order of a cell-by-cell pass:
    by pass, then by position."""
    if not errors:
        return []
    by_text: dict[int, list[tuple[int, str]]] = {}
    for rank, text, message in errors:
        by_text.setdefault(int(text), []).append((rank, message))
    wrong = np.zeros(int(codes.max()) + 1, dtype=bool)
    wrong[list(by_text)] = True
    spread = [
        (rank, int(pos), message)
        for pos in np.flatnonzero(wrong[codes])
        for rank, message in by_text[int(codes[pos])]
    ]
    spread.sort(key=lambda error: error[:2])
    return [(pos, message) for _, pos, message in spread]


def parse_cells(
    raw: pd.Series, column: Column, decimal: str, vocabulary: Mapping[str, str] | None = None
) -> tuple[pd.Series, CellErrors]:
    """``raw`` holds trimmed strings, ``""`` for an empty cell. Returns the typed column and the bad cells."""
    raw = raw.reset_index(drop=True)
    codes, texts = _distinct(raw)
    if column.kind is Kind.TEXT:
        # A CSV cell is one line of a row: plain text, shown literally (shnor.records.plain_text).
        errors = [(0, i, reason) for i, text in enumerate(texts)
                  if isinstance(text, str) and (reason := plain_text_error(text, multiline=False))]
        return raw.astype(object).where(raw != "", None), _spread(errors, codes)
    if column.kind is Kind.DATE:
        values, errors = _parse_dates(texts)
    elif column.kind in (Kind.CHOICE, Kind.TERM):
        values, errors = _parse_choice(texts, column, vocabulary)
    elif column.kind is Kind.VALUE:
        values, errors = _parse_value(texts, column, decimal)
    else:
        values, errors = _parse_numbers(texts, column, decimal)
        if column.kind is Kind.INT:
            values = values.round().astype("Int64")
    return values.take(codes).reset_index(drop=True), _spread(errors, codes)


def is_numeric(column: Column) -> bool:
    return column.kind in _NUMERIC
