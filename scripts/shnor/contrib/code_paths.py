"""Which files of a pull request are code or configuration, and whether its author is one of the repository's own
people. Code and configuration run in the build or shape the whole site, so a maintainer must review a change to
them (SECURITY.md); the pull-request workflow flags such a change by a contributor on each file. The flag is a hint
for the reviewer, not a barrier: the barrier is the Code Owners review that branch protection requires."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from shnor.problems import workflow_message, workflow_property

# Files and folders (ending in "/") whose changes a maintainer reviews: they are executed by the build, the tests or
# an editor, or decide how every page is made. .github/CODEOWNERS gives each of them to @shnor-bank/maintainers
# (tests/contrib/test_code_paths.py keeps the two lists together).
CODE_PATHS = (
    "mkdocs.yml",
    "pyproject.toml",
    ".remarkrc.mjs",
    "SECURITY.md",
    "scripts/",
    "overrides/",
    "docs/",
    "tests/",
    "tools/",
    ".ci/",
    ".github/",
    ".gitlab-ci.yml",
    ".gitlab/",  # GitLab's CODEOWNERS and templates
    ".vscode/",
)

# What makes a pull request run the code check (ruff, the whole test suite, Chromium) besides the records check:
# code and configuration, and the vocabularies and synonyms that the schema, the tests and every page are made from.
# The workflows' path filters are these (tests/test_workflows.py).
CODE_CHECK_PATHS = (*CODE_PATHS, "data/taxonomies.yml", "data/synonyms.yml")

# github.event.pull_request.author_association of the repository's own people: its owner, members of the
# organisation (with public membership: GitHub reports a private member as CONTRIBUTOR) and invited collaborators.
# Everyone else (CONTRIBUTOR, FIRST_TIME_CONTRIBUTOR, FIRST_TIMER, NONE, MANNEQUIN, an empty value) is a contributor.
TRUSTED_ASSOCIATIONS = frozenset({"OWNER", "MEMBER", "COLLABORATOR"})


def is_trusted_author(association: str | None) -> bool:
    return (association or "").strip().upper() in TRUSTED_ASSOCIATIONS


def is_code_path(rel: str) -> bool:
    """``rel``: repository-relative, forward slashes, as git prints it."""
    return _matches(rel, CODE_PATHS)


def needs_code_check(files: list[str]) -> bool:
    """``files``: every file of the pull request (``changed_files``)."""
    return any(_matches(rel, CODE_CHECK_PATHS) for rel in files)


def _matches(rel: str, paths: tuple[str, ...]) -> bool:
    return any(rel == path or (path.endswith("/") and rel.startswith(path)) for path in paths)


def git_z(root: Path, *args: str) -> list[str]:
    """The NUL-separated fields of a git command's output (``-z``): a file name is taken as it is, whatever
    characters a contributor put in it."""
    result = subprocess.run(["git", "-C", str(root), *args], capture_output=True, check=True)
    return [field.decode("utf-8", "surrogateescape") for field in result.stdout.split(b"\0") if field]


def changed_files(root: Path, base: str) -> list[str]:
    """Every file the pull request adds, changes or deletes since its merge base with ``base``; a renamed file
    counts under both names (moving a file out of scripts/ changes scripts/)."""
    return sorted(set(git_z(root, "diff", "--name-only", "--no-renames", "-z", f"{base}...HEAD")))


def code_changes(files: list[str]) -> list[str]:
    return [rel for rel in files if is_code_path(rel)]


def code_span(text: str) -> str:
    """``text`` shown literally in the Markdown of the job summary: one line, in a code span longer than any run of
    backticks inside it."""
    text = "".join(char if char.isprintable() else "\N{REPLACEMENT CHARACTER}" for char in text)
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    return f"{fence} {text} {fence}"


def annotations(files: list[str]) -> list[str]:
    """One ``::warning`` workflow command per file, shown on the file in «Files changed»."""
    said = "файл кода или настроек сборки изменён участником: pull request должен проверить сопровождающий"
    return [
        f"::warning file={workflow_property(rel)},title=код и настройки::{workflow_message(f'{rel}: {said}')}"
        for rel in files
    ]


def summary(files: list[str]) -> str:
    """The job summary's Markdown (``$GITHUB_STEP_SUMMARY``) for the changed code and configuration files."""
    lines = [
        "### Изменены код или настройки сборки",
        "",
        "Pull request участника меняет файлы, которые выполняются при сборке или определяют весь сайт. "
        "Его должен просмотреть и одобрить сопровождающий (@shnor-bank/maintainers), а не только рецензент "
        "практик; см. SECURITY.md.",
        "",
    ]
    lines += [f"- {code_span(rel)}" for rel in files]
    return "\n".join(lines) + "\n"
