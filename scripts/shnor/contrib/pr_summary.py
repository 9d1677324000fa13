"""The answer to a pull request, as data: what it adds and changes, every problem in its files (the validation of
``shnor validate``), the flags for its reviewer and who reviews it. ``pr_summary_markdown`` writes it for the
teacher; ``shnor pr-summary`` prints it and the pull-request workflow puts it in the job summary.

The pull request is the change from the merge base with the base branch to HEAD (git); the records are read and
validated from the working tree, which in the workflow is HEAD."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePosixPath

from shnor.contrib.code_paths import changed_files, is_code_path, is_trusted_author
from shnor.contrib.codeowners import LOCATIONS, owner_rules, owners_of
from shnor.contrib.git_changes import FileChange, blob_at, file_changes
from shnor.contrib.pr_flags import Flag, flags
from shnor.contrib.pr_practices import (
    PracticeEntry,
    attributed_files,
    practice_entries,
    with_errors,
    with_removals,
)
from shnor.contrib.review_guard import merge_base
from shnor.problems import Problem
from shnor.records.removed_practices import FILE as REMOVED_FILE
from shnor.validation.checks import validate_repository

# Record folders other than practices/, as a teacher calls what is in them.
RECORD_KINDS = {
    "events": "мероприятие или новость",
    "documents": "документ",
    "partnerships": "партнёрство",
    "programmes": "программа перехода",
    "people": "«Кто поможет»",
}
DATA_FILES = {
    "data/schools.csv": "реестр школ",
    "data/taxonomies.yml": "справочники",
    "data/indicators.yml": "каталог показателей",
    REMOVED_FILE: "снятые и перенесённые практики",
}
CHANGES = {"A": "added", "R": "renamed", "D": "deleted"}  # any other status: "modified"


@dataclass(frozen=True)
class OtherChange:
    """A changed file that is not a practice or its material."""

    rel: str
    change: str  # "added", "modified", "renamed" or "deleted"
    old_rel: str | None
    kind: str  # in Russian: «мероприятие или новость», «реестр школ», «код или настройки сборки»…


@dataclass(frozen=True)
class Elsewhere:
    """Problems in files the pull request does not touch: not its author's to fix."""

    files: int
    errors: int
    warnings: int


@dataclass(frozen=True)
class PullRequestSummary:
    practices: tuple[PracticeEntry, ...]
    others: tuple[OtherChange, ...]
    problems: tuple[Problem, ...]  # in the pull request's files, sorted
    elsewhere: Elsewhere
    flags: tuple[Flag, ...]
    reviewers: tuple[tuple[str, int], ...]  # CODEOWNERS owner, number of the pull request's files they own
    evidence_steps: int  # how many evidence levels there are (data/taxonomies.yml)
    site_url: str = ""  # absolute and ending in "/", or "" to show the pages' paths
    contributing: str = "CONTRIBUTING.md"  # where CONTRIBUTING.md is read, for the links to its sections
    today: date | None = None  # the build date: the date of the data/removed-practices.yml lines to paste

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity != "error"]

    @property
    def blocking(self) -> list[Flag]:
        return [f for f in self.flags if f.blocking]

    @property
    def exit_code(self) -> int:
        """0 when the pull request's files have no errors and no flag blocks it; problems elsewhere do not count
        (``shnor validate`` and the build fail on them in their own steps)."""
        return 1 if self.errors or self.blocking else 0


def record_kind(rel: str) -> str:
    if is_code_path(rel):
        return "код или настройки сборки"
    if rel in DATA_FILES:
        return DATA_FILES[rel]
    if rel.startswith("data/monitoring/"):
        return "таблица мониторинга"
    top = PurePosixPath(rel).parts[0]
    if top == "data":
        return "файл данных"
    if top == "practices":
        return "файл в папке практик"
    return RECORD_KINDS.get(top, "другой файл")


def _others(changes: list[FileChange], attributed: set[str]) -> list[OtherChange]:
    return [
        OtherChange(c.rel, CHANGES.get(c.status, "modified"), c.old, record_kind(c.rel))
        for c in changes
        if c.rel not in attributed
    ]


def _reviewers(root: Path, commit: str, files: list[str]) -> list[tuple[str, int]]:
    """The owners of the files as CODEOWNERS at the merge base says (GitHub reads it from the base branch, so a
    pull request cannot name its own reviewers)."""
    text = next((raw for rel in LOCATIONS if (raw := blob_at(root, commit, rel)) is not None), None)
    if text is None:
        return []
    rules = owner_rules(text.decode("utf-8", "replace"))
    counts: dict[str, int] = {}
    for rel in files:
        for owner in owners_of(rules, rel):
            counts[owner] = counts.get(owner, 0) + 1
    return list(counts.items())


def site_url_of(given: str | None) -> str:
    """``--site-url``, else SHNOR_SITE_URL (the site's address, as mkdocs.yml reads it), else none."""
    url = (given or os.environ.get("SHNOR_SITE_URL") or "").strip()
    return url.rstrip("/") + "/" if url else ""


def contributing_link() -> str:
    """CONTRIBUTING.md on GitHub when the workflow says which repository it runs in, else the relative path."""
    server, repository = os.environ.get("GITHUB_SERVER_URL"), os.environ.get("GITHUB_REPOSITORY")
    if server and repository:
        return f"{server.rstrip('/')}/{repository}/blob/HEAD/CONTRIBUTING.md"
    return "CONTRIBUTING.md"


def pull_request_summary(
    root: Path,
    base: str,
    today: date,
    *,
    site_url: str = "",
    author_association: str | None = None,
    contributing: str = "CONTRIBUTING.md",
    cache: bool | None = None,
) -> PullRequestSummary:
    """The summary of the changes from the merge base with ``base`` to HEAD in the repository at ``root``."""
    base_commit = merge_base(root, base)
    changes = file_changes(root, base)
    changed = changed_files(root, base)
    repo = validate_repository(root, today, cache=cache)
    entries = practice_entries(repo, changes, base_commit)
    attributed = attributed_files(entries)
    in_pull_request = attributed | {rel for c in changes for rel in (c.rel, c.old) if rel}
    problems = [p for p in repo.problems if p.path in in_pull_request]
    outside = [p for p in repo.problems if p.path not in in_pull_request]
    entries = with_errors(entries, {p.path for p in problems if p.severity == "error"})
    entries = with_removals(entries, {r.data.id: r.data.replaced_by for r in repo.removed})
    errors_outside = sum(p.severity == "error" for p in outside)
    return PullRequestSummary(
        practices=tuple(entries),
        others=tuple(_others(changes, attributed)),
        problems=tuple(sorted(problems)),
        elsewhere=Elsewhere(len({p.path for p in outside}), errors_outside, len(outside) - errors_outside),
        flags=tuple(flags(entries, changed, is_trusted_author(author_association))),
        reviewers=tuple(_reviewers(root, base_commit, changed)),
        evidence_steps=len(repo.taxonomies.evidence_levels),
        site_url=site_url,
        contributing=contributing,
        today=today,
    )
