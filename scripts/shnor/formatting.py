"""Numbers and dates the Russian way: 36,7 %, 1 104 (thin space), 01.09.2024."""

from __future__ import annotations

import math
from datetime import date

THIN_SPACE = "\u202f"  # narrow no-break space: thousands separator that never wraps
NO_DATA = "нет данных"

_MONTHS = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)
_MONTHS_NOMINATIVE = (
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
)


def number_ru(value: float | int | None, digits: int = 1) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return NO_DATA
    text = f"{int(value):,}" if float(value).is_integer() else f"{value:,.{digits}f}"
    return text.replace(",", THIN_SPACE).replace(".", ",")


def percent_ru(value: float | None, digits: int = 1) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return NO_DATA
    return f"{number_ru(float(value), digits)}{THIN_SPACE}%"


def date_ru(day: date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def month_ru(day: date, with_year: bool = True) -> str:
    """The month of ``day`` on its own, as a title names it: «ноябрь 2026» (not «ноября»)."""
    name = _MONTHS_NOMINATIVE[day.month - 1]
    return f"{name} {day.year}" if with_year else name


def plural_ru(count: int, one: str, few: str, many: str) -> str:
    """1 практика, 2 практики, 5 практик."""
    tail = count % 100
    if 11 <= tail <= 14:
        return many
    return {1: one, 2: few, 3: few, 4: few}.get(count % 10, many)
