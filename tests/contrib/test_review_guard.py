"""A contributor cannot approve a practice in their own pull request, whether they add it, edit it or rename it: the
pull-request check flags it on the status line. A practice approved before keeps its status; a reviewer's pull
request may set it."""

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


UNDER_REVIEW = APPROVED.read_text(encoding="utf-8").replace("status: одобрена", "status: на рассмотрении")


def _guard(root, *extra: str) -> int:
    return main(["--root", str(root), "review-guard", "--base", "HEAD~1", "--format", "github", *extra])


def _practice(root, name: str = "rabota-s-roditelyami.md"):
    return root / "practices" / name


def _rename(root, new: str) -> str:
    """Rename the fixture practice (git mv, its id too) and return the new file's text."""
    _git(root, "mv", "practices/rabota-s-roditelyami.md", f"practices/{new}.md")
    path = _practice(root, f"{new}.md")
    text = path.read_text(encoding="utf-8").replace("id: rabota-s-roditelyami", f"id: {new}")
    path.write_text(text, encoding="utf-8")
    return text


def test_modified_practice_raising_its_own_status_is_refused(make_project, tmp_path, capsys):
    root = _repository(make_project, tmp_path)
    make_project(APPROVED)
    _practice(root).write_text(UNDER_REVIEW, encoding="utf-8")
    _commit(root, "submitted for review")
    _practice(root).write_text(APPROVED.read_text(encoding="utf-8"), encoding="utf-8")
    _commit(root, "self-approved")
    assert _guard(root) == 1
    out = capsys.readouterr().out
    assert out.startswith("::error file=practices/rabota-s-roditelyami.md,line=30,title=review-guard review.status::")
    assert "статус «на рассмотрении», pull request меняет его на «одобрена»" in out
    assert "ставит рецензент" in out


def test_renamed_practice_raising_its_status_is_refused(make_project, tmp_path, capsys):
    root = _repository(make_project, tmp_path)
    make_project(APPROVED)
    _practice(root).write_text(UNDER_REVIEW, encoding="utf-8")
    _commit(root, "submitted for review")
    text = _rename(root, "roditelskiy-klub")
    _practice(root, "roditelskiy-klub.md").write_text(text.replace("на рассмотрении", "одобрена"), encoding="utf-8")
    _commit(root, "renamed and self-approved")
    assert _guard(root) == 1
    out = capsys.readouterr().out
    assert out.startswith("::error file=practices/roditelskiy-klub.md,line=30,title=review-guard review.status::")
    assert "прежде practices/rabota-s-roditelyami.md" in out


def test_renamed_practice_keeping_its_approved_status_passes(make_project, tmp_path, capsys):
    root = _repository(make_project, tmp_path)
    make_project(APPROVED)
    _commit(root, "approved by a reviewer")
    _rename(root, "roditelskiy-klub")
    _commit(root, "renamed")
    assert _guard(root) == 0
    assert capsys.readouterr().out == ""


def test_approved_practice_whose_text_changes_but_not_its_status_passes(make_project, tmp_path, capsys):
    root = _repository(make_project, tmp_path)
    make_project(APPROVED)
    _commit(root, "approved by a reviewer")
    path = _practice(root)
    path.write_text(path.read_text(encoding="utf-8").replace("Открыли родительский клуб.", "Открыли клуб."), "utf-8")
    _commit(root, "text edited")
    assert _guard(root) == 0
    assert capsys.readouterr().out == ""


def test_approved_practice_cannot_name_another_reviewer(make_project, tmp_path, capsys):
    root = _repository(make_project, tmp_path)
    make_project(APPROVED)
    _commit(root, "approved by a reviewer")
    path = _practice(root)
    path.write_text(path.read_text(encoding="utf-8").replace("Методический совет", "Сам себе"), "utf-8")
    _commit(root, "reviewer changed")
    assert _guard(root) == 1
    out = capsys.readouterr().out
    assert out.startswith("::error file=practices/rabota-s-roditelyami.md,line=31,title=review-guard review.reviewer::")
    assert "«Методический совет»" in out


def test_approval_written_as_a_code_is_the_same_status(make_project, tmp_path, capsys):
    root = _repository(make_project, tmp_path)
    make_project(APPROVED)
    _commit(root, "approved by a reviewer")
    path = _practice(root)
    path.write_text(path.read_text(encoding="utf-8").replace("status: одобрена", "status: approved"), "utf-8")
    _commit(root, "status written as its code")
    assert _guard(root) == 0


def test_a_reviewers_pull_request_may_set_the_status(make_project, tmp_path, capsys):
    root = _repository(make_project, tmp_path)
    make_project(APPROVED)
    _practice(root).write_text(UNDER_REVIEW, encoding="utf-8")
    _commit(root, "submitted for review")
    _practice(root).write_text(APPROVED.read_text(encoding="utf-8"), encoding="utf-8")
    _commit(root, "approved by a reviewer")
    for association in ("MEMBER", "OWNER", "COLLABORATOR"):
        assert _guard(root, "--author-association", association) == 0
    for association in ("CONTRIBUTOR", "FIRST_TIME_CONTRIBUTOR", "NONE", ""):
        assert _guard(root, "--author-association", association) == 1
    assert capsys.readouterr().out.count("::error ") == 4


def test_a_changed_material_is_not_a_practice_to_check(make_project, tmp_path, capsys):
    root = _repository(make_project, tmp_path)
    make_project(APPROVED)
    _commit(root, "approved by a reviewer")
    (root / "practices" / "rabota-s-roditelyami" / "plan.pdf").write_bytes(b"%PDF-1.4 changed")
    _commit(root, "material changed")
    assert _guard(root) == 0
