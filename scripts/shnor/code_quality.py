"""Problems as GitLab's Code Quality report (``artifacts:reports:codequality``): a JSON array that GitLab shows in
the merge request's widget and on the diff's lines, as GitHub shows ``::error`` annotations. The fields GitLab reads:
description, check_name, fingerprint (unique and stable: the same problem keeps it from push to push), severity and
location.path / location.lines.begin."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from shnor.problems import Problem

SEVERITY = {"error": "major", "warning": "minor"}  # GitLab's: info, minor, major, critical, blocker


def issue(problem: Problem) -> dict:
    description = f"{problem.field}: {problem.message}" if problem.field else problem.message
    key = "\0".join((problem.path, str(problem.line), problem.field, problem.message, problem.rule))
    return {
        "description": description,
        "check_name": problem.rule or "shnor",
        "fingerprint": hashlib.sha256(key.encode("utf-8")).hexdigest(),
        "severity": SEVERITY.get(problem.severity, "minor"),
        "location": {"path": problem.path, "lines": {"begin": problem.line}},
    }


def write_report(path: Path, problems: list[Problem]) -> None:
    """The report of ``problems`` (an empty array when there are none: GitLab then shows the merge request clean)."""
    path.write_text(json.dumps([issue(p) for p in problems], ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
