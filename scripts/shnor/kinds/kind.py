"""What a record kind is: declared once, in its own module of ``shnor.kinds``, and listed in ``shnor.kinds.KINDS``.

A kind names what validation asks of it: the files it is read from (watched under ``mkdocs serve``), how it is
loaded into its field of the ``Repository``, and its rules. What the site makes of it (pages, a school page's blocks,
macros) is declared beside its pages, in ``shnor.site.site_kind``. Nothing looks a kind up by a string.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, Never, TypeVar

if TYPE_CHECKING:
    from shnor.problems import Problem
    from shnor.records.repository import Repository
    from shnor.records.source import SourceFile
    from shnor.validation.rules.base import Rule

T = TypeVar("T")
R = TypeVar("R")

Loader = Callable[["Repository"], "list[Problem]"]


def _none(repo: Repository) -> Sequence[Never]:
    return ()


@dataclass(frozen=True)
class Kind(Generic[T, R]):
    name: str  # English, for code and logs: «partnerships»
    label: str  # Russian, for contributors: «партнёрства»
    paths: tuple[str, ...]  # what it is read from, relative to the project root
    load: Loader  # reads its files into its field of the repository; returns their problems, never raises
    records: Callable[[Repository], T]  # its field of the repository, as loaded
    rules: tuple[Rule[R], ...] = ()  # run by shnor.validation.checks once every kind is loaded
    checked: Callable[[Repository], Sequence[R]] = _none  # the records its rules check (for a list: ``records``)
    sources: Callable[[Repository], Sequence[SourceFile]] = _none  # the texts its source checks read (practices)

    def check(self, repo: Repository) -> list[Problem]:
        """Every rule of the kind, in its order, on the kind's records as loaded."""
        records, sources = self.checked(repo), self.sources(repo)
        return [problem for rule in self.rules for problem in rule.run(repo, records, sources)]
