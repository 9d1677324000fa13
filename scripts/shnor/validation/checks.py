"""Load every record and run every rule: the one entry point for ``shnor validate`` and for the site build."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from shnor.problems import RecordError
from shnor.records.repository import Repository, load_repository, paused_gc
from shnor.validation.rules import ALL_RULES


def validate_repository(
    root: Path, today: date, only: list[Path] | None = None, cache: bool | None = None
) -> Repository:
    """Every record is loaded (ids and links are checked across the repository); with ``only``, the problems
    reported are those of the given files. ``cache``: reuse what unchanged files gave last time (default: unless
    SHNOR_NO_CACHE is set); rules across files run every time either way."""
    with paused_gc():
        repo = load_repository(root, today, cache)
        for rule in ALL_RULES:
            repo.problems.extend(rule.run(repo))
        repo.cache.save()
    if only:
        wanted = {repo.paths.rel(path) for path in only}
        repo.problems = [p for p in repo.problems if p.path in wanted]
    repo.problems.sort()
    return repo


def checked_repository(root: Path, today: date) -> Repository:
    """The records a build may publish; raises with every problem when any record is invalid."""
    repo = validate_repository(root, today)
    if repo.errors:
        raise RecordError(repo.errors)
    return repo
