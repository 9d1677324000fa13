"""Whatever reaches a practice page from Markdown, the sanitizer leaves no script, frame, style, handler or
dangerous URL scheme (the build-time half of SH109)."""

from __future__ import annotations

import re

import markdown
import pytest

from shnor.site.sanitize import sanitize

ATTACKS = [
    "<script>alert(1)</script>",
    "<iframe src=https://example.org></iframe>",
    '<object data="x.swf"></object>',
    '<embed src="x.swf">',
    "<style>body{display:none}</style>",
    '<img src="x" onerror="alert(1)">',
    "[a](javascript:alert(1))",
    "[a](vbscript:msgbox(1))",
    "![a](data:image/svg+xml;base64,PHN2Zz4=)",
    "[a][1]\n\n[1]: javascript:alert(1)",
    "<javascript:alert(1)>",
    '<a href="jav&#x61;script:alert(1)">a</a>',
    "- item\n\n    <script>alert(1)</script>",
    'Текст\n{: onclick="alert(1)" style="display:none" }',
]


@pytest.mark.parametrize("source", ATTACKS)
def test_nothing_executable_survives(source):
    html = sanitize(markdown.markdown(source, extensions=["attr_list", "md_in_html"])).lower()
    for bad in ("<script", "<iframe", "<object", "<embed", "<style", "javascript:", "vbscript:"):
        assert bad not in html, (source, html)
    assert not re.search(r"<[^>]*\s(on[a-z]+|style)=", html), html
    assert 'src="data:' not in html and 'href="data:' not in html


def test_plain_markdown_is_kept():
    html = sanitize(markdown.markdown("## Итоги\n\n**Доля** выросла: [отчёт](https://example.org/r.pdf)"))
    assert "<strong>Доля</strong>" in html
    assert 'href="https://example.org/r.pdf"' in html
