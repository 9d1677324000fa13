"""data/taxonomies.yml as Markdown tables for CONTRIBUTING.md: what a contributor may write in each field."""

from __future__ import annotations

from shnor.taxonomy import Taxonomies, Vocabulary

# (vocabulary, front-matter field, heading), in the order a contributor meets the fields.
_TABLES = (
    ("practice_types", "type", "Вид практики"),
    ("directions", "direction", "Направление работы"),
    ("levels", "levels", "Уровни образования"),
    ("subjects", "subjects", "Предметы"),
    ("risk_factors", "risk_factors", "Факторы риска проекта «500+»"),
    ("evidence_units", "evidence → unit", "Единицы показателей"),
    ("licenses", "license", "Лицензии"),
    ("review_statuses", "review → status", "Статусы рассмотрения"),
)


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _table(headers: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + " --- |" * len(headers)]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def _extra_column(vocabulary: Vocabulary) -> tuple[str, list[str]] | None:
    if vocabulary.key == "levels":
        return "Классы", [", ".join(str(g) for g in t.extra["grades"]) + f" ({t.extra['title']})" for t in vocabulary]
    if vocabulary.key == "evidence_units":
        limits = []
        for term in vocabulary:
            low, high = term.extra.get("min"), term.extra.get("max")
            limits.append(f"от {low} до {high}" if high is not None else f"от {low}")
        return "Допустимые значения", limits
    if vocabulary.key == "review_statuses":

        def who(term) -> str:
            if term.extra.get("needs_reviewer"):
                return "рецензент"
            return "автор" if term.extra.get("published") else "автор (не публикуется)"

        return "Кто ставит", [who(t) for t in vocabulary]
    return None


def vocabulary_table(vocabulary: Vocabulary) -> str:
    headers = ["Что писать", "Код (тоже допустим)"]
    rows = [[t.name, f"`{t.id}`"] for t in vocabulary]
    extra = _extra_column(vocabulary)
    if extra:
        headers.append(extra[0])
        rows = [[*row, value] for row, value in zip(rows, extra[1], strict=True)]
    return _table(headers, rows)


def taxonomy_section(taxonomies: Taxonomies) -> str:
    parts = []
    for key, field, heading in _TABLES:
        parts.append(f"### {heading} (`{field}`)\n\n{vocabulary_table(taxonomies[key])}")
    sections = "\n".join(f"{n}. `## {title}`" for n, title in enumerate(taxonomies.body_sections, 1))
    parts.append(f"### Разделы текста практики\n\nЗаголовки второго уровня, все и в этом порядке:\n\n{sections}")
    limits = taxonomies.materials
    parts.append(
        "### Материалы\n\n"
        + _table(
            ["Что", "Ограничение"],
            [
                ["Файлы в репозитории", ", ".join(f".{t}" for t in limits["file_types"])],
                ["Только ссылкой (url)", ", ".join(f".{t}" for t in limits["link_only_types"])],
                ["Размер одного файла", f"до {limits['max_file_mb']} МБ"],
                ["Все файлы практики вместе", f"до {limits['max_practice_mb']} МБ"],
            ],
        )
    )
    return "\n\n".join(parts)
