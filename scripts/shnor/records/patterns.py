"""Text fields checked against a pattern, each with the Russian message a contributor reads when a value does not
match it. Pydantic's error names only the pattern, so the message is looked up by it (``shnor.records.messages``);
a pattern declared without one falls back to the id message (latin letters, digits and hyphens)."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import StringConstraints

PATTERN_MESSAGES: dict[str, str] = {}


def Patterned(pattern: str, message: str, **constraints: Any) -> Any:
    """A string matching ``pattern``; ``message`` says what is expected when it does not."""
    PATTERN_MESSAGES[pattern] = message
    return Annotated[str, StringConstraints(pattern=pattern, **constraints)]
