"""Walking a Markdown body line by line outside code, where contributed text would become HTML."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
_TICKS = re.compile(r"`+")


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
        yield first_line + offset, _blank_code(line)


def _blank_code(line: str) -> str:
    if "`" not in line:
        return line
    parts, done = [], 0
    for start, end in code_spans(line):
        parts += [line[done:start], " " * (end - start)]
        done = end
    return "".join(parts) + line[done:]


def code_spans(line: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every inline code span of ``line``, paired as Python-Markdown pairs them: a run of backticks
    (its first one not escaped by a backslash) closes at the next run of the same length, or else at the longest
    later run if that one is shorter; an opening run that pairs with none is skipped with as many characters after
    it. Worked out in one pass over the runs, not searched again from every backtick: the regular expression with a
    back reference this replaces took minutes on a line of a few thousand backticks."""
    runs = [(m.start(), m.end()) for m in _TICKS.finditer(line)]
    count = len(runs)
    by_length: dict[int, list[int]] = {}
    for index, (start, end) in enumerate(runs):
        by_length.setdefault(end - start, []).append(index)
    # The longest run from each index on (the first of equals), for the pairing with a shorter run.
    longest: list[tuple[int, int]] = [(0, -1)] * (count + 1)
    for index in range(count - 1, -1, -1):
        length = runs[index][1] - runs[index][0]
        longest[index] = (length, index) if length >= longest[index + 1][0] else longest[index + 1]
    resume = index = 0  # where Python-Markdown looks for the next opening backtick
    while index < count:
        start, end = runs[index]
        if end <= resume:
            index += 1
            continue
        if start < resume:
            start = resume  # the rest of a run that a skip went into
        else:
            slashes = 0
            while start - slashes > 0 and line[start - slashes - 1] == "\\":
                slashes += 1
            # Pairs of backslashes are text and leave the backtick opening; one left over (or a skip that went
            # into the backslashes) escapes it, and the rest of its run may still open a span.
            start += bool(slashes) and (slashes % 2 == 1 or start - slashes < resume)
        ticks = end - start
        same = by_length.get(ticks, [])
        after = bisect_right(same, index)
        if ticks and after < len(same):
            closer = same[after]
        elif 0 < longest[index + 1][0] < ticks:
            closer = longest[index + 1][1]
        else:
            resume = max(resume, end + ticks)
            index += 1
            continue
        yield start, runs[closer][1]
        resume = runs[closer][1]
        index = closer + 1
