"""Contributed Markdown becomes HTML on the site: anything that could run script or restyle the page is refused.

The build also sanitizes practice pages with nh3; this rule is the contributor-facing half that names the line.
"""

import html
import re

from shnor.problems import Problem
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
_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9-]*)(\s[^>]*)?/?>|<!--")
# A tag whose attributes go on over the next lines: "<iframe" at the end of a line still opens an iframe.
_TAG_AT_LINE_END = re.compile(r"</?([A-Za-z][A-Za-z0-9-]*)(\s[^>]*)?$")
# A link whose target is on the next line: "[text](" or "[ref]:" ending a line.
_TARGET_ON_NEXT_LINE = re.compile(r"(\]\(\s*<?|^\s*\[[^\]]+\]:\s*<?)$")
_EVENT_ATTR = re.compile(r"\bon[a-z]+\s*=", re.IGNORECASE)
_ATTR_LIST = re.compile(r"\{:?\s*(?:[.#][\w-]+|[\w-]+\s*=)[^}]*\}")
_LINK_TARGETS = (
    re.compile(r"\]\(\s*<?([^)\s>]+)"),  # [text](target) and ![alt](target)
    re.compile(r"^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)"),  # [ref]: target
    re.compile(r"<([A-Za-z][A-Za-z0-9+.-]*:[^>\s]*)>"),  # <scheme:target>
)
_SAFE_SCHEMES = {"http", "https", "mailto", "tel"}
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")


def _scheme(target: str) -> str | None:
    # Browsers ignore entities, whitespace and control characters inside a scheme: "jav&#x61;script:" runs.
    cleaned = re.sub(r"[\x00-\x20]", "", html.unescape(target))
    match = _SCHEME.match(cleaned)
    return match.group(1).lower() if match else None


def _tags(text: str):
    """(tag, attributes) of every tag on the line, including one left open at its end; None for a comment."""
    for match in _TAG.finditer(text):
        yield None if match.group(0) == "<!--" else (match.group(1).lower(), match.group(2) or "")
    open_tag = _TAG_AT_LINE_END.search(text)
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
    for match in _ATTR_LIST.finditer(text):
        if re.search(r"\b(on[a-z]+|style|href|src)\s*=", match.group(0), re.IGNORECASE):
            yield f"атрибуты в фигурных скобках ({match.group(0)}) не допускаются"
    for pattern in _LINK_TARGETS:
        for match in pattern.finditer(text):
            problem = _scheme_problem(match.group(1))
            if problem:
                yield problem
    if "--8<--" in text:
        yield "вставка файлов («--8<--») в практиках не работает и запрещена"


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


RULE = Rule(
    "SH109",
    "unsafe-markup",
    "в тексте нет HTML вне короткого списка, скриптов, обработчиков событий и ссылок javascript:/data:",
    check_source=check,
    file_local=True,
)
