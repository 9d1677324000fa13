"""The risk profile as an SVG picture: one row per risk factor, one column per assessment, each cell coloured and
labelled with its level (the colour is never the only sign), and a last column that says how the risk changed.
Plain SVG text, no plotting library: a picture of a few kilobytes that prints and scales."""

from __future__ import annotations

import textwrap
from html import escape

from shnor.records.programme import Programme
from shnor.risk_profiles.counts import assessments_by_year, changes, levels_of
from shnor.taxonomy import Taxonomies

COLOURS = {"high": ("#b71c1c", "#ffffff"), "medium": ("#f9a825", "#1a1a1a"), "low": ("#2e7d32", "#ffffff")}
MISSING = ("#e0e0e0", "#1a1a1a")
ARROWS = {-1: "↓", 1: "↑", 0: "="}

LABEL_WIDTH, CELL_WIDTH, CHANGE_WIDTH, ROW_HEIGHT, HEAD_HEIGHT = 380, 104, 150, 46, 34
FONT = "font-family:'DejaVu Sans',Arial,sans-serif"


def _text(x: float, y: float, text: str, size: int = 13, anchor: str = "start", fill: str = "#1a1a1a",
          weight: str = "normal") -> str:
    return (f'<text x="{x:.0f}" y="{y:.0f}" font-size="{size}" text-anchor="{anchor}" fill="{fill}" '
            f'font-weight="{weight}">{escape(text)}</text>')  # fmt: skip


def risk_profile_svg(programme: Programme, taxonomies: Taxonomies, title: str) -> str:
    factors = taxonomies["risk_factors"]
    levels = taxonomies["risk_levels"]
    ordered = assessments_by_year(programme)
    columns = [levels_of(a) for a in ordered]
    delta = {c.factor: c for c in changes(programme, factors.ids)}
    width = LABEL_WIDTH + CELL_WIDTH * len(ordered) + (CHANGE_WIDTH if len(ordered) > 1 else 0)
    height = HEAD_HEIGHT + ROW_HEIGHT * len(factors) + 8
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'role="img" aria-labelledby="title" style="{FONT}">',
        f"<title id=\"title\">{escape(title)}</title>",
        f'<rect width="{width}" height="{height}" fill="#ffffff"/>',
        _text(8, 22, "Фактор риска", weight="bold"),
    ]
    for index, assessment in enumerate(ordered):
        x = LABEL_WIDTH + CELL_WIDTH * index + CELL_WIDTH / 2
        parts.append(_text(x, 22, f"{assessment.year} год", anchor="middle", weight="bold"))
    if len(ordered) > 1:
        parts.append(_text(LABEL_WIDTH + CELL_WIDTH * len(ordered) + 10, 22, "Изменение", weight="bold"))
    for row, term in enumerate(factors):
        top = HEAD_HEIGHT + ROW_HEIGHT * row
        if row % 2:
            parts.append(f'<rect x="0" y="{top}" width="{width}" height="{ROW_HEIGHT}" fill="#f5f5f5"/>')
        lines = textwrap.wrap(term.name, 50)[:2]
        first = top + ROW_HEIGHT / 2 + 5 - (8 if len(lines) > 1 else 0)
        for number, line in enumerate(lines):
            parts.append(_text(8, first + 16 * number, line, size=12))
        for index, column in enumerate(columns):
            level = column.get(term.id)
            fill, ink = COLOURS[level] if level else MISSING
            x = LABEL_WIDTH + CELL_WIDTH * index
            parts.append(f'<rect x="{x + 4}" y="{top + 6}" width="{CELL_WIDTH - 8}" height="{ROW_HEIGHT - 12}" '
                         f'rx="4" fill="{fill}"/>')  # fmt: skip
            label = levels.by_id(level).name if level else "не оценён"
            parts.append(_text(x + CELL_WIDTH / 2, top + ROW_HEIGHT / 2 + 5, label, anchor="middle", fill=ink))
        if len(ordered) > 1:
            change = delta[term.id]
            colour = {-1: "#2e7d32", 1: "#b71c1c", 0: "#424242"}[change.direction]
            text = f"{ARROWS[change.direction]} {change.words}" if change.before and change.after else change.words
            parts.append(_text(LABEL_WIDTH + CELL_WIDTH * len(ordered) + 10, top + ROW_HEIGHT / 2 + 5, text,
                               fill=colour, weight="bold" if change.direction else "normal"))  # fmt: skip
    parts.append("</svg>")
    return "\n".join(parts) + "\n"
