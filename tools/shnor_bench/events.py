"""Synthetic announcements (events/<id>.md): seminars, master classes, methodical days, webinars and the like,
past and upcoming, some within a partnership."""

from __future__ import annotations

import datetime as dt
import random

import yaml

from shnor_bench.partnerships import SyntheticPartnership
from shnor_bench.practices import ANCHOR
from shnor_bench.schools import SyntheticSchool

_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
TOPICS = (
    ("analiz-vpr", "Анализ результатов ВПР: от заданий к управленческим решениям", "заместители директоров по УР"),
    ("oge-matematika", "ОГЭ по математике: разбор типичных ошибок", "учителя математики 8–9 классов"),
    ("smyslovoe-chtenie", "Смысловое чтение на уроках всех предметов", "учителя основной школы"),
    ("formiruyushchee-ocenivanie", "Формирующее оценивание в начальной школе", "учителя начальных классов"),
    ("roditeli", "Как вовлечь родителей в жизнь школы", "классные руководители и социальные педагоги"),
    ("nastavnichestvo", "Наставничество: первый год молодого учителя", "молодые педагоги и наставники"),
    ("ovz", "Обучающиеся с ОВЗ в общеобразовательном классе", "учителя и педагоги-психологи"),
    ("antiriskovye-programmy", "Антирисковые программы: что изменилось за год", "руководители ШНОР и НСУ"),
)
ORGANISERS = ("ИМЦ", "Управление образования", "Базовая школа", "ММО учителей математики", "Школа-партнёр")
BODIES = (
    "Участники разберут реальные примеры из практики школ округа и получат материалы для работы в своих школах. "
    "Программа: вступительное слово методиста, выступления учителей, работа в группах, ответы на вопросы.",
    "Встреча пройдёт в формате практикума: каждый участник выполнит задания сам, а затем обсудит с коллегами, "
    "как использовать приём на своих уроках. Возьмите с собой обезличенные работы учеников.",
)


def make_events(
    count: int,
    rng: random.Random,
    schools: list[SyntheticSchool],
    partnerships: list[SyntheticPartnership],
    types: list[str],
    formats: list[str],
    categories: list[str],
    authors: list[str],
) -> list[tuple[str, str]]:
    """(id, Markdown) per announcement."""
    hosts = [s for s in schools if s.partner] or schools
    category_names = categories
    out = []
    for index in range(count):
        slug, title, audience = rng.choice(TOPICS)
        kind = types[index % len(types)] if index < len(types) else rng.choice(types)
        fmt = formats[index % len(formats)] if index < len(formats) else rng.choice(formats)
        start_day = ANCHOR + dt.timedelta(days=rng.randint(-400, 700))
        published = min(ANCHOR, start_day - dt.timedelta(days=rng.randint(7, 30)))
        hour = rng.choice((10, 14, 15))
        event: dict = {
            "type": kind,
            "start": f"{start_day.isoformat()} {hour}:00",
            "end": f"{start_day.isoformat()} {hour + 2}:00",
            "format": fmt,
            "organiser": rng.choice(ORGANISERS),
            "audience": audience,
        }
        if fmt != "online":
            event["place"] = {"school": rng.choice(hosts).id, "address": f"кабинет {rng.randint(101, 320)}"}
        if fmt != "offline":
            event["online"] = f"https://example.org/demo/events/{slug}-{index + 1}"
        if rng.random() < 0.5:
            event["registration"] = {
                "url": f"https://example.org/demo/register/{index + 1}",
                "deadline": start_day - dt.timedelta(days=2),
            }
        if partnerships and rng.random() < 0.3:
            partnership = rng.choice(partnerships)
            if partnership.start <= start_day <= partnership.end:
                event["partnership"] = partnership.id
        if start_day < ANCHOR - dt.timedelta(days=3):
            event["materials"] = [
                {"title": "Презентация выступления", "url": f"https://example.org/demo/m/{index + 1}.pdf"}
            ]
        picked = [category_names[index % len(category_names)]] if index < len(category_names) else [category_names[0]]
        meta = {
            "id": f"{slug}-{index + 1:05d}",
            "title": f"{rng.choice(('Семинар', 'Мастер-класс', 'Методический день', 'Вебинар', 'Встреча'))}: {title}",
            "summary": f"{title}. Приглашаются {audience}; участие бесплатное, материалы — после встречи.",
            "date": published,
            "authors": [rng.choice(authors)],
            "categories": picked,
            "event": event,
        }
        front = yaml.dump(meta, Dumper=_DUMPER, allow_unicode=True, sort_keys=False, width=1000)
        out.append((meta["id"], f"---\n{front}---\n\n{rng.choice(BODIES)}\n"))
    return out
