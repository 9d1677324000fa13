"""Where contributions go: the code host the department chose (mkdocs.yml ``extra.repository``, the address is
``repo_url``) and the links the site gives contributors there. The only place that spells a host's URLs: the
plugin's «Редактировать», the practice pages' «Предложить правку» and the contribute form (its script gets the
templates built here in the form's data and only fills them in).

The patterns, as the hosts' own sources and maintainers give them:

- GitHub: ``new/<branch>/<dir>?filename=<name>&value=<text>`` prefills a new file (isaacs/github#1527, the
  form has used it since issue 4); ``edit/<branch>/<path>``; ``upload/<branch>/<dir>`` («Add file → Upload files»);
  ``blob/<branch>/<path>``; ``issues/new?template=<form>``.
- GitLab: ``-/new/<branch>/<dir>?file_name=<name>&content=<text>`` — the page renders both
  (app/views/projects/blob/_editor.html.haml), but today's editor ignores ``content`` and opens an empty file
  (gitlab-org/gitlab#594214, #532221). So GitLab gets no prefilled link: the form downloads the file and sends the
  contributor to the folder, where «+» → «Upload file» is a dialog (GitLab has no upload address).
  ``-/edit/<branch>/<path>``, ``-/tree/<branch>/<dir>``, ``-/blob/<branch>/<path>``, ``-/issues/new``.
- Forgejo and Gitea (one code base): ``_new/<branch>/<dir>?filename=<name>&value=<text>`` (go-gitea/gitea#16556,
  Gitea 1.16; Forgejo's routers/web/repo/editor.go reads ``filename``, web_src/js/features/repo-editor.ts
  ``value``); ``_edit/<branch>/<path>``; ``_upload/<branch>/<dir>``; ``src/branch/<branch>/<path>``;
  ``issues/new/choose`` (the issue templates).

Every host keeps a prefilled link under ``max_url`` characters: longer ones are refused by browsers and by the
proxies in front of self-hosted servers (nginx's default request line limit is 8 KB)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

# The placeholders of a new-file template; the contribute form's script replaces them with the encoded values.
NAME = "{name}"
CONTENT = "{content}"
CONFIG_KEY = "extra.repository"


@dataclass(frozen=True)
class Host:
    """One kind of code host. The address patterns are relative to the repository and take ``{branch}``, ``{dir}``
    (a folder) or ``{path}`` (a file); ``new_file`` is ``None`` where the host cannot prefill a file's text."""

    kind: str  # github, gitlab, forgejo
    name: str  # as contributors see it: GitHub, GitLab, Forgejo
    on: str  # «на GitHub», «в GitLab»: the name after a preposition, for the site's Russian text
    new_file: str | None
    edit: str
    upload: str  # the page where a downloaded file is uploaded into a folder
    upload_steps: str  # what to press there, in the host's own words
    # Step 3 of the contribute page: what to press once the form has made the file (a list item's text, its next
    # lines indented as the item's).
    form_steps: str
    view: str
    new_issue: str
    max_url: int = 8000


GITHUB = Host(
    kind="github", name="GitHub", on="на GitHub",
    new_file="new/{branch}/{dir}?filename=" + NAME + "&value=" + CONTENT,
    edit="edit/{branch}/{path}",
    upload="upload/{branch}/{dir}",
    upload_steps="«Add file → Upload files»",
    view="blob/{branch}/{path}",
    new_issue="issues/new?template={template}",
    form_steps=(
        "Нажмите «Открыть на GitHub и предложить»: откроется страница создания файла с уже заполненным текстом.\n"
        "   Нажмите «Commit changes…», затем «Propose changes» и «Create pull request». "
        "Нужна бесплатная учётная запись GitHub."
    ),
)  # fmt: skip
GITLAB = Host(
    kind="gitlab", name="GitLab", on="в GitLab",
    new_file=None,  # -/new/{branch}/{dir}?file_name=…&content=…: the content is dropped by today's editor
    edit="-/edit/{branch}/{path}",
    upload="-/tree/{branch}/{dir}",
    upload_steps="«+» → «Upload file» (или «Загрузить файл»)",
    view="-/blob/{branch}/{path}",
    new_issue="-/issues/new",
    form_steps=(
        "Нажмите «Скачать файл», затем «Открыть в GitLab»: откроется папка practices репозитория.\n"
        "   Там нажмите «+» → «Upload file», выберите скачанный файл, отметьте «Start a new merge request» и нажмите\n"
        "   «Upload file», затем «Create merge request». Нужна учётная запись GitLab."
    ),
)  # fmt: skip
FORGEJO = Host(
    kind="forgejo", name="Forgejo", on="в Forgejo",
    new_file="_new/{branch}/{dir}?filename=" + NAME + "&value=" + CONTENT,
    edit="_edit/{branch}/{path}",
    upload="_upload/{branch}/{dir}",
    upload_steps="«Add File → Upload File» (или «Добавить файл → Загрузить файл»)",
    view="src/branch/{branch}/{path}",
    new_issue="issues/new/choose",
    form_steps=(
        "Нажмите «Открыть в Forgejo и предложить»: откроется страница создания файла с уже заполненным текстом.\n"
        "   Внизу выберите «Create a new branch for this commit and start a pull request», "
        "нажмите «Propose file change»,\n"
        "   затем «New pull request» и «Create pull request». Нужна учётная запись на сервере Forgejo."
    ),
)  # fmt: skip
HOSTS: dict[str, Host] = {"github": GITHUB, "gitlab": GITLAB, "forgejo": FORGEJO, "gitea": FORGEJO}
DEFAULT_BRANCH = "main"


class HostConfigError(ValueError):
    """``extra.repository`` in mkdocs.yml names no known host or has a malformed value."""


def _path(path: str) -> str:
    return quote(path.strip("/"), safe="/")


def encode(value: str) -> str:
    """As the browser's encodeURIComponent: the contribute form's script encodes the same way."""
    return quote(value, safe="-_.!~*'()")


@dataclass(frozen=True)
class Hosting:
    """The department's repository: its address (``repo_url``), host and the branch contributions go to."""

    url: str  # without a trailing slash; "" when the site names no repository
    host: Host = GITHUB
    branch: str = DEFAULT_BRANCH

    def _link(self, pattern: str, **parts: str) -> str:
        return f"{self.url}/" + pattern.format(branch=_path(self.branch), **parts)

    def new_file_template(self, folder: str) -> str | None:
        """The prefilled new-file address with ``{name}`` and ``{content}`` left for the form to fill."""
        if not self.url or self.host.new_file is None:
            return None
        pattern = self.host.new_file.replace(NAME, "{{name}}").replace(CONTENT, "{{content}}")
        return self._link(pattern, dir=_path(folder))

    def new_file(self, folder: str, name: str, content: str) -> str | None:
        """A new file in ``folder`` with its name and text filled in; ``None`` where the host cannot, or where the
        link would be too long (then the file is downloaded and uploaded)."""
        template = self.new_file_template(folder)
        if template is None:
            return None
        url = template.replace(NAME, encode(name)).replace(CONTENT, encode(content))
        return url if len(url) <= self.host.max_url else None

    def edit(self, path: str) -> str:
        return self._link(self.host.edit, path=_path(path))

    def upload(self, folder: str) -> str:
        return self._link(self.host.upload, dir=_path(folder))

    def view(self, path: str) -> str:
        return self._link(self.host.view, path=_path(path))

    def new_issue(self, template: str) -> str:
        return self._link(self.host.new_issue, template=encode(template))

    def edit_uri(self, folder: str) -> str:
        """MkDocs' ``edit_uri`` (relative to ``repo_url``) for the pages of ``folder``, e.g. ``edit/main/docs/``."""
        return self.host.edit.format(branch=_path(self.branch), path=_path(folder)) + "/"


def hosting(extra: Mapping[str, Any] | None, repo_url: str) -> Hosting:
    """The repository of mkdocs.yml: ``repo_url`` and ``extra.repository: {host: github|gitlab|forgejo|gitea,
    branch: main}``; without the section, GitHub and ``main``."""
    section = (extra or {}).get("repository") or {}
    if not isinstance(section, Mapping):
        raise HostConfigError(f"mkdocs.yml, {CONFIG_KEY}: ожидается раздел с ключами host и branch")
    unknown = sorted(set(section) - {"host", "branch"})
    if unknown:
        raise HostConfigError(f"mkdocs.yml, {CONFIG_KEY}: неизвестный ключ {', '.join(unknown)} (есть host, branch)")
    kind = str(section.get("host") or "github").strip().lower()
    if kind not in HOSTS:
        raise HostConfigError(
            f"mkdocs.yml, {CONFIG_KEY}.host: неизвестный хостинг «{section.get('host')}»; допустимо: {', '.join(HOSTS)}"
        )
    branch = str(section.get("branch") or DEFAULT_BRANCH).strip()
    if not branch or any(c.isspace() for c in branch) or branch.startswith("/") or ".." in branch:
        raise HostConfigError(f"mkdocs.yml, {CONFIG_KEY}.branch: недопустимое имя ветки «{branch}»")
    return Hosting((repo_url or "").rstrip("/"), HOSTS[kind], branch)
