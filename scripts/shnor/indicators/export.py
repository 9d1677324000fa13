"""Computed tables as downloadable files: CSV that Russian Excel opens as is (UTF-8 with BOM, ``;``, decimal
comma) and XLSX with real numbers. Missing values stay empty cells, never 0. Text cells are inert
(shnor.spreadsheet_cells)."""

from __future__ import annotations

import io
import math
import numbers

import pandas as pd
from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from shnor.spreadsheet_cells import append_row, inert


def _cell_text(value: object) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, float):
        return (str(int(value)) if value.is_integer() else f"{value:.2f}".rstrip("0")).replace(".", ",")
    if isinstance(value, pd.Timestamp):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, str):
        return inert(value)
    return str(value) if isinstance(value, numbers.Number) else inert(str(value))


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """Excel-Russian CSV: every cell as text, numbers rounded to hundredths with a decimal comma."""
    out = io.StringIO()
    text = frame.astype(object).map(_cell_text)
    text.to_csv(out, sep=";", index=False, lineterminator="\r\n")
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")


def xlsx_bytes(frame: pd.DataFrame, sheet: str = "Данные") -> bytes:
    book = Workbook()
    ws = book.active
    ws.title = sheet[:31]
    append_row(ws, [str(c) for c in frame.columns])
    for row in frame.itertuples(index=False):
        cells = []
        for value in row:
            if value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and math.isnan(value)):
                cells.append(None)
            elif isinstance(value, float):
                cells.append(round(value, 4))
            elif isinstance(value, pd.Timestamp):
                cells.append(value.to_pydatetime().date())
            else:
                cells.append(value if isinstance(value, int | str) else str(value))
        append_row(ws, cells)
    for index, column in enumerate(frame.columns, start=1):
        ws.column_dimensions[get_column_letter(index)].width = min(60, max(10, len(str(column)) + 2))
    ws.freeze_panes = "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
