"""What a record kind is: declared once, in its own module of ``shnor.kinds``, and listed in ``shnor.kinds.KINDS``.

A kind names what validation asks of it: the files it is read from (watched under ``mkdocs serve``), how it is
loaded into its field of the ``Repository``, and its rules. What the site makes of it (pages, a school page's blocks,
macros) is declared beside its pages, in ``shnor.site.site_kind``. Nothing looks a kind up by a string.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from shnor.problems import Problem
    from shnor.records.repository import Repository
    from shnor.validation.rules.base import Rule

T = TypeVar("T")

Loader = Callable[["Repository"], "list[Problem]"]


@dataclass(frozen=True)
class Kind(Generic[T]):
    name: str  # English, for code and logs: «partnerships»
    label: str  # Russian, for contributors: «партнёрства»
    paths: tuple[str, ...]  # what it is read from, relative to the project root
    load: Loader  # reads its files into its field of the repository; returns their problems, never raises
    records: Callable[[Repository], T]  # its field of the repository, as loaded
    rules: tuple[Rule, ...] = ()  # run by shnor.validation.checks once every kind is loaded
