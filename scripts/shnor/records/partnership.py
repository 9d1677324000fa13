"""The front-matter schema of a partnership (сетевое партнёрство): a ШНОР/НСУ school, its partner school, the
agreement, and the plan of joint activities with what became of each. Rules comparing fields (dates within the
term, nothing done in the future) live in ``shnor.validation.rules.partnerships``."""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from shnor.records.choices import Choice, SchoolId
from shnor.records.plain_text import PlainLine
from shnor.records.practice import Line, Slug, Strict, Text
from shnor.records.when import DayOrMonth


class Agreement(Strict):
    number: PlainLine(1, 40) = Field(
        description="Номер договора о сетевом взаимодействии"
    )
    date: dt.date = Field(description="Дата заключения договора")


class Term(Strict):
    start: dt.date
    end: dt.date


class Activity(Strict):
    date: DayOrMonth = Field(description="День (2026-10-14) или месяц (2026-10) по плану")
    type: Choice("partnership_activity_types")
    title: Line
    status: Choice("activity_statuses")
    reason: Text | None = Field(None, description="Причина отмены или переноса")
    result: Text | None = Field(None, description="Что получилось (для выполненных)")


class Partnership(Strict):
    id: Slug
    school: SchoolId = Field(description="Школа, которую поддерживают (ШНОР или НСУ)")
    partner: SchoolId = Field(description="Школа-партнёр с высокими результатами")
    agreement: Agreement
    term: Term
    directions: list[Choice("directions")] = Field(min_length=1, max_length=4)
    coordinator: Line | None = Field(None, description="Кто координирует работу (должность, без телефона)")
    activities: list[Activity] = Field(min_length=1, max_length=60)
    results: list[Text] = Field(default_factory=list, max_length=20)
