"""Walking a Markdown body line by line outside code, where contributed text would become HTML."""

from __future__ import annotations

import re
from collections.abc import Iterator

_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
_INLINE_CODE = re.compile(r"(`+)(?:(?!\1).)+?\1")


def prose_lines(body: str, first_line: int, indented: bool = False) -> Iterator[tuple[int, str]]:
    """Yield (file line, text) for lines outside fenced code, with inline code blanked out. With ``indented``,
    lines indented by four spaces are yielded too: inside a list item they are prose that becomes HTML."""
    fence: str | None = None
    for offset, line in enumerate(body.split("\n")):
        match = _FENCE.match(line)
        if fence:
            if match and match.group(1)[0] == fence[0] and len(match.group(1)) >= len(fence):
                fence = None
            continue
        if match:
            fence = match.group(1)
            continue
        if line.startswith(("    ", "\t")) and not indented:
            continue  # an indented code block, or a list item's continuation: both render as text, not HTML
        yield first_line + offset, _INLINE_CODE.sub(lambda m: " " * len(m.group(0)), line)
