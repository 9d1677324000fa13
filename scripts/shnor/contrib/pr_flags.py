"""What a reviewer of a pull request should look at beyond the records' own problems.

- ``deleted``: a practice published at the merge base is deleted, so its page disappears. Blocking (the summary
  fails) unless the author is one of the repository's own people: a contributor does not take a practice off the
  site, a reviewer does.
- ``renamed``: a practice's file (its id, hence its address) changes: git finds the rename, or a practice is
  deleted and another with the same title added.
- ``schools``: the pull request touches practices of more than one school. Every school counts that a touched
  practice names at the merge base or in the pull request, so an added practice of one school and a changed one of
  another count, and so does an existing practice moved to another school.
- ``code``: code or configuration (shnor.contrib.code_paths) changed by a contributor: a maintainer reviews it.

Only ``deleted`` is blocking; the others are for the reviewer to read."""

from __future__ import annotations

from dataclasses import dataclass

from shnor.contrib.code_paths import code_changes
from shnor.contrib.pr_practices import PracticeEntry


@dataclass(frozen=True)
class Flag:
    kind: str  # "deleted", "renamed", "schools" or "code"
    blocking: bool
    files: tuple[str, ...]  # the practice files (their name in the pull request) or the code files concerned


def _schools_of(entry: PracticeEntry) -> set[str]:
    return {facts.school_id for facts in (entry.before, entry.after) if facts and facts.school_id}


def flags(entries: list[PracticeEntry], changed: list[str], trusted: bool) -> list[Flag]:
    """``changed``: every file of the pull request, a renamed one under both names (code_paths.changed_files);
    ``trusted``: the author is one of the repository's own people (code_paths.is_trusted_author)."""
    found = []
    deleted = [e.rel for e in entries if e.change == "deleted" and e.before and e.before.published]
    if deleted:
        found.append(Flag("deleted", not trusted, tuple(deleted)))
    renamed = [e.rel for e in entries if e.change == "renamed"]
    if renamed:
        found.append(Flag("renamed", False, tuple(renamed)))
    if len(set().union(*(_schools_of(e) for e in entries))) > 1:
        found.append(Flag("schools", False, tuple(e.rel for e in entries if _schools_of(e))))
    code = [] if trusted else code_changes(changed)
    if code:
        found.append(Flag("code", False, tuple(code)))
    return found
