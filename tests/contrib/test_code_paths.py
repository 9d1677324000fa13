"""A contributor's pull request that changes code or configuration is flagged for a maintainer: which paths count,
who is a contributor, the annotations and job summary (a contributor's file name stays inert in both), and
.github/CODEOWNERS giving the same paths to the maintainers."""

from __future__ import annotations

import re
import subprocess

import pytest

from shnor.cli import main
from shnor.contrib.code_paths import CODE_PATHS, annotations, is_code_path, is_trusted_author, summary
from shnor.problems import Problem
from tests.conftest import REPO

MAINTAINERS, REVIEWERS = "@shnor-bank/maintainers", "@shnor-bank/reviewers"


@pytest.mark.parametrize(
    "rel",
    [
        "mkdocs.yml",
        "pyproject.toml",
        "scripts/shnor/cli.py",
        "scripts/venv.sh",
        "overrides/main.html",
        "docs/contribute.md",
        "tests/conftest.py",
        ".ci/run",
        ".github/workflows/pull-request.yml",
        ".github/CODEOWNERS",
        ".gitlab-ci.yml",
        ".gitlab/CODEOWNERS",
        "SECURITY.md",
        "tools/actionlint/run.cjs",
    ],
)
def test_code_and_configuration(rel):
    assert is_code_path(rel)


@pytest.mark.parametrize(
    "rel",
    [
        "practices/rabota-s-roditelyami.md",
        "practices/rabota-s-roditelyami/plan.pdf",
        "data/taxonomies.yml",
        "events/2026-12-01-seminar.md",
        "practices/docs/mkdocs.yml",  # a name, not the folder
        "mkdocs.yml.md",
        "scriptsX/a.py",
    ],
)
def test_records_and_look_alikes_are_not_code(rel):
    assert not is_code_path(rel)


def test_only_owners_members_and_collaborators_are_trusted():
    assert all(is_trusted_author(a) for a in ("OWNER", "MEMBER", "COLLABORATOR", "member"))
    untrusted = ("CONTRIBUTOR", "FIRST_TIME_CONTRIBUTOR", "FIRST_TIMER", "NONE", "MANNEQUIN", "", None)
    assert not any(is_trusted_author(a) for a in untrusted)


def test_a_file_name_cannot_start_another_workflow_command_or_format_the_summary():
    name = "scripts/x,line=1\n::error::fake `code` <b>bold</b>.py"
    (line,) = annotations([name])
    assert "\n" not in line
    assert line.startswith("::warning file=scripts/x%2Cline=1%0A%3A%3Aerror%3A%3Afake `code` <b>bold</b>.py,title=")
    assert line.split("::", 2)[2].startswith("scripts/x,line=1%0A::error::fake")  # the message: one line
    text = summary([name])
    assert "сопровождающий" in text
    item = text.splitlines()[-1]
    assert item == "- `` scripts/x,line=1\N{REPLACEMENT CHARACTER}::error::fake `code` <b>bold</b>.py ``"


def _git(root, *args: str) -> None:
    subprocess.run(
        ["git", "-C", str(root), "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
        check=True,
        capture_output=True,
    )


def _pull_request(make_project):
    root = make_project()
    (root / "scripts").mkdir()
    (root / "mkdocs.yml").write_text("site_name: x\n", encoding="utf-8")
    (root / "scripts" / "old.py").write_text("print(1)\n" * 20, encoding="utf-8")
    _git(root, "init", "-q", "-b", "main")
    _git(root, "add", ".")
    _git(root, "commit", "-q", "-m", "base")
    (root / "mkdocs.yml").write_text("site_name: y\n", encoding="utf-8")
    _git(root, "mv", "scripts/old.py", "moved.py")  # a rename out of scripts/ changes scripts/
    (root / "practices" / "new.md").write_text("---\n---\n", encoding="utf-8")
    _git(root, "add", ".")
    _git(root, "commit", "-q", "-m", "pull request")
    return root


def _flag(root, summary_file, association: str) -> int:
    return main(
        ["--root", str(root), "code-changes", "--base", "HEAD~1", "--format", "github", "--summary", str(summary_file),
         "--author-association", association]
    )


def test_a_contributors_code_changes_are_flagged(make_project, tmp_path, capsys):
    root = _pull_request(make_project)
    summary_file = tmp_path / "summary.md"
    assert _flag(root, summary_file, "FIRST_TIME_CONTRIBUTOR") == 0  # a warning, not a failure
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(",", 1)[0] for line in lines] == ["::warning file=mkdocs.yml", "::warning file=scripts/old.py"]
    assert "должен проверить сопровождающий" in lines[0]
    text = summary_file.read_text(encoding="utf-8")
    assert "- ` mkdocs.yml `" in text and "- ` scripts/old.py `" in text and "new.md" not in text


def test_a_maintainers_code_changes_are_not_flagged(make_project, tmp_path, capsys):
    root = _pull_request(make_project)
    summary_file = tmp_path / "summary.md"
    assert _flag(root, summary_file, "MEMBER") == 0
    assert capsys.readouterr().out == ""
    assert not summary_file.exists()


def _owners() -> list[tuple[str, list[str]]]:
    rules = []
    for line in (REPO / ".github" / "CODEOWNERS").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            pattern, *owners = line.split()
            rules.append((pattern, owners))
    return rules


def _owners_of(rel: str) -> list[str]:
    """The owners of ``rel``: the last matching line, for the pattern forms this file uses (``*``, ``/file``,
    ``/folder/``)."""
    found: list[str] = []
    for pattern, owners in _owners():
        assert pattern == "*" or re.fullmatch(r"/[\w.-]+/?", pattern), f"{pattern}: extend _owners_of"
        folder = pattern.endswith("/")
        if pattern == "*" or rel == pattern[1:] or (folder and rel.startswith(pattern[1:])):
            found = owners
    return found


def test_codeowners_give_code_to_maintainers_and_records_to_reviewers():
    for path in CODE_PATHS:
        sample = f"{path}some/file.py" if path.endswith("/") else path
        assert _owners_of(sample) == [MAINTAINERS], path
        assert any(pattern == f"/{path}" for pattern, _ in _owners()), f"{path}: name it in CODEOWNERS"
    for rel in ("practices/a.md", "practices/a/plan.pdf", "data/taxonomies.yml", "data/schools.csv",
                "data/monitoring/x.csv", "events/a.md"):
        assert _owners_of(rel) == [REVIEWERS], rel
    assert _owners_of("README.md") == [MAINTAINERS]


def test_a_problems_annotation_keeps_a_hostile_file_name_and_key_in_their_properties():
    problem = Problem("practices/a,b\n::error::x.md", 3, "key:odd", "сообщение\n::warning::", rule="SH101")
    line = problem.github_annotation()
    assert "\n" not in line
    assert line == (
        "::error file=practices/a%2Cb%0A%3A%3Aerror%3A%3Ax.md,line=3,title=SH101 key%3Aodd::сообщение%0A::warning::"
    )
