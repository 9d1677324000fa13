"""Dates, months, local times and time zones as people write them in partnership plans and event announcements.

YAML hands these over as text (the loader drops YAML's own timestamps), so the messages here are the ones a
teacher sees: what was written, and what is expected instead.
"""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
import re
import zoneinfo
from dataclasses import dataclass
from functools import cache
from typing import Annotated, Any

from pydantic import BeforeValidator, PlainSerializer, WithJsonSchema
from pydantic_core import PydanticCustomError

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_DAY_TIME = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2})$")


@dataclass(frozen=True, order=True)
class Period:
    """A day or a whole month of a plan: ``2026-10-14`` or ``2026-10``."""

    first: dt.date
    last: dt.date

    @property
    def is_month(self) -> bool:
        return self.first != self.last

    def __str__(self) -> str:
        return self.first.strftime("%Y-%m") if self.is_month else self.first.isoformat()


def _period(value: Any) -> Period:
    text = str(value).strip()
    try:
        if match := _MONTH.match(text):
            year, month = int(match.group(1)), int(match.group(2))
            first = dt.date(year, month, 1)
            return Period(first, dt.date(year, month, calendar.monthrange(year, month)[1]))
        if _DAY.match(text):
            day = dt.date.fromisoformat(text)
            return Period(day, day)
    except ValueError:
        pass
    raise PydanticCustomError(
        "period",
        "неверная дата «{value}»: укажите день (2026-10-14) или месяц (2026-10)",
        {"value": text},
    )


# The JSON Schema says what the YAML holds (text), not the dataclass the validator makes of it.
DayOrMonth = Annotated[
    Period,
    BeforeValidator(_period),
    PlainSerializer(str),
    WithJsonSchema({"type": "string", "pattern": r"^\d{4}-\d{2}(-\d{2})?$"}),
]


@dataclass(frozen=True, order=True)
class LocalTime:
    """A wall-clock moment without a zone (the zone is a separate field), or a whole day when ``time`` is None."""

    day: dt.date
    time: dt.time | None = None

    @property
    def all_day(self) -> bool:
        return self.time is None

    def __str__(self) -> str:
        return self.day.isoformat() if self.time is None else f"{self.day.isoformat()} {self.time:%H:%M}"


def _local_time(value: Any) -> LocalTime:
    text = str(value).strip()
    try:
        if match := _DAY_TIME.match(text):
            year, month, day, hour, minute = (int(g) for g in match.groups())
            return LocalTime(dt.date(year, month, day), dt.time(hour, minute))
        if _DAY.match(text):
            return LocalTime(dt.date.fromisoformat(text))
    except ValueError:
        pass
    raise PydanticCustomError(
        "local_time",
        "неверные дата и время «{value}»: пишите «2026-12-03 10:00» (местное время) "
        "или только дату «2026-12-03» для мероприятия на весь день",
        {"value": text},
    )


LocalDateTime = Annotated[LocalTime, BeforeValidator(_local_time), PlainSerializer(str)]


@cache
def _zone_names() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def zone(name: str) -> zoneinfo.ZoneInfo:
    """The IANA zone ``name``; raises ValueError with a Russian message when there is none."""
    if name not in _zone_names():
        close = difflib.get_close_matches(name, sorted(_zone_names()), n=1)
        hint = f" Возможно, имелось в виду «{close[0]}»." if close else ""
        raise ValueError(
            f"неизвестный часовой пояс «{name}»: укажите название из базы IANA, например Europe/Moscow, "
            f"Asia/Yekaterinburg, Asia/Krasnoyarsk.{hint}"
        )
    return zoneinfo.ZoneInfo(name)


def _zone_name(value: Any) -> str:
    text = str(value).strip()
    try:
        zone(text)
    except ValueError as error:
        raise PydanticCustomError("time_zone", "{message}", {"message": str(error)}) from None
    return text


TimeZoneName = Annotated[str, BeforeValidator(_zone_name)]


def moscow_label(moment: dt.datetime) -> str:
    """«МСК», «МСК+2», «МСК−1»: how Russian announcements name a zone."""
    offset = moment.utcoffset() or dt.timedelta(0)
    hours = (offset - dt.timedelta(hours=3)).total_seconds() / 3600
    if hours == 0:
        return "МСК"
    whole = int(hours) if hours.is_integer() else hours
    return f"МСК{'+' if hours > 0 else '−'}{abs(whole)}"
