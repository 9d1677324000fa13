"""The front-matter schema of a school's programme of transition to effective work (программа перехода школы в
эффективный режим работы, антирисковая программа «500+»): goals, tasks, the risk profile at each assessment,
measures per risk, and what the programme uses — practices of the bank, roadmap items, indicators.
Rules comparing fields and records live in ``shnor.validation.rules.programmes``."""

from __future__ import annotations

from pydantic import Field

from shnor.records.choices import Choice, SchoolId
from shnor.records.patterns import Patterned
from shnor.records.plain_text import PlainLine
from shnor.records.practice import Line, Slug, Strict, Text, Year
from shnor.records.when import DayOrMonth

RoadmapItem = Patterned(r"^\d+(\.\d+)*$", "ожидается номер мероприятия дорожной карты, например 1.2",
                        strip_whitespace=True, max_length=12)


class Period(Strict):
    start: Year
    end: Year


class RiskLevel(Strict):
    factor: Choice("risk_factors")
    level: Choice("risk_levels")
    note: Line | None = Field(None, description="На чём основана оценка")


class Assessment(Strict):
    year: Year = Field(description="Год, в котором составлен рисковый профиль")
    source: Line | None = Field(None, description="Кто и как оценивал: анкеты ФИОКО «500+», самообследование…")
    risks: list[RiskLevel] = Field(min_length=1, max_length=10)


class Measure(Strict):
    risk: Choice("risk_factors")
    action: Text
    deadline: DayOrMonth = Field(description="День (2026-10-14) или месяц (2026-10)")
    responsible: Line
    practices: list[Slug] = Field(
        default_factory=list, max_length=10, description="Практики банка, на которые опирается мера"
    )


class Programme(Strict):
    id: Slug
    school: SchoolId
    title: PlainLine(5, 300)
    period: Period
    approved_by: Slug | None = Field(None, description="id документа, которым утверждена программа (documents/)")
    goals: list[Text] = Field(min_length=1, max_length=10)
    tasks: list[Text] = Field(min_length=1, max_length=20)
    assessments: list[Assessment] = Field(min_length=1, max_length=10)
    measures: list[Measure] = Field(default_factory=list, max_length=60)
    practices: list[Slug] = Field(default_factory=list, max_length=30, description="Практики банка в программе")
    roadmap: list[RoadmapItem] = Field(
        default_factory=list,
        max_length=60,
        description="Номера пунктов дорожной карты школы (data/monitoring/roadmap.csv)",
    )
    indicators: list[Slug] = Field(
        default_factory=list, max_length=60, description="id целевых показателей (data/indicators.yml)"
    )
