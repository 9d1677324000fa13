"""Synthetic monitoring tables (data/monitoring/*.csv) for every school of a synthetic registry.

Counts are drawn so that every monitoring rule (``shnor.validation.rules.monitoring``) holds: numerators never
exceed denominators, marks add up to the participants, the failed equal the «2» marks. The indicator ids, units
and scopes come from the project's own catalogue (data/indicators.yml), so a catalogue change is followed without
editing this file.
"""

from __future__ import annotations

import csv
import io
import random
from pathlib import Path

from shnor.indicators.catalogue import load_catalogue
from shnor.indicators.schema import TABLES
from shnor_bench.schools import SyntheticSchool

YEARS = (2024, 2025)
STAGE_DATES = {"входной": "20.04.{year}", "итоговый": "15.12.{year}"}
VPR_SUBJECTS = {
    4: ("math", "russian", "world-around"),
    5: ("math", "russian"),
    6: ("math", "russian"),
    7: ("math", "russian"),
    8: ("math", "russian"),
}
ROADMAP_ITEMS = (
    (
        "1. Организационные мероприятия",
        "management",
        "Создать рабочую группу и утвердить программу перехода",
        "Директор",
        "Приказ о рабочей группе",
    ),
    (
        "1. Организационные мероприятия",
        "management",
        "Провести входной мониторинг по целевым показателям",
        "Заместитель директора по УР",
        "Аналитическая справка",
    ),
    (
        "2. Работа с педагогами",
        "teachers",
        "Провести диагностику профессиональных дефицитов учителей",
        "Руководители ШМО",
        "Карта дефицитов",
    ),
    (
        "2. Работа с педагогами",
        "teachers",
        "Организовать методические дни в школе-партнёре",
        "Заместитель директора по УР",
        "Отчёт о методических днях",
    ),
    (
        "3. Образовательная деятельность",
        "education",
        "Ввести индивидуальные маршруты для учеников группы риска",
        "Педагог-психолог",
        "Маршруты на каждого ученика группы риска",
    ),
    (
        "4. Работа с семьёй",
        "upbringing-family",
        "Провести встречи родительского клуба",
        "Заместитель директора по ВР",
        "Протоколы встреч",
    ),
)


def _csv(table: str, rows: list[dict]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=TABLES[table].names, lineterminator="\n", extrasaction="raise")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def _split(rng: random.Random, total: int, weights: list[float]) -> list[int]:
    """``total`` divided in parts proportional to ``weights`` (randomly perturbed), summing exactly to ``total``."""
    noisy = [w * rng.uniform(0.7, 1.3) for w in weights]
    scale = total / sum(noisy)
    parts = [int(w * scale) for w in noisy]
    for _ in range(total - sum(parts)):
        parts[rng.randrange(len(parts))] += 1
    return parts


def _cohort(school: SyntheticSchool, grades: int) -> int:
    return max(3, round(school.pupils / grades))


def _values(rng: random.Random, schools: list[SyntheticSchool], root: Path) -> list[dict]:
    catalogue, _ = load_catalogue(root)
    frame = catalogue.frame
    rows = []
    school_rows = frame[(frame["scope"] == "school")]
    for school in schools:
        teachers = max(6, school.pupils // 12)
        for year in YEARS:
            for stage, day in STAGE_DATES.items():
                for item in school_rows.itertuples():
                    row = {
                        "school": school.id,
                        "indicator": item.indicator,
                        "year": year,
                        "stage": stage,
                        "date": day.format(year=year),
                        "numerator": "",
                        "denominator": "",
                        "value": "",
                        "comment": "",
                    }
                    if item.unit == "percent":
                        base = {"pupils": school.pupils, "teachers": teachers, "positions": teachers}.get(
                            item.counted, teachers
                        )
                        denominator = max(1, round(base * rng.uniform(0.3, 1.0)))
                        row["numerator"] = round(denominator * rng.uniform(0.2, 0.95))
                        row["denominator"] = denominator
                    elif item.unit == "flag":
                        row["value"] = "имеется" if rng.random() < 0.7 else "не имеется"
                    else:
                        row["value"] = rng.randint(0, 12)
                    rows.append(row)
    for item in frame[(frame["scope"] == "municipality") & frame["aggregate_of"].isna()].itertuples():
        for year in YEARS:
            row = {
                "school": "@municipality",
                "indicator": item.indicator,
                "year": year,
                "stage": "итоговый",
                "date": STAGE_DATES["итоговый"].format(year=year),
                "numerator": "",
                "denominator": "",
                "value": "",
                "comment": "",
            }
            if item.unit == "percent":
                row["denominator"] = len(schools)
                row["numerator"] = round(len(schools) * rng.uniform(0.2, 0.7))
            else:
                row["value"] = rng.randint(1, max(2, len(schools) // 10))
            rows.append(row)
    for item in frame[frame["target_reference"].notna()].itertuples():
        for year in YEARS:
            for stage, day in STAGE_DATES.items():
                rows.append(
                    {
                        "school": f"@{item.target_reference}",
                        "indicator": item.indicator,
                        "year": year,
                        "stage": stage,
                        "date": day.format(year=year),
                        "numerator": "",
                        "denominator": "",
                        "value": round(rng.uniform(10, 80), 1),
                        "comment": "",
                    }
                )
    return rows


def _marks(rng: random.Random, participants: int, weakness: float) -> list[int]:
    return _split(rng, participants, [0.05 + 0.15 * weakness, 0.35, 0.4 - 0.1 * weakness, 0.2 - 0.08 * weakness])


def _vpr_row(school: str, year: int, subject: str, grade: int, participants: int, marks) -> dict[str, object]:
    """A row of vpr.csv with the counts of marks 2-5 and the optional score statistics left empty."""
    m2, m3, m4, m5 = marks
    return {
        "school": school, "year": year, "subject": subject, "grade": grade, "participants": participants,
        "mark_2": m2, "mark_3": m3, "mark_4": m4, "mark_5": m5,
        "mean_score": "", "median": "", "min_score": "", "max_score": "", "comment": "",
    }  # fmt: skip


def _vpr(rng: random.Random, schools: list[SyntheticSchool]) -> tuple[list[dict], list[dict]]:
    rows, tasks = [], []
    for school in schools:
        weakness = 1.0 if school.shnor else 0.4
        grades = [4] if "noo" in school.levels else []
        grades += [5, 6, 7, 8] if "ooo" in school.levels else []
        per_grade = 11 if "soo" in school.levels else 9 if "ooo" in school.levels else 4
        for year in YEARS:
            for grade in grades:
                for subject in VPR_SUBJECTS[grade]:
                    participants = max(1, round(_cohort(school, per_grade) * rng.uniform(0.85, 0.98)))
                    marks = _marks(rng, participants, weakness)
                    rows.append(_vpr_row(school.id, year, subject, grade, participants, marks))
        if 4 in grades:
            for task in range(1, 13):
                tasks.append(
                    {
                        "school": school.id,
                        "year": YEARS[-1],
                        "subject": "math",
                        "grade": 4,
                        "task": str(task),
                        "max_score": 1 if task < 10 else 2,
                        "solve_rate": round(rng.uniform(25, 95), 1),
                    }
                )
    for reference in ("@region", "@russia"):
        for year in YEARS:
            for grade, subjects in VPR_SUBJECTS.items():
                for subject in subjects:
                    participants = (
                        rng.randint(20_000, 40_000) if reference == "@region" else rng.randint(900_000, 1_200_000)
                    )
                    marks = _marks(rng, participants, 0.3)
                    rows.append(_vpr_row(reference, year, subject, grade, participants, marks))
        for task in range(1, 13):
            tasks.append(
                {
                    "school": reference,
                    "year": YEARS[-1],
                    "subject": "math",
                    "grade": 4,
                    "task": str(task),
                    "max_score": 1 if task < 10 else 2,
                    "solve_rate": round(rng.uniform(45, 90), 1),
                }
            )
    return rows, tasks


def _gia(rng: random.Random, schools: list[SyntheticSchool]) -> list[dict]:
    rows = []
    empty = {name: "" for name in TABLES["gia"].names}
    for school in schools:
        weakness = 1.0 if school.shnor else 0.4
        for year in YEARS:
            if "ooo" in school.levels:
                for subject in ("russian", "math"):
                    participants = _cohort(school, 11 if "soo" in school.levels else 9)
                    m2, m3, m4, m5 = _marks(rng, participants, weakness)
                    rows.append(
                        {
                            **empty,
                            "school": school.id,
                            "year": year,
                            "exam": "ОГЭ",
                            "subject": subject,
                            "participants": participants,
                            "passed": participants - m2,
                            "mean_score": round(rng.uniform(14, 26) if subject == "math" else rng.uniform(22, 30), 1),
                            "mark_5": m5,
                            "mark_4": m4,
                            "mark_3": m3,
                            "mark_2": m2,
                        }
                    )
            if "soo" in school.levels:
                for subject, variant in (("russian", ""), ("math", "профильная")):
                    participants = max(1, round(_cohort(school, 11) * rng.uniform(0.5, 0.9)))
                    low, mid, high = _split(rng, participants, [0.6 + 0.2 * weakness, 0.3, 0.1 - 0.05 * weakness])
                    failed = min(low, rng.randint(0, max(0, participants // 10)))
                    rows.append(
                        {
                            **empty,
                            "school": school.id,
                            "year": year,
                            "exam": "ЕГЭ",
                            "subject": subject,
                            "variant": variant,
                            "participants": participants,
                            "passed": participants - failed,
                            "mean_score": round(rng.uniform(45, 72), 1),
                            "band_upto_60": low,
                            "band_61_80": mid,
                            "band_81_plus": high,
                        }
                    )
    return rows


def _social(rng: random.Random, schools: list[SyntheticSchool]) -> list[dict]:
    rows = []
    for school in schools:
        total = school.pupils
        share = 0.35 if school.nsu else 0.15
        rows.append(
            {
                "school": school.id,
                "year": YEARS[-1],
                "stage": "входной",
                "date": f"01.01.{YEARS[-1]}",
                "pupils_total": total,
                "single_parent": round(total * rng.uniform(share * 0.7, share * 1.3)),
                "both_parents_higher_ed": round(total * rng.uniform(0.05, 0.3)),
                "deviant_registered": round(total * rng.uniform(0.0, 0.04)),
                "russian_not_native": round(total * rng.uniform(0.0, 0.2)),
            }
        )
    return rows


def _roadmap(rng: random.Random, schools: list[SyntheticSchool]) -> list[dict]:
    rows = []
    owners = ["@municipality", *(s.id for s in schools if s.shnor or s.nsu)]
    for owner in owners:
        for number, (section, direction, activity, responsible, result) in enumerate(ROADMAP_ITEMS, start=1):
            done = rng.choice((100, 100, 100, 80, 50))
            rows.append(
                {
                    "school": owner,
                    "item": f"{section[0]}.{number}",
                    "section": section,
                    "direction": direction,
                    "activity": activity,
                    "deadline": f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2025",
                    "deadline_text": "",
                    "responsible": responsible,
                    "planned_result": result,
                    "coverage": rng.randint(1, 40),
                    "percent_done": done,
                    "reason": "" if done == 100 else "Перенесено из-за болезни ответственного, срок продлён",
                    "updated": "20.12.2025",
                }
            )
    return rows


def monitoring_files(rng: random.Random, schools: list[SyntheticSchool], root: Path) -> dict[str, str]:
    """File name under data/monitoring/ -> CSV text."""
    vpr, vpr_tasks = _vpr(rng, schools)
    return {
        TABLES["values"].file: _csv("values", _values(rng, schools, root)),
        TABLES["vpr"].file: _csv("vpr", vpr),
        TABLES["vpr_tasks"].file: _csv("vpr_tasks", vpr_tasks),
        TABLES["gia"].file: _csv("gia", _gia(rng, schools)),
        TABLES["social"].file: _csv("social", _social(rng, schools)),
        TABLES["roadmap"].file: _csv("roadmap", _roadmap(rng, schools)),
    }
