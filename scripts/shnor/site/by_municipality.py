"""Region scale: an index of a thousand rows is too big a page (issue 7), so above a threshold the schools,
partnerships and programmes indexes list municipalities, each with a page of its own rows. The grouping and the
paths of those pages are shared here."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

from shnor.contrib.slug import slugify

T = TypeVar("T")


@dataclass(frozen=True)
class Municipality(Generic[T]):
    name: str
    page: str  # docs path: ``schools/by-municipality/<slug>.md``
    items: list[T]


def by_municipality(items: Iterable[T], municipality: Callable[[T], str], section: str) -> list[Municipality[T]]:
    """The items grouped by municipality (in their given order), municipalities by name, each with the path of its
    page under ``<section>/by-municipality/``."""
    groups: dict[str, list[T]] = {}
    for item in items:
        groups.setdefault(municipality(item), []).append(item)
    taken: set[str] = set()
    result = []
    for name, own in sorted(groups.items()):
        slug = base = slugify(name) or "municipality"
        n = 1
        while slug in taken:  # two names with one slug (cut at 60 letters): a second page must not overwrite the first
            n += 1
            slug = f"{base}-{n}"
        taken.add(slug)
        result.append(Municipality(name, f"{section}/by-municipality/{slug}.md", own))
    return result
