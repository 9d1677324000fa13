"""A practice as a printable Word document for the regional bank: the card (school, authors, taxonomy, evidence),
the author's text with its sections, the review and the licence. Markdown is turned into Word paragraphs; raw HTML
is dropped (the validator has already refused anything but a small allowlist)."""

from __future__ import annotations

import re
from pathlib import Path

from docx import Document
from docx.shared import Pt

from shnor.export.register import _evidence
from shnor.formatting import date_ru
from shnor.views.practice import PracticeView

_LINK = re.compile(r"!?\[([^\]]*)\]\(<?([^)>\s]+)>?[^)]*\)")
_TAG = re.compile(r"<[^>]+>")
_MARKS = re.compile(r"(\*\*|__|\*|`)")
_LIST = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")


def inline_text(text: str) -> str:
    """Markdown inline markup to plain text: links keep their address, emphasis and tags go."""
    text = _LINK.sub(lambda m: f"{m.group(1)} ({m.group(2)})" if m.group(2).startswith("http") else m.group(1), text)
    return _MARKS.sub("", _TAG.sub("", text)).strip()


def add_markdown(document, body: str) -> None:
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            document.add_paragraph(inline_text(" ".join(paragraph)))
            paragraph.clear()

    for line in body.splitlines():
        stripped = line.strip()
        if not stripped:
            flush()
        elif heading := re.match(r"^(#{1,6})\s+(.*)$", stripped):
            flush()
            document.add_heading(inline_text(heading.group(2)), level=min(len(heading.group(1)), 4))
        elif _LIST.match(line):
            flush()
            document.add_paragraph(inline_text(_LIST.sub("", line)), style="List Bullet")
        else:
            paragraph.append(stripped)
    flush()


def _grades(grades: list[int]) -> str:
    return ", ".join(str(g) for g in grades)


def write_practice(view: PracticeView, path: Path) -> None:
    p = view.practice
    document = Document()
    document.styles["Normal"].font.size = Pt(11)
    document.core_properties.title = p.title
    document.core_properties.subject = "Банк эффективных практик ШНОР и НСУ"
    document.add_heading(p.title, level=1)
    document.add_paragraph(p.summary)
    facts = [
        ("Школа", view.school.name),
        ("Муниципалитет", view.school.municipality),
        ("Авторы", "; ".join(f"{a.name}, {a.position}" for a in p.authors)),
        ("Тип практики", view.practice_type.name),
        ("Направление", view.direction.name),
        ("Уровни образования", ", ".join(view.levels) + (f" (классы {_grades(p.grades)})" if p.grades else "")),
        ("Предметы", ", ".join(view.subjects)),
        ("Факторы риска", "; ".join(view.risk_factors)),
        ("Применяется с", date_ru(p.since) if p.since else ""),
        ("Уровень доказанности", view.evidence_term.name),
        ("Результаты «до» и «после»", _evidence(view)),
        ("Повторена в школах", ", ".join(s.short_name for s in view.adopting_schools)),
    ]
    rows = [(label, value) for label, value in facts if value]
    table = document.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    for row, (label, value) in zip(table.rows, rows, strict=True):
        row.cells[0].text = label
        row.cells[1].text = value
        row.cells[0].paragraphs[0].runs[0].bold = True
    add_markdown(document, view.record.source.body)
    if p.materials:
        document.add_heading("Материалы", level=2)
        for material in p.materials:
            where = f"папка materials архива: {material.file.rsplit('/', 1)[-1]}" if material.file else material.url
            document.add_paragraph(f"{material.title} — {where}", style="List Bullet")
    review = p.review
    closing = f"Статус: {view.status.name}."
    if review.reviewer:
        closing += f" Рецензент: {review.reviewer}" + (f", {date_ru(review.date)}." if review.date else ".")
    closing += f" Лицензия: {view.term('licenses', p.license).name}."
    document.add_paragraph(closing)
    document.save(str(path))
