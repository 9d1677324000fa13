"""A problem found in a record or a data file, reported as ``path:line: field: message``.

Every loader and validation rule reports through this one type, so the terminal, GitHub annotations
and a failed site build all print the same text.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problem:
    path: str  # relative to the repository root, with forward slashes
    line: int  # 1-based; 1 when the problem concerns the whole file or a missing key
    field: str  # dotted path of the offending key, e.g. "evidence.0.after.value"; "" for the whole file
    message: str  # Russian, for contributors
    severity: str = "error"  # "error" fails validation, "warning" is only reported
    rule: str = ""  # the rule's code from the table in the README, when a rule found it

    def format(self) -> str:
        where = f"{self.path}:{self.line}"
        text = f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"
        if self.severity != "error":
            text = f"{where}: предупреждение: {text[len(where) + 2 :]}"
        return f"{text} [{self.rule}]" if self.rule else text

    def github_annotation(self) -> str:
        level = "error" if self.severity == "error" else "warning"
        title = " ".join(part for part in (self.rule, self.field or "запись") if part)
        where = f"file={workflow_property(self.path)},line={self.line},title={workflow_property(title)}"
        return f"::{level} {where}::{workflow_message(self.message)}"


def workflow_message(text: str) -> str:
    """The message of a GitHub workflow command (``::error …::message``), on one line."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def workflow_property(value: str) -> str:
    """A workflow command's property: a file name or key written by a contributor cannot end it (``,`` ``:``) or
    start another command on a new line."""
    for char, code in (("%", "%25"), ("\r", "%0D"), ("\n", "%0A"), (":", "%3A"), (",", "%2C")):
        value = value.replace(char, code)
    return value


class RecordError(Exception):
    """Raised by a build step that meets invalid records; carries every problem, not the first."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems)
        super().__init__("\n".join(p.format() for p in self.problems))


def relative_path(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()
