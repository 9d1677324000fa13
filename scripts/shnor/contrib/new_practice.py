"""``shnor new practice``: create practices/<id>.md and its materials folder, from arguments or questions."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from shnor.contrib.scaffold import Author, Draft, Material, practice_text
from shnor.contrib.slug import slugify
from shnor.paths import ProjectPaths
from shnor.records.schools import School
from shnor.taxonomy import Taxonomies, Vocabulary

_IMAGES = {".png", ".jpg", ".jpeg"}

Ask = Callable[[str], str]


class ScaffoldError(Exception):
    """A Russian message for the contributor; nothing was written."""


@dataclass(frozen=True)
class Created:
    practice: Path
    materials: Path


def _pick(ask: Ask, question: str, options: list[str], many: bool) -> list[str]:
    """Numbered options; the answer is numbers (``1, 3``) or the values themselves; empty means none."""
    print(question)
    for number, option in enumerate(options, 1):
        print(f"  {number}. {option}")
    while True:
        answer = ask("Номер" + ("а через запятую" if many else "") + ": ").strip()
        if not answer:
            return []
        chosen = []
        for part in [p.strip() for p in answer.split(",")] if many else [answer]:
            if part.isdigit() and 1 <= int(part) <= len(options):
                chosen.append(options[int(part) - 1])
            elif part in options:
                chosen.append(part)
            else:
                chosen = []
                print(f"Нет варианта «{part}», повторите.")
                break
        if chosen:
            return chosen


def _names(vocabulary: Vocabulary) -> list[str]:
    return vocabulary.names


def ask_missing(draft: Draft, taxonomies: Taxonomies, schools: dict[str, School], ask: Ask | None = None) -> Draft:
    """Fill the fields the arguments left empty by asking; an empty answer leaves a field for later."""
    ask = ask or input
    if not draft.title:
        draft.title = ask("Название практики: ").strip()
    if not draft.summary:
        draft.summary = ask("Краткое описание (2–4 предложения): ").strip()
    if not draft.school and schools:
        labels = [f"{s.id} — {s.short_name}, {s.municipality}" for s in schools.values()]
        picked = _pick(ask, "Школа:", labels, many=False)
        draft.school = picked[0].split(" — ")[0] if picked else ""
    if not draft.authors:
        while True:
            name = ask("Автор (ФИО; пустая строка — закончить): ").strip()
            if not name:
                break
            position = ask("  Должность: ").strip()
            consent = ask("  Автор согласен на публикацию имени и должности? (да/нет): ").strip().lower()
            draft.authors.append(Author(name, position, consent in ("да", "д", "yes", "y")))
    for attr, key, question, many in (
        ("type", "practice_types", "Вид практики:", False),
        ("direction", "directions", "Направление работы:", False),
        ("levels", "levels", "Уровни образования:", True),
        ("risk_factors", "risk_factors", "Факторы риска:", True),
        ("subjects", "subjects", "Предметы (можно пропустить):", True),
        ("license", "licenses", "Лицензия:", False),
    ):
        if not getattr(draft, attr):
            picked = _pick(ask, question, _names(taxonomies[key]), many)
            setattr(draft, attr, picked if many else (picked[0] if picked else ""))
    if not draft.grades and draft.levels:
        allowed = [g for level in draft.levels if (t := taxonomies["levels"].find(level)) for g in t.extra["grades"]]
        answer = ask(f"Классы через запятую ({', '.join(map(str, allowed))}; можно пропустить): ")
        draft.grades = [int(p) for p in answer.replace(" ", "").split(",") if p.isdigit()]
    return draft


def create(paths: ProjectPaths, draft: Draft, taxonomies: Taxonomies, material_files: list[Path]) -> Created:
    if not draft.id:
        draft.id = slugify(draft.title)
    if not draft.id:
        raise ScaffoldError("укажите название практики (--title) или её код (--id) латиницей")
    target = paths.practices / f"{draft.id}.md"
    if target.exists():
        raise ScaffoldError(f"файл {paths.rel(target)} уже есть: выберите другой код (--id)")
    for source in material_files:
        if not source.is_file():
            raise ScaffoldError(f"файл материала {source} не найден")
    folder = paths.practices / draft.id
    folder.mkdir(parents=True, exist_ok=True)
    for source in material_files:
        shutil.copy2(source, folder / source.name)
        draft.materials.append(Material(source.stem, f"{draft.id}/{source.name}", source.suffix.lower() in _IMAGES))
    if not material_files:
        (folder / ".gitkeep").touch()  # git keeps no empty folder; materials go here
    target.write_text(practice_text(draft, taxonomies), encoding="utf-8")
    return Created(target, folder)


def draft_from_args(args, today: date) -> Draft:
    authors = []
    for text in args.author or []:
        name, _, position = text.partition(";")
        authors.append(Author(name.strip(), position.strip(), args.consent))
    return Draft(
        id=args.id or "",
        today=today,
        title=args.title or "",
        summary=args.summary or "",
        school=args.school or "",
        authors=authors,
        since=args.since,
        type=args.type or "",
        direction=args.direction or "",
        levels=list(args.level or []),
        grades=list(args.grade or []),
        subjects=list(args.subject or []),
        risk_factors=list(args.risk or []),
        keywords=list(args.keyword or []),
        license=args.license or "",
    )
