"""Reading a CSV file as clerks really produce it: Excel's Russian export or a plain UTF-8 file.

Excel on a Russian Windows saves ``;``-separated text in Windows-1251 or UTF-8 with a BOM, with decimal commas and
spaces between thousands; other tools write ``,``-separated UTF-8 with decimal points. Both must load the same, and
every row keeps the line it starts on so that errors point where the clerk will look.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass

SEPARATORS = (";", ",", "\t")


@dataclass
class RawTable:
    header: list[str]  # as written, trimmed
    rows: list[list[str]]
    lines: list[int]  # line of the file on which each row starts (header = line 1)
    separator: str
    encoding: str


class CsvError(Exception):
    def __init__(self, line: int, message: str):
        self.line = line
        self.message = message
        super().__init__(message)


def decode(raw: bytes) -> tuple[str, str]:
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Excel's "CSV (разделители — точка с запятой)" on a Russian Windows writes Windows-1251.
    try:
        return raw.decode("cp1251"), "cp1251"
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise CsvError(line, "не удаётся прочитать файл: сохраните его в кодировке UTF-8") from None


def detect_separator(header_line: str) -> str:
    counts = {sep: header_line.count(sep) for sep in SEPARATORS}
    best = max(SEPARATORS, key=lambda sep: counts[sep])
    return best if counts[best] else ","


def read_csv_text(text: str) -> RawTable:
    first = next((line for line in text.splitlines() if line.strip()), "")
    if not first:
        raise CsvError(1, "файл пустой: в первой строке должны быть названия столбцов")
    separator = detect_separator(first)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    header: list[str] | None = None
    rows: list[list[str]] = []
    lines: list[int] = []
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            raise CsvError(start, f"строка не читается как CSV ({error}): проверьте кавычки") from None
        if not "".join(row).strip():
            continue  # blank lines and Excel's trailing ";;;;" rows (no cell holds anything but spaces)
        if header is None:
            header = [cell.strip() for cell in row]
            continue
        rows.append(row)
        lines.append(start)
    return RawTable(header or [], rows, lines, separator, "")


def read_csv_bytes(raw: bytes) -> RawTable:
    text, encoding = decode(raw)
    table = read_csv_text(text)
    table.encoding = encoding
    return table


_HEADER_NOISE = re.compile(r"[\s\ufeff]+")


def header_key(name: str) -> str:
    """Header cells are matched without case and stray spaces: ``Mark_2 `` is ``mark_2``."""
    return _HEADER_NOISE.sub("", name).lower()
