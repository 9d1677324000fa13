"""What a pull request changes, as git tells it: each file added, modified, renamed or deleted since the merge base
with the base branch, and a file's bytes as committed there. The pull-request checks (``shnor review-guard``,
``shnor pr-summary``) read the changes through here."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

from shnor.contrib.code_paths import git_z


@dataclass(frozen=True)
class FileChange:
    status: str  # git's letter: "A" added, "M" modified, "D" deleted, "R" renamed, "T" type changed
    rel: str  # the file in the pull request (repository-relative, forward slashes); a deleted file's old name
    old: str | None  # the same file at the merge base: its old name if renamed, None if the pull request adds it


def file_changes(root: Path, base: str, *pathspec: str, diff_filter: str = "") -> list[FileChange]:
    """Every file changed since the merge base with ``base``, renames found (``-M``); ``pathspec`` limits the
    folders, ``diff_filter`` the statuses (git's ``--diff-filter``, e.g. "AMR")."""
    args = ["diff", "--name-status", "-M", "-z"]
    if diff_filter:
        args.append(f"--diff-filter={diff_filter}")
    fields = git_z(root, *args, f"{base}...HEAD", "--", *pathspec)
    changes, i = [], 0
    while i < len(fields):
        status = fields[i][:1]
        if status in ("R", "C"):  # R<similarity> or C<similarity>, the old name, the new name
            # A copy (only with -C, never asked for here) leaves its source in place: the new file is added.
            changes.append(FileChange("R", fields[i + 2], fields[i + 1]) if status == "R"
                           else FileChange("A", fields[i + 2], None))
            i += 3
            continue
        rel = fields[i + 1]
        changes.append(FileChange(status, rel, None if status == "A" else rel))
        i += 2
    return changes


def blob_at(root: Path, commit: str, rel: str) -> bytes | None:
    """``rel`` as committed in ``commit``; None when it is not there."""
    shown = subprocess.run(["git", "-C", str(root), "show", f"{commit}:{rel}"], capture_output=True, check=False)
    return shown.stdout if shown.returncode == 0 else None
