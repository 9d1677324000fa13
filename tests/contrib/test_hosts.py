"""The links to the department's repository on each code host (shnor.contrib.hosts), worked out by hand from the
hosts' documented patterns, and the configuration that chooses the host."""

from __future__ import annotations

import pytest

from shnor.contrib.hosts import FORGEJO, GITHUB, GITLAB, HostConfigError, hosting

BASE = "https://git.example.org/uo/shnor"
PATH = "practices/novaya-praktika.md"
# «# Заголовок\n» in UTF-8, percent-encoded as encodeURIComponent does it.
TEXT = "%23%20%D0%97%D0%B0%D0%B3%D0%BE%D0%BB%D0%BE%D0%B2%D0%BE%D0%BA%0A"


def _on(host: str, branch: str = "main"):
    return hosting({"repository": {"host": host, "branch": branch}}, BASE + "/")


def test_github_links():
    repo = _on("github")
    assert repo.new_file("practices", "novaya-praktika.md", "# Заголовок\n") == (
        f"{BASE}/new/main/practices?filename=novaya-praktika.md&value={TEXT}"
    )
    assert repo.edit(PATH) == f"{BASE}/edit/main/practices/novaya-praktika.md"
    assert repo.upload("practices") == f"{BASE}/upload/main/practices"
    assert repo.view("CONTRIBUTING.md") == f"{BASE}/blob/main/CONTRIBUTING.md"
    assert repo.new_issue("practice.yml") == f"{BASE}/issues/new?template=practice.yml"
    assert repo.edit_uri("docs") == "edit/main/docs/"
    assert repo.host.name == "GitHub"


def test_gitlab_links_and_no_prefill():
    repo = _on("gitlab")
    # GitLab's editor drops a prefilled text (gitlab-org/gitlab#594214): the form downloads and uploads instead.
    assert repo.new_file_template("practices") is None
    assert repo.new_file("practices", "novaya-praktika.md", "# Заголовок\n") is None
    assert repo.edit(PATH) == f"{BASE}/-/edit/main/practices/novaya-praktika.md"
    assert repo.upload("practices") == f"{BASE}/-/tree/main/practices"
    assert repo.view("CONTRIBUTING.md") == f"{BASE}/-/blob/main/CONTRIBUTING.md"
    assert repo.new_issue("practice.yml") == f"{BASE}/-/issues/new"
    assert repo.edit_uri("docs") == "-/edit/main/docs/"
    assert repo.host.name == "GitLab"


@pytest.mark.parametrize("kind", ["forgejo", "gitea", "Forgejo"])
def test_forgejo_and_gitea_links(kind):
    repo = _on(kind)
    assert repo.host is FORGEJO
    assert repo.new_file("practices", "novaya-praktika.md", "# Заголовок\n") == (
        f"{BASE}/_new/main/practices?filename=novaya-praktika.md&value={TEXT}"
    )
    assert repo.edit(PATH) == f"{BASE}/_edit/main/practices/novaya-praktika.md"
    assert repo.upload("practices") == f"{BASE}/_upload/main/practices"
    assert repo.view("CONTRIBUTING.md") == f"{BASE}/src/branch/main/CONTRIBUTING.md"
    assert repo.new_issue("practice.yml") == f"{BASE}/issues/new/choose"
    assert repo.edit_uri("docs") == "_edit/main/docs/"


def test_the_template_is_what_the_script_fills_in():
    repo = _on("github", branch="school-year/2026")
    template = repo.new_file_template("practices")
    assert template == f"{BASE}/new/school-year/2026/practices?filename={{name}}&value={{content}}"
    # A text with braces and ampersands cannot reach another placeholder or parameter: it is encoded first.
    assert repo.new_file("practices", "a.md", "{name} & {content}") == (
        f"{BASE}/new/school-year/2026/practices?filename=a.md&value=%7Bname%7D%20%26%20%7Bcontent%7D"
    )


def test_a_link_longer_than_the_host_takes_is_not_offered():
    repo = _on("forgejo")
    assert repo.new_file("practices", "a.md", "я" * (GITHUB.max_url // 6)) is None  # 6 characters a letter


def test_without_the_section_the_host_is_github_on_main():
    repo = hosting({"timezone": "Asia/Yekaterinburg"}, "https://github.com/shnor-bank/shnor")
    assert (repo.host, repo.branch) == (GITHUB, "main")
    assert hosting(None, "").url == ""
    assert GITLAB.new_file is None


@pytest.mark.parametrize(
    ("section", "message"),
    [
        ({"host": "bitbucket"}, "extra.repository.host: неизвестный хостинг «bitbucket»; допустимо: github, gitlab"),
        ({"host": "gitlab", "brnch": "main"}, "extra.repository: неизвестный ключ brnch"),
        ({"branch": "../main"}, "extra.repository.branch: недопустимое имя ветки «../main»"),
        ("gitlab", "extra.repository: ожидается раздел с ключами host и branch"),
    ],
)
def test_a_wrong_section_names_its_key(section, message):
    with pytest.raises(HostConfigError, match=r"^mkdocs\.yml, ") as error:
        hosting({"repository": section}, BASE)
    assert message in str(error.value)
