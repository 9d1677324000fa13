"""Contributed Markdown becomes HTML on the site: anything that could run script or restyle the page is refused.

The build also sanitizes practice pages with nh3; this rule is the contributor-facing half that names the line.
"""

import html
import re

from shnor.problems import Problem
from shnor.records.repository import PracticeRecord
from shnor.validation.markdown_scan import prose_lines
from shnor.validation.rules.base import Rule

ALLOWED_TAGS = {"br", "sub", "sup", "abbr", "kbd", "mark", "small", "b", "i", "u", "s", "em", "strong"}
_DANGEROUS_TAGS = {
    "script",
    "iframe",
    "object",
    "embed",
    "style",
    "form",
    "input",
    "button",
    "link",
    "meta",
    "base",
    "svg",
    "math",
    "frame",
    "frameset",
    "applet",
    "template",
    "textarea",
    "select",
}
# Every pattern here is run so that it cannot backtrack over a long line (see ``_tags``): a tag whose attributes
# never close made ``_TAG`` scan to the end of the line again from every «<», minutes on a 200 KB line of «<b ».
_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9-]*)(\s[^>]*)?/?>|<!--")
_COMMENT = re.compile(r"<!--")
# A tag whose attributes go on over the next lines: "<iframe" at the end of a line still opens an iframe.
_TAG_AT_LINE_END = re.compile(r"</?([A-Za-z][A-Za-z0-9-]*)(\s[^>]*)?$")
# A link whose target is on the next line: "[text](" or "[ref]:" ending a line.
_TARGET_ON_NEXT_LINE = re.compile(r"(\]\(\s*<?|^\s*\[[^\]]+\]:\s*<?)$")
_EVENT_ATTR = re.compile(r"\bon[a-z]+\s*=", re.IGNORECASE)
_ATTR_LIST = re.compile(r"\{:?\s*(?:[.#][\w-]+|[\w-]+\s*=)[^}]*\}")
_LINK_TARGETS = (
    re.compile(r"\]\(\s*<?([^)\s>]+)"),  # [text](target) and ![alt](target)
    re.compile(r"^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)"),  # [ref]: target
)
_AUTOLINK = re.compile(r"<([A-Za-z][A-Za-z0-9+.-]*:[^>\s]*)>")  # <scheme:target>, searched word by word
_WORD = re.compile(r"\S+")
_SAFE_SCHEMES = {"http", "https", "mailto", "tel"}
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")


def _scheme(target: str) -> str | None:
    # Browsers ignore entities, whitespace and control characters inside a scheme: "jav&#x61;script:" runs.
    cleaned = re.sub(r"[\x00-\x20]", "", html.unescape(target))
    match = _SCHEME.match(cleaned)
    return match.group(1).lower() if match else None


def _tags(text: str):
    """(tag, attributes) of every tag on the line, including one left open at its end; None for a comment.

    A tag ends at a «>»: the tags are searched only up to the line's last «>», where every «<name » reaches one, and
    after it there are only comments and the tag left open. The same matches as searching the whole line, in time
    linear in its length."""
    closed = text.rfind(">") + 1
    for match in _TAG.finditer(text, 0, closed):
        yield None if match.group(0) == "<!--" else (match.group(1).lower(), match.group(2) or "")
    for _ in _COMMENT.finditer(text, closed):
        yield None
    open_tag = _TAG_AT_LINE_END.search(text, closed)
    if open_tag:
        yield open_tag.group(1).lower(), open_tag.group(2) or ""


def _line_problems(text: str):
    for found in _tags(text):
        if found is None:
            yield "HTML-комментарии не допускаются: удалите «<!-- … -->»"
            continue
        tag, attrs = found
        if tag in _DANGEROUS_TAGS:
            yield f"тег <{tag}> запрещён: на сайте нельзя размещать скрипты, встроенные окна и стили"
        elif tag not in ALLOWED_TAGS:
            allowed = ", ".join(f"<{t}>" for t in sorted(ALLOWED_TAGS))
            yield f"HTML-тег <{tag}> не допускается; пишите в Markdown. Разрешены только: {allowed}"
        elif attrs.strip():
            yield f"у тега <{tag}> не должно быть атрибутов"
    if _EVENT_ATTR.search(text):
        yield "обработчики событий (onclick=, onerror= и т. п.) запрещены"
    for match in _ATTR_LIST.finditer(text, 0, text.rfind("}") + 1):  # as far as a «{» can find its «}»: linear
        if re.search(r"\b(on[a-z]+|style|href|src)\s*=", match.group(0), re.IGNORECASE):
            yield f"атрибуты в фигурных скобках ({match.group(0)}) не допускаются"
    for target in _link_targets(text):
        problem = _scheme_problem(target)
        if problem:
            yield problem
    if "--8<--" in text:
        yield "вставка файлов («--8<--») в практиках не работает и запрещена"


def _link_targets(text: str):
    for pattern in _LINK_TARGETS:
        for match in pattern.finditer(text):
            yield match.group(1)
    # An autolink has no space inside and ends at a «>»: searched in each word, only up to the word's last «>», it
    # cannot scan a long word again from every «<».
    for word in _WORD.finditer(text) if "<" in text and ">" in text else ():
        closed = word.group(0).rfind(">")
        if closed > 0 and "<" in word.group(0):
            for match in _AUTOLINK.finditer(text, word.start(), word.start() + closed + 1):
                yield match.group(1)


def _scheme_problem(target: str) -> str | None:
    scheme = _scheme(target)
    if scheme and scheme not in _SAFE_SCHEMES:
        return f"ссылка со схемой «{scheme}:» запрещена; допустимы https://, http://, mailto:, tel:"
    return None


def check(source, repo):
    previous = ""
    for line, text in prose_lines(source.body, source.body_first_line, indented=True):
        messages = list(_line_problems(text))
        if _TARGET_ON_NEXT_LINE.search(previous) and text.strip():
            messages.append(_scheme_problem(text.strip().split()[0].lstrip("<")))
        for message in dict.fromkeys(m for m in messages if m):
            yield Problem(source.rel, line, "текст", message)
        previous = text


RULE: Rule[PracticeRecord] = Rule(
    code="SH109",
    name="unsafe-markup",
    description="в тексте нет HTML вне короткого списка, скриптов, обработчиков событий и ссылок javascript:/data:",
    check_source=check,
    file_local=True,
)
