"""A contributor cannot approve their own new practice: the pull-request check flags it on the status line."""

from __future__ import annotations

import subprocess

from shnor.cli import main
from tests.conftest import VALIDATION_FIXTURES

APPROVED = VALIDATION_FIXTURES / "good" / "rabota-s-roditelyami.md"


def _git(root, *args: str) -> None:
    subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True)


def _repository(make_project, tmp_path):
    root = make_project()
    _git(root, "init", "-q", "-b", "main")
    _git(root, "-c", "user.name=t", "-c", "user.email=t@example.org", "add", ".")
    _git(root, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "base")
    return root


def _commit(root, message: str) -> None:
    _git(root, "add", ".")
    _git(root, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", message)


def test_new_self_approved_practice_is_flagged(make_project, tmp_path, capsys):
    root = _repository(make_project, tmp_path)
    make_project(APPROVED)  # adds the approved practice and its materials
    _commit(root, "new practice")
    code = main(["--root", str(root), "review-guard", "--base", "HEAD~1", "--format", "github"])
    out = capsys.readouterr().out
    assert code == 1
    assert out.startswith("::error file=practices/rabota-s-roditelyami.md,line=30,title=review-guard review.status::")
    assert "ставит рецензент" in out


def test_new_practice_under_review_passes_and_old_ones_are_not_rechecked(make_project, tmp_path, capsys):
    root = _repository(make_project, tmp_path)
    make_project(APPROVED)
    _commit(root, "reviewed earlier")
    text = APPROVED.read_text(encoding="utf-8").replace("id: rabota-s-roditelyami", "id: novaya")
    text = text.replace("status: одобрена", "status: на рассмотрении")
    (root / "practices" / "novaya.md").write_text(text, encoding="utf-8")
    _commit(root, "new practice for review")
    assert main(["--root", str(root), "review-guard", "--base", "HEAD~1"]) == 0
