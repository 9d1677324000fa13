"""A synthetic school registry: ``data/schools.csv`` rows with the proportions of a real region."""

from __future__ import annotations

import csv
import io
import random
from dataclasses import dataclass

from shnor_bench.phrases import MUNICIPALITY_ROOTS, VILLAGES

COLUMNS = (
    "id",
    "name",
    "short_name",
    "municipality",
    "settlement",
    "levels",
    "shnor",
    "nsu",
    "partner",
    "base",
    "quality_group",
    "social_group",
    "pupils",
    "website",
    "risk_factors",
)

_KINDS = (  # (weight, id prefix, full kind, short kind, levels)
    (6, "sosh", "Средняя общеобразовательная школа", "СОШ", ("noo", "ooo", "soo")),
    (3, "oosh", "Основная общеобразовательная школа", "ООШ", ("noo", "ooo")),
    (1, "nosh", "Начальная общеобразовательная школа", "НОШ", ("noo",)),
)
_FORMS = ("Муниципальное бюджетное", "Муниципальное автономное", "Муниципальное казённое")
_LEVEL_NAMES = {"noo": "НОО", "ooo": "ООО", "soo": "СОО"}


@dataclass(frozen=True)
class SyntheticSchool:
    id: str
    levels: tuple[str, ...]
    settlement: str
    shnor: bool
    nsu: bool
    partner: bool
    pupils: int
    risk_factors: tuple[str, ...]
    row: dict[str, str]


def _yes(flag: bool) -> str:
    return "да" if flag else "нет"


def make_schools(count: int, rng: random.Random, risk_ids: list[str]) -> list[SyntheticSchool]:
    municipalities = max(1, count // 40)
    schools = []
    weights = [kind[0] for kind in _KINDS]
    for index in range(count):
        _, prefix, kind, short_kind, levels = rng.choices(_KINDS, weights)[0]
        if index < len(_KINDS):  # every kind of school, whatever the size
            _, prefix, kind, short_kind, levels = _KINDS[index]
        # Both settlements and every role appear in the first few rows.
        rural = index % 2 == 1 if index < 2 else rng.random() < 0.55
        root = MUNICIPALITY_ROOTS[index % municipalities % len(MUNICIPALITY_ROOTS)]
        municipality = f"{root} муниципальный {'район' if (index % municipalities) % 2 else 'округ'} (демо)"
        if (index % municipalities) >= len(MUNICIPALITY_ROOTS):
            municipality = (
                f"{root} муниципальный округ № {index % municipalities // len(MUNICIPALITY_ROOTS) + 1} (демо)"
            )
        number = index + 1
        if rural:
            village = VILLAGES[rng.randrange(len(VILLAGES))]
            place, short = f"с. {village}", f"{short_kind} с. {village} (№ {number})"
        else:
            place, short = f"№ {number}", f"{short_kind} № {number}"
        shnor = index % 4 == 0 or rng.random() < 0.3
        nsu = index % 4 == 1 or rng.random() < 0.2
        partner = not shnor and not nsu and (index % 4 == 2 or rng.random() < 0.4)
        base = partner and (index % 8 == 2 or rng.random() < 0.25)
        pupils = rng.randint(40, 180) if rural else rng.randint(350, 1400)
        risks = tuple(rng.sample(risk_ids, rng.randint(1, 4))) if (shnor or nsu) else ()
        quality = rng.randint(1, 3) if shnor else rng.randint(3, 6)
        social = rng.randint(1, 2) if nsu else rng.randint(2, 4)
        if index < 6:  # every group of the identification study
            quality = index + 1
        if index < 4:
            social = index + 1
        school_id = f"{prefix}-{number:04d}"
        row = {
            "id": school_id,
            "name": f"{rng.choice(_FORMS)} общеобразовательное учреждение «{kind} {place}» (демо)",
            "short_name": short,
            "municipality": municipality,
            "settlement": "село" if rural else "город",
            "levels": ";".join(_LEVEL_NAMES[level] for level in levels),
            "shnor": _yes(shnor),
            "nsu": _yes(nsu),
            "partner": _yes(partner),
            "base": _yes(base),
            "quality_group": str(quality),
            "social_group": str(social),
            "pupils": str(pupils),
            "website": f"https://example.org/demo/{school_id}" if rng.random() < 0.8 else "",
            "risk_factors": ";".join(risks),
        }
        schools.append(
            SyntheticSchool(school_id, levels, "rural" if rural else "urban", shnor, nsu, partner, pupils, risks, row)
        )
    return schools


def schools_csv(schools: list[SyntheticSchool]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for school in schools:
        writer.writerow(school.row)
    return buffer.getvalue()
