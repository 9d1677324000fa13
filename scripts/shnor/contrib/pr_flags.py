"""What a reviewer of a pull request should look at beyond the records' own problems.

- ``deleted``: a practice published at the merge base is deleted. Blocking when the author is a contributor: a
  contributor does not take a practice off the site, a reviewer does. The repository's own people may, but a
  practice's address is never silently dropped (issue 17): their deletion blocks too until the pull request adds
  an entry for the old id to data/removed-practices.yml, so that the site keeps a page there saying why the
  practice was taken off or where it went (``needs_entry``).
- ``renamed``: a practice's file (its id, hence its address) changes: git finds the rename, or a practice is
  deleted and another with the same title added. A published practice's rename blocks, for everyone, until the
  pull request adds an entry for the old id (``needs_entry``): the old address then links to the new one.
- ``schools``: the pull request touches practices of more than one school. Every school counts that a touched
  practice names at the merge base or in the pull request, so an added practice of one school and a changed one of
  another count, and so does an existing practice moved to another school.
- ``code``: code or configuration (shnor.contrib.code_paths) changed by a contributor: a maintainer reviews it.

``deleted`` and ``renamed`` may block; the others are for the reviewer to read."""

from __future__ import annotations

from dataclasses import dataclass

from shnor.contrib.code_paths import code_changes
from shnor.contrib.pr_practices import PracticeEntry


@dataclass(frozen=True)
class Flag:
    kind: str  # "deleted", "renamed", "schools" or "code"
    blocking: bool
    files: tuple[str, ...]  # the practice files (their name in the pull request) or the code files concerned
    needs_entry: bool = False  # blocks until data/removed-practices.yml has an entry for each file's old id


def _schools_of(entry: PracticeEntry) -> set[str]:
    return {facts.school_id for facts in (entry.before, entry.after) if facts and facts.school_id}


def _rels(entries: list[PracticeEntry]) -> tuple[str, ...]:
    return tuple(e.rel for e in entries)


def _by_entry(kind: str, entries: list[PracticeEntry], also: tuple[PracticeEntry, ...] = ()) -> list[Flag]:
    """A blocking flag for the practices without an entry for their old id, a reading one for the others and
    ``also`` (renamed drafts: they had no page)."""
    found = []
    missing = [e for e in entries if not e.recorded]
    if missing:
        found.append(Flag(kind, True, _rels(missing), needs_entry=True))
    kept = [*(e for e in entries if e.recorded), *also]
    if kept:
        found.append(Flag(kind, False, _rels(sorted(kept, key=lambda e: e.rel))))
    return found


def flags(entries: list[PracticeEntry], changed: list[str], trusted: bool) -> list[Flag]:
    """``changed``: every file of the pull request, a renamed one under both names (code_paths.changed_files);
    ``trusted``: the author is one of the repository's own people (code_paths.is_trusted_author)."""
    found = []
    deleted = [e for e in entries if e.change == "deleted" and e.before and e.before.published]
    if deleted and not trusted:
        found.append(Flag("deleted", True, _rels(deleted)))
    elif deleted:
        found += _by_entry("deleted", deleted)
    renamed = [e for e in entries if e.change == "renamed"]
    published = [e for e in renamed if e.before and e.before.published]
    found += _by_entry("renamed", published, also=tuple(e for e in renamed if e not in published))
    if len(set().union(*(_schools_of(e) for e in entries))) > 1:
        found.append(Flag("schools", False, tuple(e.rel for e in entries if _schools_of(e))))
    code = [] if trusted else code_changes(changed)
    if code:
        found.append(Flag("code", False, tuple(code)))
    return found
