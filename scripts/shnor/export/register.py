"""The register of practices for the regional bank: one row per practice, Russian column names, as an XLSX sheet
whose text cells are inert (shnor.spreadsheet_cells)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from shnor.formatting import number_ru
from shnor.spreadsheet_cells import append_row
from shnor.views.practice import PracticeView

SHEET = "Реестр практик"


def _evidence(view: PracticeView) -> str:
    units = view.repo.taxonomies["evidence_units"]
    lines = []
    for item in view.practice.evidence:
        suffix = units.by_id(item.unit).extra.get("suffix", "")
        lines.append(
            f"{item.indicator}: {number_ru(item.before.value)}{suffix} ({item.before.year}) → "
            f"{number_ru(item.after.value)}{suffix} ({item.after.year})"
        )
    return "\n".join(lines)


def _school_status(view: PracticeView) -> str:
    school = view.school
    flags = (("ШНОР", school.shnor), ("НСУ", school.nsu), ("школа-партнёр", school.partner))
    return ", ".join(label for label, flag in flags if flag)


# (column title, width, value) — the order of the sheet.
COLUMNS: tuple[tuple[str, int, Callable[[PracticeView, str], object]], ...] = (
    ("Идентификатор", 30, lambda v, f: v.id),
    ("Название практики", 50, lambda v, f: v.practice.title),
    ("Краткое описание", 70, lambda v, f: v.practice.summary),
    ("Школа", 45, lambda v, f: v.school.name),
    ("Муниципалитет", 30, lambda v, f: v.school.municipality),
    ("Местность", 10, lambda v, f: v.term("settlements", v.school.settlement).name),
    ("Статус школы в программе", 16, lambda v, f: _school_status(v)),
    ("Авторы", 40, lambda v, f: "\n".join(f"{a.name}, {a.position}" for a in v.practice.authors)),
    ("Тип практики", 16, lambda v, f: v.practice_type.name),
    ("Направление", 35, lambda v, f: v.direction.name),
    ("Уровни образования", 14, lambda v, f: ", ".join(v.levels)),
    ("Классы", 12, lambda v, f: ", ".join(str(g) for g in v.practice.grades)),
    ("Предметы", 25, lambda v, f: ", ".join(v.subjects)),
    ("Факторы риска", 50, lambda v, f: "\n".join(v.risk_factors)),
    ("Применяется с", 14, lambda v, f: v.practice.since),
    ("Уровень доказанности", 22, lambda v, f: v.evidence_term.name),
    ("Результаты «до» и «после»", 60, lambda v, f: _evidence(v)),
    ("Повторена в школах", 30, lambda v, f: ", ".join(s.short_name for s in v.adopting_schools)),
    ("Статус рассмотрения", 16, lambda v, f: v.status.name),
    ("Рецензент", 30, lambda v, f: v.practice.review.reviewer or ""),
    ("Дата рецензии", 14, lambda v, f: v.practice.review.date),
    ("Лицензия", 14, lambda v, f: v.term("licenses", v.practice.license).name),
    ("Материалы", 40, lambda v, f: "\n".join(m.title for m in v.practice.materials)),
    ("Файлы в архиве", 40, lambda v, f: f),
)
DATE_COLUMNS = {"Применяется с", "Дата рецензии"}


def write_register(views: list[PracticeView], folders: list[str], path: Path) -> None:
    """``folders[i]`` is where practice ``views[i]`` lies in the ZIP."""
    book = Workbook()
    sheet = book.active
    sheet.title = SHEET
    append_row(sheet, ["№", *(title for title, _, _ in COLUMNS)])
    for number, (view, folder) in enumerate(zip(views, folders, strict=True), start=1):
        append_row(sheet, [number, *(value(view, folder) for _, _, value in COLUMNS)])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "C2"
    sheet.auto_filter.ref = sheet.dimensions
    sheet.column_dimensions["A"].width = 5
    for index, (title, width, _) in enumerate(COLUMNS, start=2):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = width
        for cell in sheet[letter][1:]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if title in DATE_COLUMNS and cell.value:
                cell.number_format = "DD.MM.YYYY"
    book.save(path)
