"""Who reviews a file, as ``.github/CODEOWNERS`` says: the owners of the last line whose pattern matches it.
The patterns understood are the gitignore forms a CODEOWNERS file uses: ``*``, ``*.ext``, a name matched at any
depth, ``/file`` and ``/folder/`` from the root, ``folder/`` anywhere, ``**`` across folders."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Where GitHub looks for the file, in its order, then where GitLab looks for it besides those (GitLab reads CODEOWNERS,
# docs/CODEOWNERS, .gitlab/CODEOWNERS and never .github/: SECURITY.md, «Настройки проекта на GitLab»).
LOCATIONS = (".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS", ".gitlab/CODEOWNERS")


@dataclass(frozen=True)
class OwnerRule:
    pattern: str
    owners: tuple[str, ...]
    matcher: re.Pattern[str]


def _matcher(pattern: str) -> re.Pattern[str]:
    anchored = pattern.startswith("/") or "/" in pattern.rstrip("/")
    folder = pattern.endswith("/")
    body = pattern.strip("/")
    parts = []
    i = 0
    while i < len(body):
        if body.startswith("**/", i):
            parts.append("(?:.*/)?")
            i += 3
        elif body.startswith("**", i):
            parts.append(".*")
            i += 2
        elif body[i] == "*":
            parts.append("[^/]*")
            i += 1
        elif body[i] == "?":
            parts.append("[^/]")
            i += 1
        else:
            parts.append(re.escape(body[i]))
            i += 1
    start = "" if anchored else "(?:.*/)?"
    end = "/.*" if folder else "(?:/.*)?"  # a name matches the file or everything in the folder of that name
    return re.compile(start + "".join(parts) + end)


def owner_rules(text: str) -> list[OwnerRule]:
    rules = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        pattern, *owners = line.split()
        rules.append(OwnerRule(pattern, tuple(owners), _matcher(pattern)))
    return rules


def owners_of(rules: list[OwnerRule], rel: str) -> tuple[str, ...]:
    """The owners of ``rel`` (repository-relative, forward slashes): the last matching line wins."""
    found: tuple[str, ...] = ()
    for rule in rules:
        if rule.matcher.fullmatch(rel):
            found = rule.owners
    return found
