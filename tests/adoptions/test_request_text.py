"""A request's text back into an adoption: ``shnor adopt --from-issue`` reads the issue as GitHub's form writes it
(«### label», the answer, «_No response_» for an empty field, «- [X]» for a ticked box) and as the GitLab and
Forgejo links write it, so the reviewer does not retype the answers."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

from shnor.contrib.adoption_request import AdoptionRequest, parse_request, request_url
from shnor.contrib.hosts import GITLAB, Hosting
from shnor_bench.project_copy import copy_project
from tests.adoptions.test_adopt_command import CHANGES, INSERTED, LAST_ADOPTION_LINE, PRACTICE
from tests.conftest import REPO, TODAY

CONSENT = ("Согласен(на) на публикацию ФИО, должности и адреса почты контактного лица на странице практики "
           "(без согласия контакт не публикуется)")
# What GitHub writes for the form .github/ISSUE_TEMPLATE/adoption.yml, answered as INSERTED was.
GITHUB_ISSUE = f"""### Практика (id)

{PRACTICE}

### Школа (id из реестра)

sosh-7-sosnovy-bor

### Контактное лицо

Анна Петровна Ильина (демо)

### Должность

заместитель директора

### Электронная почта

ilina.ap@example.org

### Когда планируете начать

2027-01

### Что измените при переносе в свою школу

{CHANGES}

### Согласие

- [X] {CONSENT}
"""


def test_a_github_form_answer_is_read_field_by_field_with_its_consent():
    received = parse_request(GITHUB_ISSUE)
    assert received.request == AdoptionRequest(
        PRACTICE, school="sosh-7-sosnovy-bor", contact="Анна Петровна Ильина (демо)",
        position="заместитель директора", email="ilina.ap@example.org", started="2027-01", changes=CHANGES,
    )  # fmt: skip
    assert received.consent is True
    unticked = parse_request(GITHUB_ISSUE.replace("- [X]", "- [ ]").replace("заместитель директора", "_No response_"))
    assert unticked.consent is False
    assert unticked.request.position == ""


def test_the_gitlab_text_reads_back_as_the_request_it_was_made_from():
    request = AdoptionRequest(PRACTICE, "Родительский клуб", school="licey-3", contact="Иван Ильин",
                              email="ilin@school.example", started="2027-02", changes="Для 8 классов")  # fmt: skip
    url = request_url(Hosting("https://gitlab.example/shnor/bank", GITLAB), request)
    description = dict(parse_qsl(urlsplit(url).query))["issue[description]"]
    received = parse_request(description)
    # The title is the issue's own, not one of the text's answers; the box is ticked on the host, not here.
    assert received.request == AdoptionRequest(PRACTICE, school="licey-3", contact="Иван Ильин",
                                               email="ilin@school.example", started="2027-02",
                                               changes="Для 8 классов")  # fmt: skip
    assert received.consent is False


def test_adopt_from_the_issue_writes_the_same_lines_as_the_arguments(tmp_path: Path):
    project = copy_project(REPO, tmp_path / "project")
    issue = tmp_path / "issue.md"
    issue.write_text(GITHUB_ISSUE, encoding="utf-8")
    before = (project / "practices" / f"{PRACTICE}.md").read_text(encoding="utf-8").splitlines()
    result = subprocess.run([sys.executable, "-m", "shnor.cli", "--root", str(project), "adopt", "--from-issue",
                             str(issue), "--today", TODAY.isoformat()],
                            capture_output=True, text=True, check=False)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    after = (project / "practices" / f"{PRACTICE}.md").read_text(encoding="utf-8").splitlines()
    assert after == before[:LAST_ADOPTION_LINE] + INSERTED + before[LAST_ADOPTION_LINE:]


def test_adopt_without_a_school_anywhere_is_refused(tmp_path: Path):
    issue = tmp_path / "issue.md"
    issue.write_text(GITHUB_ISSUE.replace("sosh-7-sosnovy-bor", "_No response_"), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "shnor.cli", "--root", str(REPO), "adopt", "--from-issue",
                             str(issue)], capture_output=True, text=True, check=False)  # fmt: skip
    assert result.returncode == 2
    assert "не указано --school" in result.stderr


def test_a_practice_id_from_the_issue_never_names_a_file_outside_practices(tmp_path: Path):
    project = copy_project(REPO, tmp_path / "project")
    index = project / "docs" / "index.md"
    before = index.read_bytes()
    issue = tmp_path / "issue.md"
    issue.write_text(GITHUB_ISSUE.replace(f"\n{PRACTICE}\n", "\n../docs/index\n"), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "shnor.cli", "--root", str(project), "adopt", "--from-issue",
                             str(issue), "--today", TODAY.isoformat()],
                            capture_output=True, text=True, check=False)  # fmt: skip
    assert result.returncode == 1
    assert "«../docs/index» — не id практики" in result.stderr
    assert index.read_bytes() == before
