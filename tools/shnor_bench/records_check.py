"""The records check of a pull request (issue 17), timed on a project: the commands the workflow's records job runs
after its install, for a pull request that adds one practice. The project becomes a git repository with the
practice added on a branch; each command is a child process, timed and its peak memory read, as the job runs it."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from shnor_bench.measure import run_measured

NEW_ID_SUFFIX = "-povtorenie"


def _git(root: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True)


def _add_practice(root: Path) -> str:
    """A copy of the first published practice under a new id and title, with its materials, sent for review: a
    valid new record."""
    source = next(p for p in sorted((root / "practices").glob("*.md"))
                  if not re.search(r"^\s*status:\s*черновик", p.read_text(encoding="utf-8"), re.M))  # fmt: skip
    new_id = source.stem + NEW_ID_SUFFIX
    text = source.read_text(encoding="utf-8")
    text = re.sub(r"^id: .*$", f"id: {new_id}", text, count=1, flags=re.M)
    text = re.sub(r"^title: (.*)$", r"title: \1 (повторение)", text, count=1, flags=re.M)
    text = text.replace(f"{source.stem}/", f"{new_id}/")  # its materials' paths
    # A teacher's new practice waits for review: a status it gave itself would stop review-guard.
    # (the review block's status: adoptions have a status of their own)
    text = re.sub(r"^(review:\n(?: .*\n)*? +status: *).*$", r"\1на рассмотрении", text, count=1, flags=re.M)
    (root / "practices" / f"{new_id}.md").write_text(text, encoding="utf-8")
    if (root / "practices" / source.stem).is_dir():
        shutil.copytree(root / "practices" / source.stem, root / "practices" / new_id)
    return new_id


def _pull_request(project: Path) -> str:
    if (project / ".git").exists():
        shutil.rmtree(project / ".git")
    _git(project, "init", "-q", "-b", "main")
    _git(project, "config", "user.name", "bench")
    _git(project, "config", "user.email", "bench@example.org")
    _git(project, "add", "-A")
    _git(project, "commit", "-q", "-m", "base")
    _git(project, "checkout", "-q", "-b", "pull-request")
    new_id = _add_practice(project)
    _git(project, "add", "-A")
    _git(project, "commit", "-q", "-m", "a new practice")
    return new_id


def records_check(project: Path, work: Path, env: dict[str, str], screenshots: bool) -> dict:
    """Seconds of each command and their sum; ``screenshots``: Chromium is there to draw the pages."""
    new_id = _pull_request(project)
    shutil.rmtree(project / ".cache", ignore_errors=True)  # the job starts without the validation cache
    shnor = [sys.executable, "-m", "shnor.cli", "--root", str(project)]
    pages, site = work / "pr-pages.json", work / "pr-site"
    commands = {
        "pr-summary": [*shnor, "pr-summary", "--base", "main", "--pages-file", str(pages),
                       "--summary-file", str(work / "pr-summary.md")],
        "validate": [*shnor, "validate"],
        "review-guard": [*shnor, "review-guard", "--base", "main"],
        "build --strict": [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(project / "mkdocs.yml"),
                           "-d", str(site)],
        "check-links": [*shnor, "check-links", "--pages", str(pages), "--site", str(site)],
    }  # fmt: skip
    if screenshots:
        commands["screenshots"] = [*shnor, "screenshots", "--pages", str(pages), "--site", str(site),
                                   "--out", str(work / "pr-screenshots")]  # fmt: skip
    steps = {}
    for name, command in commands.items():
        run = run_measured(command, env=env, cwd=project)
        if run.returncode != 0:
            raise RuntimeError(f"records check: {name} failed:\n{(run.stdout + run.stderr)[-3000:]}")
        steps[name] = {"seconds": run.seconds, "peak_rss_mb": run.peak_rss_mb}
    return {"practice": new_id, "steps": steps, "seconds": sum(s["seconds"] for s in steps.values())}
