"""The partnership network as an SVG drawn at build time: partner schools on the left, the schools they support on
the right, a line per partnership (solid while it is in force, dashed once finished or not yet started).
Every name is XML-escaped; the page shows the same facts as a list for readers who cannot see the picture."""

from __future__ import annotations

import datetime as dt
from html import escape

from shnor.views.partnership import PartnershipView

ROW = 46
TOP = 56
WIDTH = 760
BOX_W = 230
BOX_H = 32
LEFT_X = 20
RIGHT_X = WIDTH - 20 - BOX_W
COLOURS = {"active": "#283593", "finished": "#757575", "planned": "#00796b"}


def _box(x: int, y: int, label: str, fill: str) -> str:
    return (
        f'<rect x="{x}" y="{y}" width="{BOX_W}" height="{BOX_H}" rx="6" fill="{fill}" stroke="#3949ab"/>'
        f'<text x="{x + BOX_W // 2}" y="{y + 21}" text-anchor="middle">{escape(label)}</text>'
    )


def network_svg(views: list[PartnershipView], today: dt.date, title: str = "Сеть партнёрств школ программы") -> str:
    partners = sorted({v.partner.id: v.partner for v in views}.values(), key=lambda s: s.short_name)
    schools = sorted({v.school.id: v.school for v in views}.values(), key=lambda s: s.short_name)
    rows = max(len(partners), len(schools), 1)
    height = TOP + rows * ROW + 44
    left = {s.id: TOP + i * ROW for i, s in enumerate(partners)}
    right = {s.id: TOP + i * ROW for i, s in enumerate(schools)}
    lines = []
    for view in views:
        _, kind = view.state(today)
        dash = "" if kind == "active" else ' stroke-dasharray="7 5"'
        y1, y2 = left[view.partner.id] + BOX_H // 2, right[view.school.id] + BOX_H // 2
        lines.append(
            f'<line x1="{LEFT_X + BOX_W}" y1="{y1}" x2="{RIGHT_X}" y2="{y2}" stroke="{COLOURS[kind]}" '
            f'stroke-width="2.5"{dash}><title>{escape(view.title)}</title></line>'
        )
    boxes = [_box(LEFT_X, left[s.id], s.short_name, "#e8eaf6") for s in partners]
    boxes += [_box(RIGHT_X, right[s.id], s.short_name, "#fff8e1") for s in schools]
    legend_y = TOP + rows * ROW + 18
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" '
        'role="img" aria-labelledby="title desc" font-family="Roboto, Arial, sans-serif" font-size="14">'
        f'<title id="title">{escape(title)}</title>'
        '<desc id="desc">Слева школы-партнёры, справа школы, которые они поддерживают; линия — договор '
        "о сетевом взаимодействии.</desc>"
        f'<rect width="{WIDTH}" height="{height}" fill="#ffffff"/>'
        f'<text x="{LEFT_X}" y="30" font-weight="700" fill="#1a1a1a">Школы-партнёры</text>'
        f'<text x="{RIGHT_X}" y="30" font-weight="700" fill="#1a1a1a">ШНОР и НСУ</text>'
        + "".join(lines)
        + '<g fill="#1a1a1a">'
        + "".join(boxes)
        + "</g>"
        + f'<g font-size="12" fill="#1a1a1a"><line x1="{LEFT_X}" y1="{legend_y}" x2="{LEFT_X + 30}" y2="{legend_y}" '
        f'stroke="{COLOURS["active"]}" stroke-width="2.5"/><text x="{LEFT_X + 38}" y="{legend_y + 4}">действует</text>'
        f'<line x1="{LEFT_X + 130}" y1="{legend_y}" x2="{LEFT_X + 160}" y2="{legend_y}" stroke="{COLOURS["finished"]}" '
        f'stroke-width="2.5" stroke-dasharray="7 5"/><text x="{LEFT_X + 168}" y="{legend_y + 4}">'
        "завершено или ещё не началось</text></g>"
        "</svg>\n"
    )
