"""The site built for another code host (mkdocs.yml ``extra.repository.host``): its edit links, «Предложить правку»
and the contribute page are the host's; an unknown host stops the build naming the key."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.conftest import VALIDATION_FIXTURES, new_project, run_build

# Under pytest-xdist (scripts/test.sh) this module's tests go to one worker: the site its fixture builds is
# built once.
pytestmark = [pytest.mark.build, pytest.mark.xdist_group("test_hosts_build")]

GOOD = VALIDATION_FIXTURES / "good" / "rabota-s-roditelyami.md"
DEMO_EXTRA = "  repository:\n    host: github\n    branch: main\n"


def hosted_project(root: Path, host: str, repo_url: str, *practices: Path) -> Path:
    """A project with the real site configuration, on ``host`` at ``repo_url``."""
    project = new_project(root, *practices, site=True)
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert DEMO_EXTRA in text and "repo_url: https://github.com/shnor-bank/shnor\n" in text
    text = text.replace(DEMO_EXTRA, f"  repository:\n    host: {host}\n    branch: main\n")
    config.write_text(text.replace("https://github.com/shnor-bank/shnor", repo_url), encoding="utf-8")
    return project


def _build(tmp_path_factory, host: str, repo_url: str) -> Path:
    root = hosted_project(tmp_path_factory.mktemp(host), host, repo_url, GOOD)
    out = root / "out"
    result = run_build(root, out)
    assert result.returncode == 0, result.stderr[-3000:]
    return out


@pytest.fixture(scope="module")
def gitlab_site(tmp_path_factory) -> Path:
    return _build(tmp_path_factory, "gitlab", "https://gitlab.example.org/uo/shnor")


def _form_data(site: Path) -> dict:
    html = (site / "contribute" / "index.html").read_text(encoding="utf-8")
    match = re.search(r'<script type="application/json" id="contribute-data">(.*?)</script>', html, re.S)
    assert match
    return json.loads(match.group(1))


def test_gitlab_edit_links(gitlab_site):
    page = (gitlab_site / "practices" / "rabota-s-roditelyami" / "index.html").read_text(encoding="utf-8")
    edit = "https://gitlab.example.org/uo/shnor/-/edit/main/practices/rabota-s-roditelyami.md"
    assert f'<a href="{edit}" title="Редактировать страницу"' in page
    assert f'<a href="{edit}" class="md-button" rel="noopener noreferrer">Предложить правку</a>' in page
    about = (gitlab_site / "about" / "index.html").read_text(encoding="utf-8")
    assert 'href="https://gitlab.example.org/uo/shnor/-/edit/main/docs/about.md"' in about


def test_gitlab_contribute_page_takes_the_upload_path(gitlab_site):
    html = (gitlab_site / "contribute" / "index.html").read_text(encoding="utf-8")
    assert ">Открыть в GitLab</a>" in html
    assert "Открыть на GitHub" not in html
    assert "«+» → «Upload file»" in html  # step 3 of the page
    assert 'href="https://gitlab.example.org/uo/shnor/-/blob/main/CONTRIBUTING.md"' in html
    assert 'href="https://gitlab.example.org/uo/shnor/-/issues/new"' in html
    host = _form_data(gitlab_site)["host"]
    assert host["newFile"] is None
    assert host["upload"] == "https://gitlab.example.org/uo/shnor/-/tree/main/practices"
    assert host["on"] == "в GitLab"


def test_forgejo_contribute_page_prefills(tmp_path_factory):
    site = _build(tmp_path_factory, "forgejo", "https://git.example.org/uo/shnor")
    html = (site / "contribute" / "index.html").read_text(encoding="utf-8")
    assert ">Открыть в Forgejo и предложить</a>" in html
    host = _form_data(site)["host"]
    assert host["newFile"] == "https://git.example.org/uo/shnor/_new/main/practices?filename={name}&value={content}"
    assert host["upload"] == "https://git.example.org/uo/shnor/_upload/main/practices"


def test_an_unknown_host_stops_the_build_naming_the_key(tmp_path):
    root = hosted_project(tmp_path / "project", "bitbucket", "https://bitbucket.org/uo/shnor")
    result = run_build(root, tmp_path / "out")
    assert result.returncode != 0
    assert "mkdocs.yml, extra.repository.host: неизвестный хостинг «bitbucket»" in result.stderr
    assert "допустимо: github, gitlab, forgejo, gitea" in result.stderr
