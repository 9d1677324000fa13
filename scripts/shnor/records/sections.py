"""The record kinds beyond practices, loaded after them in this order: a kind may refer to the kinds before it
(announcements to partnerships, programmes to documents and the monitoring, removed practices to practices). Each
loader reads its folder or file, stores its records in its field of the ``Repository`` and returns its problems
(never raises on bad input)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from shnor.indicators import section as monitoring
from shnor.problems import Problem
from shnor.records import documents, events, partnerships, people, programmes, removed_practices

if TYPE_CHECKING:
    from shnor.records.repository import Repository

LOADERS: tuple[Callable[[Repository], list[Problem]], ...] = (
    partnerships.load,
    events.load,
    monitoring.load,
    documents.load,
    programmes.load,
    people.load,
    removed_practices.load,  # practices taken off or moved: refers to the practices' files and statuses
)


def load_sections(repo: Repository) -> None:
    for load in LOADERS:
        repo.problems.extend(load(repo))
