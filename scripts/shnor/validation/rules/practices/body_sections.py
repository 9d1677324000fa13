import re

from shnor.problems import Problem
from shnor.records.repository import PracticeRecord
from shnor.validation.markdown_scan import prose_lines
from shnor.validation.rules.base import Rule

_H2 = re.compile(r"^##\s+(.+)$")


def heading(text: str) -> str | None:
    """The title of a «## …» line without its closing hashes, as ``^##\\s+(.+?)\\s*#*\\s*$`` would take it; the
    closing part is stripped, not matched by a lazy group: that pattern was cubic on a heading with long spaces."""
    match = _H2.match(text)
    if match is None:
        return None
    rest = match.group(1)
    return rest[: max(1, len(rest.rstrip().rstrip("#").rstrip()))]


def check(source, repo):
    required = list(repo.taxonomies.body_sections)
    order = ", ".join(f"«{title}»" for title in required)
    found = [
        (line, title) for line, text in prose_lines(source.body, source.body_first_line)
        if (title := heading(text)) is not None
    ]
    titles = [title for _, title in found]
    for title in required:
        if title not in titles:
            yield Problem(
                source.rel,
                source.body_first_line,
                "текст",
                f"нет раздела «## {title}»; нужные разделы по порядку: {order}",
            )
    present = [(line, title) for line, title in found if title in required]
    if len(present) == len(required) and [t for _, t in present] != required:
        yield Problem(source.rel, present[0][0], "текст", f"разделы идут не по порядку; нужный порядок: {order}")


RULE: Rule[PracticeRecord] = Rule(
    code="SH108",
    name="body-sections",
    description="в тексте есть все обязательные разделы в нужном порядке",
    check_source=check,
    file_local=True,
)
