"""Record kinds beyond practices: partnerships, events, indicators and the like.

Each entry names a loader ``module:function`` taking the ``Repository``: it reads its own files, validates them,
stores what it loaded in ``repo.sections[<name>]`` and returns its problems (never raises on bad input).
Names are strings so that a kind can import the repository module without an import cycle.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from shnor.records.repository import Repository

LOADERS: tuple[str, ...] = (
    "shnor.records.partnerships:load",
    "shnor.records.events:load",  # after partnerships: announcements refer to them
    "shnor.indicators.section:load",
    "shnor.records.documents:load",
    "shnor.records.programmes:load",  # after documents and indicators: programmes refer to them
    "shnor.records.people:load",
)


def load_sections(repo: Repository) -> None:
    for dotted in LOADERS:
        module, function = dotted.split(":")
        repo.problems.extend(getattr(import_module(module), function)(repo))
