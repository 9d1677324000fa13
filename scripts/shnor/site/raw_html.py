"""Generated HTML kept away from Python-Markdown while a site is built.

Tables and charts of the generated pages are finished HTML, already escaped. Python-Markdown still reads every tag
of a raw HTML block (its HTML parser finds where the block ends): at region scale that was a third of the build
(1,000 schools, benchmark, issue 7). While the plugin builds, ``keep`` stores such a block in the build's ``HtmlStore``
and puts a one-tag placeholder in the Markdown; ``expand`` puts the block back into the page's HTML after Markdown
(``on_page_content``). Outside a build (tests, exports) ``keep`` returns the HTML itself.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

MIN_LENGTH = 400  # shorter blocks cost Markdown little
_PLACEHOLDER = re.compile(r'<div data-shnor-html="([0-9a-f]{20})"></div>')


class HtmlStore:
    """The blocks of one build: key -> [html, placeholders not yet expanded]. The plugin's build session owns it."""

    def __init__(self) -> None:
        self.blocks: dict[str, list] = {}

    def kept(self) -> dict[str, list]:
        """The blocks kept so far (a second process hands its own to the build with ``merge``)."""
        return dict(self.blocks)

    def merge(self, blocks: dict[str, list]) -> None:
        for key, (html, count) in blocks.items():
            self.blocks.setdefault(key, [html, 0])[1] += count

    def keep(self, html: str) -> str:
        if len(html) < MIN_LENGTH:
            return html
        key = hashlib.blake2b(html.encode("utf-8"), digest_size=10).hexdigest()  # same block, same placeholder
        entry = self.blocks.setdefault(key, [html, 0])
        entry[1] += 1
        return f'<div data-shnor-html="{key}"></div>'

    def expand(self, text: str, consume: bool = True) -> str:
        """``text`` with every placeholder (nested ones too) replaced by its block. A page's expansion consumes its
        blocks: one expanded as often as it was kept is forgotten, the page holds it from then on (memory at 5,000
        practices). ``consume=False`` only reads (the benchmark's copy of the pages)."""
        if not self.blocks or "data-shnor-html" not in text:
            return text

        def block(match: re.Match) -> str:
            key = match.group(1)
            entry = self.blocks.get(key)
            if entry is None:
                return match.group(0)
            if consume:
                entry[1] -= 1
                if entry[1] <= 0:
                    del self.blocks[key]
            return self.expand(entry[0], consume)

        return _PLACEHOLDER.sub(block, text)


# The store of the build that is running, set by the plugin for the length of a build (``active``): generators
# deep in the page code (every table) keep their blocks there without a store passed down to them.
_ACTIVE: ContextVar[HtmlStore | None] = ContextVar("shnor_html_store", default=None)


@contextmanager
def active(store: HtmlStore) -> Iterator[HtmlStore]:
    token = _ACTIVE.set(store)
    try:
        yield store
    finally:
        _ACTIVE.reset(token)


def activate(store: HtmlStore | None) -> None:
    """For the plugin, whose build spans several hooks: ``store`` is the running build's from now (None: none)."""
    _ACTIVE.set(store)


def keep(html: str) -> str:
    store = _ACTIVE.get()
    return html if store is None else store.keep(html)


def expand(text: str, consume: bool = True) -> str:
    store = _ACTIVE.get()
    return text if store is None else store.expand(text, consume)
