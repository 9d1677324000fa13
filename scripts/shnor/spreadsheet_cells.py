"""Exports are data, never code: the one rule for every text cell of a CSV or XLSX the project writes.

The records are untrusted (schools send them by pull request), and a spreadsheet runs a cell that begins with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return as a formula (OWASP, CSV injection). Such a text becomes
inert: in CSV it gets a leading ``'`` (``inert``), in XLSX it is a string cell shown as text, never a formula
(``append_row``). Only strings are guarded: a number, even a negative one, stays a number. Control characters
that a workbook cannot hold become U+FFFD instead of failing the writer (records refuse them earlier)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from openpyxl.cell.cell import ERROR_CODES, Cell
from openpyxl.worksheet.worksheet import Worksheet

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # what XML 1.0, so XLSX, cannot hold; \t \n \r it can


def _printable(text: str) -> str:
    return text if text.isprintable() else _CONTROL.sub("\ufffd", text)


def inert(value: object) -> object:
    """A CSV cell: a string that begins like a formula, with a leading ``'``; any other value as it is."""
    if not isinstance(value, str):
        return value
    text = _printable(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _sheet_value(sheet: Worksheet, value: object) -> object:
    if not isinstance(value, str):
        return value
    text = _printable(value)
    if not text.startswith(FORMULA_STARTS) and text not in ERROR_CODES:
        return text
    cell = Cell(sheet, value=text)  # openpyxl takes "=..." for a formula and "#N/A" for an error: made text again
    cell.data_type = "s"
    cell.quotePrefix = True  # Excel shows it as text and keeps it text when edited
    return cell


def append_row(sheet: Worksheet, values: Iterable[object]) -> None:
    """``sheet.append(values)`` with every string written as a text cell, never a formula."""
    sheet.append([_sheet_value(sheet, value) for value in values])
