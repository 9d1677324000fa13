"""A contributor's pull request may add or change a practice «на рассмотрении», never raise one to «одобрена» or
«рекомендована»: those statuses (``needs_reviewer`` in data/taxonomies.yml) are set by a reviewer in a pull
request of their own. Every practice the pull request adds, changes or renames is checked: one whose status needs a
reviewer passes only if it had exactly that status, reviewer and date at the merge base, under its old name.
A pull request whose author is one of the repository's own people (owner, organisation member, collaborator:
``github.event.pull_request.author_association``) is a reviewer's and may set them. Used by the pull-request
workflow."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from shnor.contrib.code_paths import is_trusted_author
from shnor.contrib.git_changes import blob_at, file_changes
from shnor.problems import Problem
from shnor.records.practice import Review
from shnor.records.repository import PracticeRecord, Repository
from shnor.records.source import SourceError, read_source
from shnor.taxonomy import Taxonomies

RULE = "review-guard"


@dataclass(frozen=True)
class PracticeChange:
    rel: str  # the file in the pull request (repository-relative, forward slashes)
    old: str | None  # the same file at the merge base: its old name if renamed, None if the pull request adds it


def merge_base(root: Path, base: str) -> str:
    result = subprocess.run(
        ["git", "-C", str(root), "merge-base", base, "HEAD"], capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


def practice_changes(root: Path, base: str) -> list[PracticeChange]:
    """Files under practices/ added, modified or renamed since the merge base with ``base``."""
    return [PracticeChange(change.rel, change.old) for change in file_changes(root, base, "practices",
                                                                              diff_filter="AMR")]


def review_at(root: Path, commit: str, rel: str, taxonomies: Taxonomies) -> Review | None:
    """The ``review`` block of ``rel`` as committed in ``commit``; None when the file or a valid block is missing."""
    raw = blob_at(root, commit, rel)
    if raw is None:
        return None
    try:
        meta = read_source(root / rel, rel, raw).meta.data
        return Review.model_validate(meta.get("review"), context={"taxonomies": taxonomies})
    except (SourceError, ValidationError):
        return None


def _refusal(record: PracticeRecord, before: Review | None, old_rel: str | None, taxonomies: Taxonomies
             ) -> Problem | None:
    statuses = taxonomies["review_statuses"]
    review = record.data.review
    status = statuses.by_id(review.status)
    if not status.extra.get("needs_reviewer") or before == review:
        return None
    reviewer_sets = f"статус «{status.name}» ставит рецензент (CODEOWNERS) в своём pull request"
    if before is None:
        if old_rel is None:
            message = (
                f"новая практика подаётся со статусом «{statuses.by_id('review').name}»: "
                f"статус «{status.name}» ставит рецензент (CODEOWNERS) после рассмотрения"
            )
        else:
            message = f"в основной ветке у практики не было статуса «{status.name}»: {reviewer_sets}"
        return record.problem("review.status", message, rule=RULE)
    was = f" (файл переименован, прежде {old_rel})" if old_rel != record.rel else ""
    if before.status != review.status:
        message = (
            f"в основной ветке у практики статус «{statuses.by_id(before.status).name}»{was}, "
            f"pull request меняет его на «{status.name}»: {reviewer_sets}; верните прежний статус"
        )
        return record.problem("review.status", message, rule=RULE)
    field = "review.reviewer" if before.reviewer != review.reviewer else "review.date"
    message = (
        f"у практики со статусом «{status.name}» рецензента и дату рассмотрения меняет только рецензент{was}: "
        f"в основной ветке «{before.reviewer or '—'}», {before.date or '—'}; верните их"
    )
    return record.problem(field, message, rule=RULE)


def self_approved(repo: Repository, changes: list[PracticeChange], base_commit: str = "") -> list[Problem]:
    """Problems for the changed practices whose status needs a reviewer and was not already theirs at
    ``base_commit`` (the merge base). Without a commit every changed practice counts as new."""
    by_rel = {change.rel: change for change in changes}
    problems = []
    for record in repo.practices:
        change = by_rel.get(record.rel)
        if change is None:
            continue
        before = None
        if change.old is not None and base_commit:
            before = review_at(repo.paths.root, base_commit, change.old, repo.taxonomies)
        problem = _refusal(record, before, change.old, repo.taxonomies)
        if problem:
            problems.append(problem)
    return problems


def guard(repo: Repository, base: str, author_association: str | None = None) -> list[Problem]:
    """What ``shnor review-guard`` reports for the pull request since the merge base with ``base``."""
    if is_trusted_author(author_association):
        return []
    root = repo.paths.root
    return self_approved(repo, practice_changes(root, base), merge_base(root, base))
