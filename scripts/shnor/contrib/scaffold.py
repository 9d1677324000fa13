"""The text of a new practice file: every required field present (empty until the author fills it), comments
with hints, the review status «на рассмотрении» and the body sections of data/taxonomies.yml."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from shnor.contrib.fields import FIELDS
from shnor.contrib.yaml_text import flow_list, scalar
from shnor.taxonomy import Taxonomies

SUBMITTED_STATUS = "review"  # a contributor submits for review; only a reviewer approves


@dataclass
class Author:
    name: str = ""
    position: str = ""
    consent: bool = False


@dataclass
class Material:
    title: str
    file: str
    image: bool = False


@dataclass
class Draft:
    id: str
    today: date
    title: str = ""
    summary: str = ""
    school: str = ""
    authors: list[Author] = field(default_factory=list)
    since: date | None = None
    type: str = ""
    direction: str = ""
    levels: list[str] = field(default_factory=list)
    grades: list[int] = field(default_factory=list)
    subjects: list[str] = field(default_factory=list)
    risk_factors: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    license: str = ""
    materials: list[Material] = field(default_factory=list)


def _comment(key: str) -> str:
    help_ = FIELDS[key]
    return f"# {help_.label}: {help_.hint}"


def _names(taxonomies: Taxonomies, key: str, values: list[str]) -> list[str]:
    """Russian names for ids or names given on the command line (unknown values are kept for the validator)."""
    vocabulary = taxonomies[key]
    return [term.name if (term := vocabulary.find(v)) else v for v in values]


def _name(taxonomies: Taxonomies, key: str, value: str) -> str:
    return _names(taxonomies, key, [value])[0] if value else ""


def _allowed(taxonomies: Taxonomies, key: str) -> str:
    return "; ".join(taxonomies[key].names)


def front_matter(draft: Draft, taxonomies: Taxonomies) -> list[str]:
    lines = [
        _comment("id"),
        f"id: {scalar(draft.id)}",
        _comment("title"),
        f"title: {scalar(draft.title)}",
        _comment("summary"),
        f"summary: {scalar(draft.summary)}",
        _comment("school"),
        f"school: {scalar(draft.school)}",
        _comment("authors"),
        "authors:",
    ]
    for author in draft.authors or [Author()]:
        lines += [
            f"  - name: {scalar(author.name)}",
            f"    position: {scalar(author.position)}",
            f"    consent: {scalar(author.consent)}",
        ]
    lines += [
        f"submitted: {draft.today.isoformat()}",
        f"updated: {draft.today.isoformat()}",
        _comment("since"),
        f"since: {draft.since.isoformat()}" if draft.since else "since:",
        f"# {FIELDS['type'].label}: {_allowed(taxonomies, 'practice_types')}",
        f"type: {scalar(_name(taxonomies, 'practice_types', draft.type))}",
        f"# {FIELDS['direction'].label}: {_allowed(taxonomies, 'directions')}",
        f"direction: {scalar(_name(taxonomies, 'directions', draft.direction))}",
        f"# {FIELDS['levels'].label}: {_allowed(taxonomies, 'levels')}",
        f"levels: {flow_list(_names(taxonomies, 'levels', draft.levels))}",
        _comment("grades"),
        f"grades: {flow_list(list(draft.grades))}",
        _comment("subjects") + " (список значений — в CONTRIBUTING.md)",
        f"subjects: {flow_list(_names(taxonomies, 'subjects', draft.subjects))}",
        _comment("risk_factors") + " (список значений — в CONTRIBUTING.md)",
        "risk_factors:" if draft.risk_factors else "risk_factors: []",
        *[f"  - {scalar(name)}" for name in _names(taxonomies, "risk_factors", draft.risk_factors)],
        _comment("evidence") + "; пример — в CONTRIBUTING.md",
        "evidence: []",
        _comment("materials"),
    ]
    if draft.materials:
        lines.append("materials:")
        for material in draft.materials:
            lines += [f"  - title: {scalar(material.title)}", f"    file: {scalar(material.file)}"]
            if material.image:
                lines.append('    alt: ""  # опишите изображение словами для незрячих читателей')
    else:
        lines.append("materials: []")
    lines += [
        _comment("review"),
        "review:",
        f"  status: {taxonomies['review_statuses'].by_id(SUBMITTED_STATUS).name}",
        _comment("keywords"),
        f"keywords: {flow_list(draft.keywords)}",
        f"# {FIELDS['license'].label}: {_allowed(taxonomies, 'licenses')}",
        f"license: {scalar(_name(taxonomies, 'licenses', draft.license))}",
    ]
    return lines


def body(taxonomies: Taxonomies) -> list[str]:
    lines: list[str] = []
    for title in taxonomies.body_sections:
        lines += [f"## {title}", "", ""]
    return lines


def practice_text(draft: Draft, taxonomies: Taxonomies) -> str:
    return "\n".join(["---", *front_matter(draft, taxonomies), "---", "", *body(taxonomies)]).rstrip("\n") + "\n"
