"""Every record kind, in the order they are loaded: a kind may refer to the kinds before it (practices to the
registry, announcements to partnerships, programmes to documents and the monitoring, removed practices to the
practices). Adding a kind is a module of its own here, declaring its ``Kind``, and one entry in ``KINDS``.

Only the entry points import this list (the validator, the site's ``shnor.site.kinds``); the layers it gathers
never do. Nothing here imports the site: validation results (and their cache) do not depend on page code."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from shnor.kinds import (
    documents,
    events,
    monitoring,
    partnerships,
    people,
    practices,
    programmes,
    removed_practices,
    schools,
)
from shnor.kinds.kind import Kind
from shnor.records.repository import Repository, new_repository, paused_gc

# Each kind checks records of its own type: the list holds them all.
KINDS: tuple[Kind[Any, Any], ...] = (
    schools.KIND,
    practices.KIND,
    partnerships.KIND,
    events.KIND,
    monitoring.KIND,
    documents.KIND,
    programmes.KIND,
    people.KIND,
    removed_practices.KIND,
)


def load_repository(root: Path, today: date, cache: bool | None = None) -> Repository:
    """Every kind's records, read once; problems of the files and of the schemas are collected, never raised (the
    kinds' rules are run by ``shnor.validation.checks``). ``cache``: whether to reuse what unchanged files gave last
    time (default: unless SHNOR_NO_CACHE is set)."""
    with paused_gc():
        repo = new_repository(root, today, cache)
        for kind in KINDS:
            repo.problems.extend(kind.load(repo))
        return repo


def watched_folders() -> list[str]:
    """The top folders the kinds are read from, outside docs/ (MkDocs watches docs/ itself)."""
    tops = (path.split("/", 1)[0] for kind in KINDS for path in kind.paths)
    return list(dict.fromkeys(top for top in tops if top != "docs"))
