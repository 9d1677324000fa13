"""Synthetic programme records: documents (documents/), schools' programmes of transition (programmes/) and the
people who help (people/). Written only for the kinds the source project has."""

from __future__ import annotations

import datetime as dt
import random

import yaml

from shnor_bench.phrases import FEMALE, MALE
from shnor_bench.practices import ANCHOR
from shnor_bench.schools import SyntheticSchool

_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
ROADMAP_ITEMS = ("1.1", "1.2", "2.3", "2.4", "3.5", "4.6")  # shnor_bench.monitoring.ROADMAP_ITEMS, numbered
DOCUMENT_TITLES = {
    "order": "Об утверждении муниципальной программы поддержки школ с низкими результатами обучения",
    "regulation": "Положение о сетевом взаимодействии школ с низкими результатами и школ-партнёров",
    "guidelines": "Методические рекомендации по разработке антирисковых программ",
    "analytical-note": "Аналитическая справка по результатам ВПР",
    "minutes": "Протокол заседания муниципальной рабочей группы",
    "plan": "План методического сопровождения ШНОР и НСУ",
    "report": "Отчёт о реализации муниципальной программы",
}
ISSUERS = {
    "federal": "Министерство просвещения (демо)",
    "regional": "Институт развития образования (демо)",
    "municipal": "Управление образования (демо)",
    "school": "Администрация школы (демо)",
}
GOALS = (
    "Повысить качество образовательных результатов обучающихся за счёт адресной работы с факторами риска.",
    "Создать в школе условия для профессионального роста педагогов и обмена опытом со школой-партнёром.",
)
TASKS = (
    "Организовать мониторинг образовательных результатов и использовать его данные для управленческих решений.",
    "Обеспечить повышение квалификации педагогов по выявленным профессиональным дефицитам.",
    "Вовлечь родителей в образовательный процесс и жизнь школы.",
    "Снизить долю обучающихся с рисками учебной неуспешности через индивидуальные маршруты.",
)
MEASURES = {
    "equipment": "Использовать оборудование школы-партнёра и цифровые ресурсы при нехватке своего оснащения.",
    "staff-shortage": "Закрыть вакансии через целевое обучение и сетевую форму реализации программ.",
    "teacher-competence": "Провести диагностику дефицитов и курсы повышения квалификации по их результатам.",
    "adaptivity": "Ввести дифференцированные задания и индивидуальные маршруты на уроках основных предметов.",
    "professional-development": "Создать внутришкольную систему повышения квалификации с методическими днями.",
    "academic-failure": "Организовать адресную поддержку обучающихся с рисками учебной неуспешности.",
    "motivation": "Включить обучающихся в проектную деятельность и профессиональные пробы.",
    "environment": "Обновить образовательную среду по итогам аудита, проведённого с ученическим советом.",
    "disabilities": "Создать команду психолого-педагогического сопровождения обучающихся с ОВЗ.",
    "parents": "Открыть родительский клуб и проводить семейные субботы.",
}


def _dump(meta: dict, body: str = "") -> str:
    front = yaml.dump(meta, Dumper=_DUMPER, allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{front}---\n" + (f"\n{body}\n" if body else "")


def make_documents(
    rng: random.Random, count: int, kinds: list[str], levels: list[str], directions: list[str], risks: list[str]
) -> list[tuple[str, str]]:
    out = []
    for index in range(count):
        kind = kinds[index % len(kinds)]
        level = levels[index % len(levels)]
        day = ANCHOR - dt.timedelta(days=rng.randint(30, 1500))
        doc_id = f"{kind}-{day.year}-{index + 1:04d}"
        meta = {
            "id": doc_id,
            "title": f"{DOCUMENT_TITLES.get(kind, 'Документ программы')} ({day.year})",
            "kind": kind,
            "number": f"{rng.randint(1, 300)}",
            "date": day,
            "issuer": ISSUERS.get(level, "Управление образования (демо)"),
            "level": level,
            "directions": rng.sample(directions, rng.randint(1, 2)),
            "risk_factors": rng.sample(risks, rng.randint(0, 3)),
            "summary": "Документ определяет порядок работы участников программы, сроки и ответственных.",
            "url": f"https://example.org/demo/documents/{doc_id}.pdf",
        }
        out.append((doc_id, _dump(meta)))
    return out


def make_people(
    rng: random.Random,
    count: int,
    roles: list[str],
    directions: list[str],
    subjects: list[str],
    risks: list[str],
    schools: list[SyntheticSchool],
) -> list[tuple[str, str]]:
    supported = [s.id for s in schools if s.shnor or s.nsu] or [s.id for s in schools]
    out = []
    for index in range(count):
        first, middle, last = rng.choice(FEMALE) if rng.random() < 0.75 else rng.choice(MALE)
        person_id = f"person-{index + 1:04d}"
        meta = {
            "id": person_id,
            "name": f"{last} {first} {middle}",
            "role": roles[index % len(roles)],
            "position": rng.choice(("методист ИМЦ", "учитель-наставник", "тьютор", "руководитель ММО")),
            "organisation": "Информационно-методический центр (демо)",
            "about": "Помогает школам с анализом результатов, планированием уроков и подготовкой к ГИА.",
            "directions": rng.sample(directions, rng.randint(1, 2)),
            "subjects": rng.sample(subjects, rng.randint(1, 3)),
            "risk_factors": rng.sample(risks, rng.randint(1, 3)),
            "schools": rng.sample(supported, min(len(supported), rng.randint(1, 4))),
            "contacts": {"email": f"{person_id}@example.org", "hours": "вторник и четверг, 14:00–17:00"},
            "consent": True,
            "demo": True,
        }
        out.append((person_id, _dump(meta)))
    return out


def make_programmes(
    rng: random.Random,
    schools: list[SyntheticSchool],
    risk_levels: list[str],
    practices: list[str],
    indicators: list[str],
) -> list[tuple[str, str]]:
    out = []
    high = [level for level in risk_levels if level != "low"] or risk_levels
    for school in schools:
        if not (school.shnor or school.nsu) or not school.risk_factors:
            continue
        risks = list(school.risk_factors)
        assessed = [{"factor": r, "level": rng.choice(high)} for r in risks]
        calm = [r for r in MEASURES if r not in risks]
        if calm and "low" in risk_levels:  # a factor assessed as low needs no measure
            assessed.append({"factor": rng.choice(calm), "level": "low"})
        measures = [
            {
                "risk": r,
                "action": MEASURES.get(r, "Мера по снижению риска."),
                "deadline": f"{rng.choice((2026, 2027))}-{rng.randint(1, 12):02d}",
                "responsible": "заместитель директора по учебной работе",
                "practices": rng.sample(practices, min(len(practices), rng.randint(0, 2))),
            }
            for r in risks
        ]
        meta = {
            "id": f"programma-{school.id}",
            "school": school.id,
            "title": f"Программа перехода школы в эффективный режим работы: {school.row['short_name']}",
            "period": {"start": 2025, "end": 2027},
            "goals": list(GOALS),
            "tasks": rng.sample(TASKS, 3),
            "assessments": [{"year": 2025, "source": "анкеты ФИОКО «500+»", "risks": assessed}],
            "measures": measures,
            "practices": rng.sample(practices, min(len(practices), 3)),
            "roadmap": list(ROADMAP_ITEMS),
            "indicators": rng.sample(indicators, min(len(indicators), 5)),
        }
        out.append((meta["id"], _dump(meta, "Программа составлена по итогам оценки рискового профиля школы.")))
    return out
