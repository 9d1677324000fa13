"""Synthetic practices: front matter that passes the schema and the rules, and a body in the six required sections."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field

import yaml

from shnor.formatting import number_ru
from shnor_bench import materials as files
from shnor_bench.phrases import (
    ADOPTION_CHANGES,
    ADOPTION_RESULTS,
    CONTEXTS,
    COSTS,
    DURATIONS,
    FEMALE,
    KEYWORDS,
    MALE,
    POSITIONS,
    QUALIFIERS,
    RESULT_EXTRAS,
    RESULT_TEMPLATES,
    REVIEWERS,
    RISK_PROBLEMS,
    STAFF_TIME,
    TOPICS,
    Topic,
)
from shnor_bench.schools import SyntheticSchool

ANCHOR = dt.date(2026, 9, 1)  # dated facts are on or before it, so records stay valid on any later build date
PLANNED_AFTER = dt.date(2026, 11, 30)  # plans start after the pinned build date (2026-11-25): nothing is overdue
GRADES = {"noo": (1, 2, 3, 4), "ooo": (5, 6, 7, 8, 9), "soo": (10, 11)}
SUFFIX = {"percent": " %", "count": "", "score": " балла", "mark": ""}
STATUS_WEIGHTS = {"draft": 1, "review": 3, "approved": 5, "recommended": 3}
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


@dataclass(frozen=True)
class Vocab:
    """The taxonomy ids the generator must cover (from the project's data/taxonomies.yml)."""

    subjects: list[str]
    risk_factors: list[str]
    statuses: list[str]
    published: frozenset[str]  # review statuses that publish a practice: only those take adoptions
    licenses: list[str]
    units: list[str]


@dataclass
class PracticeFiles:
    id: str
    markdown: str
    materials: dict[str, bytes] = field(default_factory=dict)  # path under practices/ -> content


def _pick(rng: random.Random, values: list[str] | tuple[str, ...], index: int) -> str:
    """values[index] for the first records (so that every value is used), then at random."""
    return values[index] if index < len(values) else rng.choice(values)


def _person(rng: random.Random) -> str:
    first, middle, last = rng.choice(FEMALE) if rng.random() < 0.8 else rng.choice(MALE)
    return f"{first} {middle} {last} (демо)"


def _date_between(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randint(0, max(0, (end - start).days)))


def _value(unit: str, value: float) -> float | int:
    if unit == "count":
        return max(0, round(value))
    if unit == "mark":
        return round(min(5.0, max(2.0, value)), 2)
    return round(min(100.0, max(0.0, value)), 1) if unit == "percent" else round(max(0.0, value), 1)


def _evidence(rng: random.Random, topic: Topic, unit: str, start_year: int) -> dict:
    before = rng.uniform(*topic.before)
    gain = rng.uniform(*topic.gain)
    indicator, source = topic.indicator, topic.source
    if unit == "mark":  # the same practice measured by the average mark of the classes involved
        indicator, source = "Средняя отметка обучающихся по предмету по итогам года", "Электронный журнал"
        before, gain = rng.uniform(3.0, 3.6), rng.uniform(0.1, 0.5)
    after = before + gain if topic.better == "higher" else before - gain
    year_after = min(ANCHOR.year, start_year + rng.randint(1, 3))
    return {
        "indicator": indicator,
        "unit": unit,
        "before": {"value": _value(unit, before), "year": start_year},
        "after": {"value": _value(unit, after), "year": year_after},
        "better": "higher" if unit == "mark" else topic.better,
        "source": source,
    }


def _material(rng: random.Random, practice_id: str, kind: str, topic: Topic) -> tuple[dict, str | None, bytes | None]:
    if kind == "url":
        return (
            {"title": f"Видеозапись: {topic.title.lower()}", "url": f"https://example.org/demo/{practice_id}.mp4"},
            None,
            None,
        )
    makers: dict[str, Callable[[], tuple[str, bytes]]] = {
        "pdf": lambda: ("Методические рекомендации", files.pdf(topic.title)),
        "docx": lambda: ("План работы на учебный год", files.docx(topic.title, list(topic.steps))),
        "xlsx": lambda: (
            "Таблица мониторинга показателя",
            files.xlsx(topic.indicator, [(str(2021 + n), number_ru(rng.randint(20, 80))) for n in range(4)]),
        ),
        "pptx": lambda: ("Презентация для педагогического совета", files.pptx(topic.title, list(topic.advice))),
        "png": lambda: ("Схема организации работы", files.png(8, 6, (63, 81, 181))),
    }
    title, content = makers[kind]()
    name = {"pdf": "rekomendacii", "docx": "plan", "xlsx": "monitoring", "pptx": "prezentaciya", "png": "shema"}[kind]
    entry = {"title": title, "file": f"{practice_id}/{name}.{kind}"}
    if kind == "png":
        entry["alt"] = f"Схема: кто и когда участвует в практике «{topic.title}»"
    return entry, entry["file"], content


def _body(
    rng: random.Random,
    topic: Topic,
    school: SyntheticSchool,
    risks: list[str],
    evidence: list[dict],
    contact: str,
    position: str,
) -> str:
    context = rng.choice(CONTEXTS[school.settlement]).format(pupils=school.pupils, distance=rng.randint(12, 140))
    problem = " ".join([context, *(rng.choice(RISK_PROBLEMS[r]) for r in risks)])
    steps = "\n".join(f"{n}. {step}" for n, step in enumerate(topic.steps, start=1))
    resources = ", ".join(topic.resources)
    results = []
    for item in evidence:
        suffix = SUFFIX[item["unit"]]
        before, after = item["before"], item["after"]
        results.append(
            rng.choice(RESULT_TEMPLATES).format(
                indicator=item["indicator"],
                before=f"{number_ru(before['value'])}{suffix}",
                after=f"{number_ru(after['value'])}{suffix}",
                year_before=before["year"],
                year_after=after["year"],
                years=max(1, after["year"] - before["year"]),
            )
        )
    results.extend(rng.sample(RESULT_EXTRAS, 2))
    advice = " ".join(topic.advice)
    email = f"metodist{rng.randint(1, 99)}@{school.id}.example.org"
    return (
        f"## Проблема\n\n{problem}\n\n"
        f"## Что сделано\n\n{steps}\n\n"
        f"## Необходимые ресурсы\n\n{resources[0].upper() + resources[1:]}.\n\n"
        f"## Результаты\n\n{' '.join(results)}\n\n"
        f"## Как повторить\n\n{advice}\n\n"
        f"## Контакты\n\n{contact}, {position}, {email}\n"
    )


def make_practice(
    index: int,
    rng: random.Random,
    vocab: Vocab,
    schools_by_level: dict[str, list[SyntheticSchool]],
    schools: list[SyntheticSchool],
) -> PracticeFiles:
    required_subject = vocab.subjects[index] if index < len(vocab.subjects) else None
    topics = [t for d in TOPICS.values() for t in d if required_subject is None or required_subject in t.subjects]
    topic = rng.choice(topics or [t for d in TOPICS.values() for t in d])
    direction = next(d for d, ts in TOPICS.items() if topic in ts)
    school = rng.choice(schools_by_level.get(rng.choice(topic.levels)) or schools)
    levels = [level for level in topic.levels if level in school.levels] or [school.levels[0]]
    grades = sorted({g for level in levels for g in rng.sample(GRADES[level], rng.randint(1, len(GRADES[level])))})
    subjects = rng.sample(topic.subjects, rng.randint(1, min(3, len(topic.subjects))))
    if required_subject and required_subject not in subjects:
        subjects[0] = required_subject
    risks = list(
        dict.fromkeys(
            [
                *([vocab.risk_factors[index]] if index < len(vocab.risk_factors) else []),
                *rng.sample(vocab.risk_factors, rng.randint(1, 3)),
            ]
        )
    )[:4]
    practice_id = f"{topic.slug}-{index + 1:05d}"
    submitted = _date_between(rng, dt.date(2021, 9, 1), ANCHOR - dt.timedelta(days=60))
    updated = _date_between(rng, submitted, ANCHOR)
    since = _date_between(rng, submitted - dt.timedelta(days=900), submitted) if rng.random() < 0.85 else None
    weights = [STATUS_WEIGHTS.get(s, 1) for s in vocab.statuses]
    status = (
        _pick(rng, vocab.statuses, index) if index < len(vocab.statuses) else rng.choices(vocab.statuses, weights)[0]
    )
    review: dict = {"status": status}
    if status in ("approved", "recommended"):
        review |= {"reviewer": rng.choice(REVIEWERS), "date": _date_between(rng, submitted, ANCHOR)}
    start_year = (since or submitted).year
    evidence = []
    if rng.random() < 0.75 or index < len(vocab.units):
        evidence.append(_evidence(rng, topic, topic.unit, start_year))
    if index < len(vocab.units) or rng.random() < 0.2:
        evidence.append(
            _evidence(rng, topic, _pick(rng, vocab.units, index) if index < len(vocab.units) else "mark", start_year)
        )
    authors = []
    for name in dict.fromkeys(_person(rng) for _ in range(rng.randint(1, 3))):
        authors.append({"name": name, "position": rng.choice(POSITIONS), "consent": True})
    contact = authors[0]["name"].removesuffix(" (демо)")
    material_entries, material_files = [], {}
    kinds = ["pdf", "docx", "xlsx", "pptx", "png", "url"]
    count = 0 if rng.random() < 0.6 and index >= len(kinds) else rng.randint(1, 2)
    for n in range(count):
        kind = kinds[(index + n) % len(kinds)] if index < len(kinds) else rng.choice(kinds)
        entry, path, content = _material(rng, practice_id, kind, topic)
        if any(e.get("file") == entry.get("file") and e.get("url") == entry.get("url") for e in material_entries):
            continue
        material_entries.append(entry)
        if path and content is not None:
            material_files[path] = content
    adoptions = []
    if rng.random() < 0.2:
        other = rng.choice(schools)
        if other.id != school.id and status in vocab.published:
            year = min(ANCHOR.year, updated.year + rng.randint(0, 1))
            changes, result = rng.choice(ADOPTION_CHANGES), rng.choice(ADOPTION_RESULTS)
            adoptions.append(_adoption(other.id, year, index, changes, result))
    qualifier = rng.choice(QUALIFIERS)
    meta = {
        "id": practice_id,
        "title": f"{topic.title} {qualifier}",
        "summary": f"{topic.summary}. Практика применяется {qualifier}.",
        "school": school.id,
        "authors": authors,
        "submitted": submitted,
        "updated": updated,
        **({"since": since} if since else {}),
        "type": topic.type,
        "direction": direction,
        "levels": levels,
        "grades": grades,
        "subjects": subjects,
        "risk_factors": risks,
        "effort": {
            "duration": rng.choice(DURATIONS),
            "staff_time": rng.choice(STAFF_TIME),
            "resources": list(topic.resources),
            "cost": rng.choice(COSTS),
        },
        "evidence": evidence,
        "materials": material_entries,
        "adoptions": adoptions,
        "review": review,
        "keywords": rng.sample(KEYWORDS, rng.randint(2, 5)),
        "license": _pick(rng, vocab.licenses, index),
    }
    front = yaml.dump(meta, Dumper=_DUMPER, allow_unicode=True, sort_keys=False, width=1000)
    body = _body(rng, topic, school, risks, evidence, contact, authors[0]["position"])
    return PracticeFiles(practice_id, f"---\n{front}---\n\n{body}", material_files)


def _adoption(school_id: str, year: int, index: int, changes: str, result: str) -> dict[str, object]:
    """Every status of data/taxonomies.yml, adoption_statuses, by the practice's number (no extra random draw, so
    the rest of the region stays as it was): mostly «внедрена», a school year from September to May."""
    entry: dict[str, object] = {"school": school_id, "started": f"{year}-09", "changes": changes}
    if index % 10 == 9:
        return {**entry, "status": "прекращена", "started": f"{year - 1}-09", "finished": f"{year}-02",
                "reason": "Ушёл педагог, который вёл практику, замену пока не нашли."}
    if index % 5 == 4:
        return {**entry, "status": "планируется", "started": f"{ANCHOR.year + 1}-01"}
    if index % 5 == 3 or year >= ANCHOR.year:
        return {**entry, "status": "внедряется"}
    return {**entry, "status": "внедрена", "finished": f"{year + 1}-05", "result": result}
