"""One record of any kind read from a Markdown file: where it is written (``source``, with the line of every key of
its front matter) and what its front matter says once it passed the kind's model (``data``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from pydantic import BaseModel

from shnor.problems import Problem
from shnor.records.source import SourceFile

M = TypeVar("M", bound=BaseModel)


@dataclass
class Record(Generic[M]):
    source: SourceFile
    data: M

    @property
    def rel(self) -> str:
        return self.source.rel

    @property
    def body(self) -> str:
        return self.source.body

    def line_of(self, *key: str | int) -> int:
        return self.source.meta.line_of(tuple(key))

    def problem(self, field: str, message: str, *key: str | int, severity: str = "error", rule: str = "") -> Problem:
        """A problem at the line of ``key`` (defaults to ``field`` split on dots)."""
        where = key or tuple(int(part) if part.isdigit() else part for part in field.split("."))
        return Problem(self.rel, self.line_of(*where), field, message, severity, rule)
