"""Monitoring figures as Russian text and HTML: 36,7 %, 3,93, «нет данных», statuses in words and colour."""

from __future__ import annotations

import math

from shnor.formatting import NO_DATA, number_ru, percent_ru
from shnor.indicators.model import NO_DATA as STATUS_NO_DATA
from shnor.indicators.model import SUPPRESSED, TARGET_STATUS_NAMES
from shnor.site.html import esc

HIDDEN = "скрыто"
HIDDEN_TITLE = "Меньше 5 обучающихся: число скрыто, чтобы нельзя было узнать конкретных детей"
STAGE_SHORT = {"входной": "вход.", "промежуточный": "промеж.", "итоговый": "итог."}


def missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def hidden_cell() -> str:
    return f'<span class="shnor-hidden" title="{esc(HIDDEN_TITLE)}">{HIDDEN}</span>'


def cell(value: object, kind: str = "percent", digits: int = 1, hidden: bool = False) -> str:
    """Escaped HTML for one figure. ``kind``: percent, number, count, flag, points."""
    if missing(value):
        return hidden_cell() if hidden else f'<span class="shnor-nodata">{NO_DATA}</span>'
    v = float(value)  # type: ignore[arg-type]
    if kind == "percent":
        return esc(percent_ru(v, digits))
    if kind == "flag":
        return "имеется" if v >= 0.5 else "не имеется"
    if kind == "count":
        return esc(number_ru(round(v)))
    if kind == "change":
        sign = "+" if v > 0 else ("−" if v < 0 else "±")
        return esc(f"{sign}{number_ru(abs(v), digits)}")
    return esc(number_ru(v, digits))


def value_cell(value: object, unit: str, status: str = "ok") -> str:
    """An indicator's value in its unit (a flag is «имеется»; a municipal flag is a share of schools)."""
    kind = {"percent": "percent", "count": "count", "flag": "flag"}.get(unit, "number")
    return cell(value, kind, hidden=status == SUPPRESSED)


def target_badge(status: str) -> str:
    """Colour repeats the word; it never replaces it."""
    if status in ("no_target", "", None):
        return ""
    name = TARGET_STATUS_NAMES.get(status, status)
    mark = {"met": "✓ ", "not_met": "✗ "}.get(status, "")
    return f'<span class="shnor-status shnor-status--{esc(status)}">{esc(mark + name)}</span>'


def change_cell(change: object, trend: str, digits: int = 1, unit: str = "percent") -> str:
    if missing(change) or trend == STATUS_NO_DATA:
        return "—"
    words = {"better": "лучше", "worse": "хуже", "same": "без изменений"}
    suffix = " п. п." if unit == "percent" else ""
    text = cell(change, "change", digits) + suffix
    note = f"<small>({esc(words.get(trend, ''))})</small>"
    return f'<span class="shnor-trend shnor-trend--{esc(trend)}">{text} {note}</span>'


def period_label(year: object, stage: str) -> str:
    return f"{int(year)}, {STAGE_SHORT.get(stage, stage)}"  # type: ignore[call-overload]
