"""Synthetic partnerships (partnerships/<id>.md): each supported school with a partner school, an agreement, a plan."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

import yaml

from shnor_bench.practices import ANCHOR, PLANNED_AFTER
from shnor_bench.schools import SyntheticSchool

_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
ACTIVITIES = {
    "methodical-day": ("Методический день в школе-партнёре: уроки {subject} и их обсуждение",),
    "consultation": ("Консультации для учителей {subject} по заданиям ГИА", "Консультация по анализу результатов ВПР"),
    "lesson-visits": ("Взаимопосещение уроков {subject} в 5–9 классах",),
    "master-class": (
        "Мастер-класс «Формирующее оценивание на уроках {subject}»",
        "Мастер-класс «Смысловое чтение на уроках {subject}»",
    ),
    "joint-association": ("Совместное заседание методических объединений учителей {subject}",),
}
SUBJECTS = ("математики", "русского языка", "физики", "биологии", "истории", "английского языка", "начальных классов")
RESULTS = (
    "Учителя школы освоили приёмы работы с текстовыми задачами и применяют их на уроках.",
    "Составлен общий банк заданий для подготовки к ОГЭ.",
    "Проведено 6 взаимопосещений уроков, по итогам каждого — обсуждение с методистом.",
    "Средний балл по итогам пробного экзамена вырос на 2 балла.",
)


@dataclass(frozen=True)
class SyntheticPartnership:
    id: str
    school: str
    partner: str
    start: dt.date
    end: dt.date
    markdown: str


def make_partnerships(
    rng: random.Random,
    schools: list[SyntheticSchool],
    activity_types: list[str],
    statuses: list[str],
    directions: list[str],
) -> list[SyntheticPartnership]:
    supported = [s for s in schools if s.shnor or s.nsu]
    partners = [s for s in schools if s.partner] or [s for s in schools if s not in supported]
    out = []
    for index, school in enumerate(supported):
        if not partners or (index >= 6 and rng.random() < 0.4):  # not every supported school has a partner yet
            continue
        partner = rng.choice(partners)
        start = dt.date(rng.choice((2024, 2025, 2026)), 9, rng.randint(1, 20))
        end = dt.date(start.year + rng.choice((1, 2)), 5, 31)
        activities = []
        for n in range(rng.randint(3, 7)):
            kind = activity_types[(index + n) % len(activity_types)] if index < 2 else rng.choice(activity_types)
            day = start + dt.timedelta(days=rng.randint(10, (end - start).days))
            if ANCHOR < day <= PLANNED_AFTER + dt.timedelta(days=31):  # neither a fact yet nor safely a plan
                day = PLANNED_AFTER + dt.timedelta(days=31 + rng.randint(1, 60))
                if day > end:
                    continue
            when: str = day.isoformat() if rng.random() < 0.7 else f"{day.year}-{day.month:02d}"
            if day > ANCHOR:
                status = "planned"
            else:
                status = "cancelled" if rng.random() < 0.1 else "done"
                if index < len(statuses) and n == 0 and statuses[index] != "planned":  # every status appears
                    status = statuses[index]
            activity = {
                "date": when,
                "type": kind,
                "title": rng.choice(ACTIVITIES.get(kind, ("Совместная работа по плану партнёрства",))).format(
                    subject=rng.choice(SUBJECTS)
                ),
                "status": status,
            }
            if status == "done":
                activity["result"] = rng.choice(RESULTS)
            elif status == "cancelled":
                activity["reason"] = "Карантин в школе, мероприятие перенесено на следующую четверть."
            activities.append(activity)
        if not activities:
            continue
        partnership_id = f"{partner.id}-{school.id}"
        meta = {
            "id": partnership_id,
            "school": school.id,
            "partner": partner.id,
            "agreement": {"number": f"{index + 1}/{start.year}", "date": start - dt.timedelta(days=rng.randint(1, 10))},
            "term": {"start": start, "end": end},
            "directions": rng.sample(directions, rng.randint(1, 2))
            if index >= len(directions)
            else [directions[index]],
            "coordinator": "заместитель директора по учебной работе школы-партнёра",
            "activities": activities,
            "results": [rng.choice(RESULTS)] if any(a["status"] == "done" for a in activities) else [],
        }
        front = yaml.dump(meta, Dumper=_DUMPER, allow_unicode=True, sort_keys=False, width=1000)
        body = (
            f"Школа-партнёр помогает школе {school.row['short_name']} по договору о сетевом взаимодействии: "
            "методические дни, консультации учителей, взаимопосещение уроков и совместные заседания методических "
            "объединений. План работы согласован рабочими группами двух школ и обновляется раз в четверть.\n"
        )
        out.append(
            SyntheticPartnership(partnership_id, school.id, partner.id, start, end, f"---\n{front}---\n\n{body}")
        )
    return out
