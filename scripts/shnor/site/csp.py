"""A Content-Security-Policy ``<meta>`` on every page: a second wall behind the escaping and sanitizing of
contributed records (issue 14). Whatever markup slips through, the browser runs no inline event handler
(``onerror=``), no ``javascript:`` URL, no inline script but the theme's own, and loads nothing from another host.

The theme's inline scripts (Material's ``partials/javascripts/*.html``, ``overrides/main.html``) are allowed by
their sha256: their text depends on the page (``__md_scope=new URL("../..",location)``), so each page gets the
hashes of its own. Only a script the theme's templates can produce is hashed (`ThemeScripts`): a ``<script>``
injected through a record's title or description is not whitelisted by the very policy meant to stop it.

A ``<meta>`` policy cannot carry ``frame-ancestors``, ``report-uri``/``report-to`` or ``sandbox``: browsers ignore
them there. Guarding against framing needs a response header (``Content-Security-Policy: frame-ancestors 'none'``)
from the host; GitHub Pages sets none.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

# Markup and styles: none of the theme's, Material's bundle or our scripts write a style attribute or a <style>
# element (Material sets styles through element.style, which a policy does not govern), so no 'unsafe-inline'.
# img-src data: for the icons Material's CSS draws as data: SVG masks. form-action 'self': the contribute form is
# never submitted (contribute.js prevents it and builds a link to GitHub's new-file page; following a link or
# window.open is navigation, which no directive governs).
_DIRECTIVES = (
    ("default-src", "'self'"),
    # + the page's theme scripts' hashes. 'wasm-unsafe-eval' lets the search compile Pagefind's WebAssembly (issue 15)
    # and nothing else: no eval() or new Function() of JavaScript. Chromium gives a worker loaded from the site the
    # policy of its own response (none) and needs it only for Pagefind on the page's thread; WebKit has applied the
    # page's policy to WebAssembly in workers too.
    ("script-src", "'self' 'wasm-unsafe-eval'"),
    ("style-src", "'self'"),
    ("img-src", "'self' data:"),
    ("font-src", "'self'"),
    ("connect-src", "'self'"),
    ("worker-src", "'self'"),
    ("object-src", "'none'"),
    ("base-uri", "'self'"),
    ("form-action", "'self'"),
)

_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.S | re.I)
_SRC = re.compile(r"\ssrc\s*=", re.I)
_TYPE = re.compile(r"""\stype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
_JAVASCRIPT_TYPES = {"", "text/javascript", "application/javascript", "module"}
_HEAD = re.compile(r"<head(?:\s[^>]*)?>", re.I)
_CHARSET = re.compile(r"(\s*)<meta\s+charset=[^>]*>", re.I)
_EXPRESSION = re.compile(r"\{\{.*?\}\}", re.S)
# What a template expression inside a theme script may have become: a URL or path (base_url, the scope). No
# quote, bracket, space or semicolon, so the value can neither leave a string literal nor call anything.
_VALUE = r"[\w./:~%-]*"


def inline_scripts(html: str) -> Iterator[str]:
    """The text of each inline script the browser would run: not ``src=``, not data (``application/json``)."""
    for match in _SCRIPT.finditer(html):
        attributes, text = match.groups()
        if _SRC.search(attributes):
            continue
        kind = _TYPE.search(attributes)
        if kind and next(g for g in kind.groups() if g is not None).strip().lower() not in _JAVASCRIPT_TYPES:
            continue
        yield text


def sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


class ThemeScripts:
    """Recognises the inline scripts the theme's templates can produce: each template script is a pattern whose
    ``{{ ... }}`` expressions match a URL-like value. A template script with ``{% ... %}`` inside is not known (none
    has one); its pages fail the strict build with a warning instead of shipping a script the policy blocks."""

    def __init__(self, templates: Iterable[str]) -> None:
        self.patterns = [re.compile(p, re.S) for p in sorted({self._pattern(t) for t in templates}) if p]
        self.known: dict[str, bool] = {}

    @classmethod
    def of_theme(cls, dirs: Iterable[str | Path]) -> ThemeScripts:
        """From every template in the theme's folders (``config.theme.dirs``: overrides first, then Material)."""
        return cls(text for folder in dirs for path in sorted(Path(folder).rglob("*.html"))
                   for text in inline_scripts(path.read_text(encoding="utf-8")))

    @staticmethod
    def _pattern(template: str) -> str:
        if "{%" in template or "{#" in template:
            return ""
        return _VALUE.join(re.escape(part) for part in _EXPRESSION.split(template))

    def __call__(self, script: str) -> bool:
        known = self.known.get(script)
        if known is None:
            known = self.known[script] = any(p.fullmatch(script) for p in self.patterns)
        return known


def policy(script_hashes: Iterable[str]) -> str:
    hashes = list(dict.fromkeys(script_hashes))
    return "; ".join(
        f"{name} {sources}{''.join(' ' + h for h in hashes) if name == 'script-src' else ''}"
        for name, sources in _DIRECTIVES
    )


def with_policy(html: str, own: Callable[[str], bool] = lambda script: True,
                unknown: Callable[[str], None] | None = None) -> str:
    """``html`` with the policy's ``<meta>`` first in ``<head>`` (after ``<meta charset>``, which must stay in the
    first 1024 bytes and is not governed by a policy). ``script-src`` lists the hash of each inline script ``own``
    accepts; ``unknown`` is told of each other one (the browser will not run it). A page without ``<head>`` is
    returned as it is."""
    head = _HEAD.search(html)
    if head is None:
        return html
    hashes = []
    for script in inline_scripts(html):
        if own(script):
            hashes.append(sha256(script))
        elif unknown is not None:
            unknown(script)
    at, indent = head.end(), "\n"
    charset = _CHARSET.match(html, at)
    if charset:
        at, indent = charset.end(), "\n" + charset.group(1).rsplit("\n", 1)[-1]
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy(hashes)}">'
    return f"{html[:at]}{indent}{meta}{html[at:]}"
