"""Record values placed into generated Markdown: HTML-escaped, and Markdown's own syntax characters escaped, so a
value stays text whatever a contributor typed. The one escaper for Markdown: the site's pages and the pull request's
answer on GitHub (shnor.contrib.pr_summary_markdown) both use it."""

from __future__ import annotations

import html
import re

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]{}()#+!|~^])")


def md_text(value: object) -> str:
    """One line of plain text: no markup, no line breaks."""
    text = " ".join(str(value).split())
    return _MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(text, quote=True))


def md_link(text: object, target: str) -> str:
    """A Markdown link; ``target`` is a docs path relative to the page (MkDocs resolves it and checks it exists)."""
    return f"[{md_text(text)}]({target})"
