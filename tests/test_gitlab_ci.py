"""The department's own GitLab (issue 17): .gitlab-ci.yml passes GitLab's published schema (check-jsonschema ships
it), runs the same records check as the GitHub workflow for merge requests, the code check only for the paths of
shnor.contrib.code_paths (and always on the default branch), and publishes the site on GitLab Pages; the problems
go to GitLab's Code Quality report."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from shnor.cli import main
from shnor.contrib.code_paths import CODE_CHECK_PATHS
from tests.conftest import REPO, TODAY, VALIDATION_FIXTURES, new_project

GITLAB_CI = REPO / ".gitlab-ci.yml"
COMMAND = re.compile(r"\.venv/bin/(shnor [a-z-]+|mkdocs build --strict)")


def _config() -> dict:
    return yaml.safe_load(GITLAB_CI.read_text(encoding="utf-8"))


def _check_jsonschema(*args: str) -> subprocess.CompletedProcess:
    binary = shutil.which("check-jsonschema", path=str(Path(sys.executable).parent))
    assert binary, "check-jsonschema is installed with the test extra (pip install -e .[test])"
    return subprocess.run([binary, *args], capture_output=True, text=True, check=False)


def test_the_file_passes_gitlabs_schema():
    result = _check_jsonschema("--builtin-schema", "vendor.gitlab-ci", str(GITLAB_CI))
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_schema_check_rejects_a_broken_file(tmp_path):
    broken = tmp_path / ".gitlab-ci.yml"
    text = GITLAB_CI.read_text(encoding="utf-8")
    text = text.replace("  timeout: 30 minutes\n", "  timeout: 30 minutes\n  scrip: x\n")  # a misspelt key
    broken.write_text(text, encoding="utf-8")
    result = _check_jsonschema("--builtin-schema", "vendor.gitlab-ci", str(broken))
    assert result.returncode == 1 and "scrip" in result.stdout


def test_the_github_workflows_pass_githubs_schema():
    workflows = sorted(str(p) for p in (REPO / ".github" / "workflows").glob("*.yml"))
    result = _check_jsonschema("--builtin-schema", "vendor.github-workflows", *workflows)
    assert result.returncode == 0, result.stdout + result.stderr


def _glob(path: str) -> str:
    return f"{path}**/*" if path.endswith("/") else path


def test_the_code_check_runs_for_the_code_paths_and_on_the_default_branch():
    code = _config()["code"]
    on_main, on_merge_request = code["rules"]
    assert on_main == {"if": "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH"}
    assert on_merge_request["if"] == '$CI_PIPELINE_SOURCE == "merge_request_event"'
    assert on_merge_request["changes"]["paths"] == [_glob(p) for p in CODE_CHECK_PATHS]
    assert code["script"] == ["bash .ci/run"]


def _github_records_commands() -> list[str]:
    data = yaml.safe_load((REPO / ".github" / "workflows" / "pull-request.yml").read_text(encoding="utf-8"))
    return COMMAND.findall("\n".join(step.get("run", "") for step in data["jobs"]["records"]["steps"]))


def test_merge_requests_get_the_records_check_of_pull_requests():
    records = _config()["records"]
    assert records["rules"] == [{"if": '$CI_PIPELINE_SOURCE == "merge_request_event"'}]
    script = "\n".join(records["script"])
    assert sorted(set(COMMAND.findall(script))) == sorted(set(_github_records_commands()))
    assert "--summary-file pr-summary.md --pages-file pr-pages.json" in script
    assert records["artifacts"]["when"] == "always"
    assert records["artifacts"]["paths"] == ["pr-summary.md", "screenshots/", "site/"]
    written = re.findall(r"--code-quality (\S+)", script)
    assert records["artifacts"]["reports"]["codequality"] == written
    assert len(written) == 3


def test_the_records_check_installs_chromium_only_when_there_are_pages_to_draw():
    script = "\n".join(_config()["records"]["script"])
    assert script.count("ensure_chromium") == 1
    guard = script.index('if [ "$pages" -gt 0 ]; then')
    assert guard < script.index("ensure_chromium") < script.index("shnor screenshots") < script.index("fi", guard)


def test_the_site_is_published_on_gitlab_pages_from_the_default_branch():
    pages = _config()["pages"]
    assert pages["rules"] == [{"if": "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH"}]
    assert 'SHNOR_SITE_URL="$CI_PAGES_URL/" .venv/bin/mkdocs build --strict -d public' in pages["script"]
    assert pages["artifacts"]["paths"] == ["public"]


def test_the_default_branch_has_the_code_quality_report_merge_requests_are_compared_with():
    """GitLab's widget shows a merge request's findings only against its target branch's report."""
    pages = _config()["pages"]
    (validate,) = [line for line in pages["script"] if "shnor validate" in line]
    (written,) = re.findall(r"--code-quality (\S+)", validate)
    assert pages["artifacts"]["reports"]["codequality"] == written
    assert written in _config()["records"]["artifacts"]["reports"]["codequality"]  # the same check, by name


def _association(**variables: str) -> str:
    """The author association the records job gives the merge request, run in bash with GitLab's variables."""
    script = "\n".join(_config()["records"]["script"])
    start = script.index('association=""')
    snippet = script[start : script.index("fi\n", start) + 2]
    result = subprocess.run(
        ["bash", "-c", f'{snippet}\nprintf %s "$association"'],
        env={"PATH": "/usr/bin:/bin", **variables},
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


@pytest.mark.parametrize(
    ("running_in", "target", "source", "expected"),
    [
        ("7", "7", "7", "MEMBER"),  # a branch of the project: its pusher has the Developer role or above
        ("9", "7", "9", ""),  # a fork's, its pipeline in the fork (GitLab's default): CI_PROJECT_ID is the fork's
        ("7", "7", "9", ""),  # the same, run in this project by a maintainer
    ],
    ids=["project-branch", "fork-in-fork", "fork-in-project"],
)
def test_a_forks_merge_request_is_a_contributors_wherever_its_pipeline_runs(running_in, target, source, expected):
    variables = {"CI_PROJECT_ID": running_in, "CI_MERGE_REQUEST_PROJECT_ID": target}
    assert _association(**variables, CI_MERGE_REQUEST_SOURCE_PROJECT_ID=source) == expected


def test_validate_writes_gitlabs_code_quality_report(tmp_path):
    root = new_project(tmp_path / "repo", VALIDATION_FIXTURES / "bad" / "approved-without-reviewer.md")
    report = tmp_path / "gl-code-quality.json"
    assert main(["--root", str(root), "validate", "--no-cache", "--today", TODAY.isoformat(),
                 "--code-quality", str(report)]) == 1  # fmt: skip
    (issue,) = json.loads(report.read_text(encoding="utf-8"))
    fingerprint = issue.pop("fingerprint")
    assert issue == {
        "description": "review.reviewer: для статуса «одобрена» укажите рецензента",
        "check_name": "SH106",
        "severity": "major",
        "location": {"path": "practices/approved-without-reviewer.md", "lines": {"begin": 26}},
    }
    assert re.fullmatch(r"[0-9a-f]{64}", fingerprint)
    main(["--root", str(root), "validate", "--no-cache", "--today", TODAY.isoformat(), "--code-quality", str(report)])
    assert json.loads(report.read_text(encoding="utf-8"))[0]["fingerprint"] == fingerprint  # stable from run to run


def test_a_clean_run_writes_an_empty_report(tmp_path):
    root = new_project(tmp_path / "repo", VALIDATION_FIXTURES / "good" / "rabota-s-roditelyami.md")
    report = tmp_path / "gl-code-quality.json"
    assert main(["--root", str(root), "validate", "--no-cache", "--today", TODAY.isoformat(),
                 "--code-quality", str(report)]) == 0  # fmt: skip
    assert json.loads(report.read_text(encoding="utf-8")) == []


def test_a_code_quality_issue_worked_out_by_hand():
    """GitLab's fields (docs: Code Quality, «Implement a custom tool»); the fingerprint is the SHA-256 of path, line,
    field, message and rule joined by NUL: changing how it is made makes every finding new in the widget."""
    from shnor.code_quality import issue
    from shnor.problems import Problem

    assert issue(Problem("practices/x.md", 3, "title", "текст", rule="SH101")) == {
        "description": "title: текст",
        "check_name": "SH101",
        "fingerprint": "0a8dd2eed270fb041ff7664bf1fe280a85bd7fa8c0247e91c19e8c3e7bb133d8",
        "severity": "major",
        "location": {"path": "practices/x.md", "lines": {"begin": 3}},
    }


@pytest.mark.parametrize("severity", ["error", "warning"])
def test_severities_are_gitlabs(severity):
    from shnor.code_quality import issue
    from shnor.problems import Problem

    got = issue(Problem("practices/x.md", 3, "title", "текст", severity))
    assert got["severity"] == {"error": "major", "warning": "minor"}[severity]
    assert got["check_name"] == "shnor" and got["description"] == "title: текст"
