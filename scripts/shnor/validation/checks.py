"""Load every record and run every kind's rules: the one entry point for ``shnor validate`` and for the site build."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

from shnor.kinds import KINDS, load_repository
from shnor.problems import RecordError
from shnor.records.record import Record
from shnor.records.repository import Repository, paused_gc
from shnor.records.source import SourceError, read_source
from shnor.validation.rules.practices import RULES as PRACTICE_RULES


def validate_repository(
    root: Path, today: date, only: list[Path] | None = None, cache: bool | None = None
) -> Repository:
    """Every record is loaded (ids and links are checked across the repository); with ``only``, the problems
    reported are those of the given files. ``cache``: reuse what unchanged files gave last time (default: unless
    SHNOR_NO_CACHE is set); rules across files run every time either way."""
    with paused_gc():
        repo = load_repository(root, today, cache)
        for kind in KINDS:
            repo.problems.extend(kind.check(repo))
        repo.cache.save()
    if only:
        wanted = {repo.paths.rel(path) for path in only}
        repo.problems = [p for p in repo.problems if p.path in wanted]
    repo.problems.sort()
    return repo


def checked_repository(root: Path, today: date) -> Repository:
    """The records a build may publish; raises with every problem when any record is invalid."""
    return checked(validate_repository(root, today))


def checked(repo: Repository) -> Repository:
    """``repo`` if it may be published; raises with every problem when any record is invalid."""
    if repo.errors:
        raise RecordError(repo.errors)
    return repo


def rechecked_texts(repo: Repository, changed: list[Path]) -> Repository | None:
    """``repo`` as validating again would give it after the texts of the ``changed`` practices changed and nothing
    else did: not their front matter, no other record, no material, not the build date (``mkdocs serve`` knows
    this from shnor.site.records_signature). Only the checks that read a practice's text run, on those files:
    at region scale validating 11,000 files again took seconds of every live edit (issue 7). None when the
    files no longer read as before (then validate everything)."""
    by_rel = {repo.paths.rel(path): path for path in changed}
    fresh = {}
    for rel, path in by_rel.items():
        try:
            fresh[rel] = read_source(path, rel)
        except (OSError, SourceError):
            return None
    sources = [fresh.get(source.rel, source) for source in repo.sources]
    practices = [Record(fresh[r.rel], r.data) if r.rel in fresh else r for r in repo.practices]
    # Problems of those files from the per-file checks are found again; the loader's and the repository-wide
    # checks' read only front matter and files that did not change.
    per_file = [rule for rule in PRACTICE_RULES if rule.check_source or rule.check_record]
    if any(rule.check_records for rule in per_file):
        return None  # its problems in those files could come from either check
    again = {rule.code for rule in per_file}
    problems = [p for p in repo.problems if p.path not in fresh or p.rule not in again]
    own_sources, own_records = [s for s in sources if s.rel in fresh], [r for r in practices if r.rel in fresh]
    for rule in per_file:
        problems += rule.run_on(repo, own_sources, own_records)
    problems.sort()
    # A new repository: indexes derived from the old one (cached properties, ``derived``) are not carried over.
    return dataclasses.replace(repo, sources=sources, practices=practices, problems=problems, _derived={})
