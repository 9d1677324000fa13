"""Charts as SVG written at build time: readable without JavaScript, printable, each with a <title>, a <desc>
and a data table the page puts beside it. Colours are paired with text labels and line patterns."""

from __future__ import annotations

from dataclasses import dataclass

from shnor.formatting import number_ru, percent_ru
from shnor.site.html import esc
from shnor.site.raw_html import keep

MARK_COLOURS = {"2": "#c62828", "3": "#ef8f00", "4": "#7cb342", "5": "#2e7d32"}
MARK_TEXT = {"2": "#ffffff", "3": "#1b1b1b", "4": "#1b1b1b", "5": "#ffffff"}
LINE_STYLES = (("#1f4f99", ""), ("#c62828", "6 3"), ("#2e7d32", "2 3"), ("#7a4b00", "8 3 2 3"), ("#6a1b9a", "1 2"))
MARKERS = ("circle", "square", "diamond", "triangle", "circle")


def _svg_open(chart_id: str, width: int, height: int, title: str, desc: str) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" class="shnor-svg" viewBox="0 0 {width} {height}" '
            f'width="{width}" height="{height}" role="img" aria-labelledby="{chart_id}-t {chart_id}-d" '
            f'id="{chart_id}"><title id="{chart_id}-t">{esc(title)}</title><desc id="{chart_id}-d">{esc(desc)}</desc>')


@dataclass(frozen=True)
class Distribution:
    label: str
    shares: dict[str, float | None]  # mark "2".."5" -> share in %, None when hidden or unknown
    note: str = ""  # shown instead of the bar when there are no shares (e.g. «скрыто: меньше 5 участников»)


def distribution_chart(chart_id: str, title: str, rows: list[Distribution]) -> str:
    """Horizontal stacked bars of marks «2»…«5», one bar per school or reference."""
    label_w, bar_w, row_h, top = 190, 420, 30, 34
    width, height = label_w + bar_w + 20, top + row_h * len(rows) + 10
    desc = "; ".join(
        f"{r.label}: " + (", ".join(f"«{m}» {percent_ru(v)}" for m, v in r.shares.items() if v is not None)
                          or r.note) for r in rows)
    parts = [_svg_open(chart_id, width, height, title, desc)]
    x = label_w
    for mark, colour in MARK_COLOURS.items():  # legend: colour and the mark in words
        parts.append(f'<rect x="{x}" y="6" width="14" height="14" fill="{colour}"/>'
                     f'<text x="{x + 18}" y="18" class="shnor-svg__legend">отметка «{mark}»</text>')
        x += 100
    for i, row in enumerate(rows):
        y = top + i * row_h
        parts.append(f'<text x="{label_w - 8}" y="{y + 19}" text-anchor="end" class="shnor-svg__label">'
                     f'{esc(row.label)}</text>')
        values = {m: v for m, v in row.shares.items() if v is not None}
        if len(values) < len(MARK_COLOURS):
            parts.append(f'<text x="{label_w}" y="{y + 19}" class="shnor-svg__note">{esc(row.note or "нет данных")}'
                         "</text>")
            continue
        x = float(label_w)
        for mark, share in values.items():
            w = bar_w * share / 100
            parts.append(f'<rect x="{x:.1f}" y="{y + 3}" width="{w:.1f}" height="{row_h - 8}" '
                         f'fill="{MARK_COLOURS[mark]}"><title>{esc(row.label)}: «{mark}» {esc(percent_ru(share))}'
                         "</title></rect>")
            if w >= 34:
                parts.append(f'<text x="{x + w / 2:.1f}" y="{y + 19}" text-anchor="middle" '
                             f'fill="{MARK_TEXT[mark]}" class="shnor-svg__value">{esc(percent_ru(share, 0))}</text>')
            x += w
    parts.append("</svg>")
    return "".join(parts)


@dataclass(frozen=True)
class Series:
    label: str
    points: list[float | None]  # one per period, None where there is no published value


def _marker(kind: str, x: float, y: float, colour: str) -> str:
    if kind == "square":
        return f'<rect x="{x - 4:.1f}" y="{y - 4:.1f}" width="8" height="8" fill="{colour}"/>'
    if kind == "diamond":
        points = f"M{x:.1f} {y - 5:.1f}L{x + 5:.1f} {y:.1f}L{x:.1f} {y + 5:.1f}L{x - 5:.1f} {y:.1f}Z"
        return f'<path d="{points}" fill="{colour}"/>'
    if kind == "triangle":
        return f'<path d="M{x:.1f} {y - 5:.1f}L{x + 5:.1f} {y + 4:.1f}L{x - 5:.1f} {y + 4:.1f}Z" fill="{colour}"/>'
    return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{colour}"/>'


def line_chart(chart_id: str, title: str, periods: list[str], series: list[Series]) -> str:
    """Percentages (0–100 %) over monitoring periods; every line has its own colour, dash and marker, and
    the legend names it."""
    left, right, top, plot_h = 48, 20, 20, 200
    width = max(520, left + right + 110 * len(periods))
    legend_top = top + plot_h + 40
    height = legend_top + 20 * len(series) + 6
    step = (width - left - right) / max(1, len(periods) - 1) if len(periods) > 1 else 0

    def px(i: int) -> float:
        return left + (step * i if len(periods) > 1 else (width - left - right) / 2)

    def py(v: float) -> float:
        return top + plot_h * (1 - max(0.0, min(100.0, v)) / 100)

    desc = "; ".join(f"{s.label}: " + ", ".join(
        f"{p} — {percent_ru(v) if v is not None else 'нет данных'}" for p, v in zip(periods, s.points, strict=True))
        for s in series)
    parts = [_svg_open(chart_id, width, height, title, desc)]
    for tick in range(0, 101, 25):
        y = py(tick)
        parts.append(f'<line x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" class="shnor-svg__grid"/>'
                     f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" class="shnor-svg__axis">{tick}\u202f%'
                     "</text>")
    for i, period in enumerate(periods):
        parts.append(f'<text x="{px(i):.1f}" y="{top + plot_h + 18}" text-anchor="middle" '
                     f'class="shnor-svg__axis">{esc(period)}</text>')
    for n, line in enumerate(series):
        colour, dash = LINE_STYLES[n % len(LINE_STYLES)]
        marker = MARKERS[n % len(MARKERS)]
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        segment: list[str] = []
        for i, v in enumerate([*line.points, None]):
            if v is not None:
                segment.append(f"{px(i):.1f},{py(v):.1f}")
                continue
            if len(segment) > 1:
                parts.append(f'<polyline points="{" ".join(segment)}" fill="none" stroke="{colour}" '
                             f'stroke-width="2.5"{dash_attr}/>')
            segment = []
        for i, v in enumerate(line.points):
            if v is not None:
                parts.append(_marker(marker, px(i), py(v), colour)
                             .replace("/>", f"><title>{esc(line.label)}, {esc(periods[i])}: "
                                            f"{esc(percent_ru(v))}</title></{_tag(marker)}>", 1))
        y = legend_top + 20 * n
        parts.append(f'<line x1="{left}" x2="{left + 30}" y1="{y}" y2="{y}" stroke="{colour}" stroke-width="2.5"'
                     f'{dash_attr}/>' + _marker(marker, left + 15, y, colour)
                     + f'<text x="{left + 38}" y="{y + 4}" class="shnor-svg__legend">{esc(line.label)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _tag(marker: str) -> str:
    return {"square": "rect", "diamond": "path", "triangle": "path"}.get(marker, "circle")


def with_table(chart_svg: str, caption: str, table_html: str) -> str:
    """A chart and its data side by side (stacked on a narrow screen)."""
    return keep(f'<div class="shnor-chart"><figure class="shnor-chart__figure">{chart_svg}'
                f"<figcaption>{esc(caption)}</figcaption></figure>"
                f'<div class="shnor-chart__data">{table_html}</div></div>')


def bar_chart(chart_id: str, title: str, periods: list[str], series: list[Series]) -> str:
    """Counts over periods as grouped bars: each series has its own colour, the legend
    names it and every bar carries its number."""
    left, top, plot_h, group_gap = 40, 16, 180, 24
    bar_w = 22
    group_w = bar_w * len(series) + group_gap
    width = max(360, left + 20 + group_w * len(periods))
    legend_top = top + plot_h + 40
    height = legend_top + 20 * len(series) + 6
    highest = max([v or 0 for s in series for v in s.points] + [1])
    step = max(1, -(-highest // 4))  # four grid lines of whole numbers
    ceiling = step * 4

    def py(v: float) -> float:
        return top + plot_h * (1 - v / ceiling)

    desc = "; ".join(f"{p}: " + ", ".join(f"{s.label} — {number_ru(s.points[i] or 0)}" for s in series)
                     for i, p in enumerate(periods))  # fmt: skip
    parts = [_svg_open(chart_id, width, height, title, desc)]
    for tick in range(0, ceiling + 1, step):
        y = py(tick)
        parts.append(f'<line x1="{left}" x2="{width - 10}" y1="{y:.1f}" y2="{y:.1f}" class="shnor-svg__grid"/>'
                     f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" class="shnor-svg__axis">{tick}</text>')
    for i, period in enumerate(periods):
        x0 = left + 10 + group_w * i
        parts.append(f'<text x="{x0 + bar_w * len(series) / 2:.1f}" y="{top + plot_h + 18}" text-anchor="middle" '
                     f'class="shnor-svg__axis">{esc(period)}</text>')
        for n, line in enumerate(series):
            value = line.points[i] or 0
            colour = LINE_STYLES[n % len(LINE_STYLES)][0]
            x, y = x0 + bar_w * n, py(value)
            parts.append(f'<rect x="{x}" y="{y:.1f}" width="{bar_w - 3}" height="{top + plot_h - y:.1f}" '
                         f'fill="{colour}"><title>{esc(line.label)}, {esc(period)}: {number_ru(value)}</title></rect>'
                         f'<text x="{x + (bar_w - 3) / 2:.1f}" y="{y - 3:.1f}" text-anchor="middle" '
                         f'class="shnor-svg__value">{number_ru(value)}</text>')
    for n, line in enumerate(series):
        y = legend_top + 20 * n
        parts.append(f'<rect x="{left}" y="{y - 7}" width="14" height="14" fill="{LINE_STYLES[n][0]}"/>'
                     f'<text x="{left + 20}" y="{y + 4}" class="shnor-svg__legend">{esc(line.label)}</text>')
    parts.append("</svg>")
    return "".join(parts)
