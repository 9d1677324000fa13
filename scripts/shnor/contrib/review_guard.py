"""A pull request may add a practice «на рассмотрении», never one already «одобрена» or «рекомендована»: those
statuses are set by a reviewer (CODEOWNERS) in their own commit. Used by the pull-request workflow."""

from __future__ import annotations

import subprocess
from pathlib import Path

from shnor.problems import Problem
from shnor.records.repository import Repository


def added_files(root: Path, base: str) -> list[str]:
    """Files added since the merge base with ``base`` (repository-relative, forward slashes)."""
    result = subprocess.run(
        ["git", "-C", str(root), "diff", "--name-only", "--diff-filter=A", f"{base}...HEAD", "--", "practices"],
        capture_output=True,
        text=True,
        check=True,
    )
    return [line.strip() for line in result.stdout.splitlines() if line.strip()]


def self_approved(repo: Repository, added: list[str]) -> list[Problem]:
    wanted = set(added)
    statuses = repo.taxonomies["review_statuses"]
    problems = []
    for record in repo.practices:
        status = statuses.by_id(record.practice.review.status)
        if record.rel in wanted and status.extra.get("needs_reviewer"):
            problems.append(
                record.problem(
                    "review.status",
                    f"новая практика подаётся со статусом «{statuses.by_id('review').name}»: "
                    f"статус «{status.name}» ставит рецензент (CODEOWNERS) после рассмотрения",
                    rule="review-guard",
                )
            )
    return problems
