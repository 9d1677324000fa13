"""Generated HTML kept away from Python-Markdown while a site is built.

Tables and charts of the generated pages are finished HTML, already escaped. Python-Markdown still reads every tag
of a raw HTML block (its HTML parser finds where the block ends): at region scale that was a third of the build
(1,000 schools, benchmark, issue 7). While the plugin builds, ``keep`` stores such a block and puts a one-tag
placeholder in the Markdown; ``expand`` puts the block back into the page's HTML after Markdown (``on_page_content``).
Outside a build (tests, exports) ``keep`` returns the HTML itself.
"""

from __future__ import annotations

import hashlib
import re

MIN_LENGTH = 400  # shorter blocks cost Markdown little
_PLACEHOLDER = re.compile(r'<div data-shnor-html="([0-9a-f]{20})"></div>')
_store: dict[str, list] | None = None  # key -> [html, placeholders not yet expanded]


def start() -> None:
    global _store
    _store = {}


def stop() -> None:
    global _store
    _store = None


def kept() -> dict[str, list]:
    """The blocks kept so far (a second process hands its own to the build with ``merge``)."""
    return dict(_store or {})


def merge(blocks: dict[str, list]) -> None:
    if _store is None:
        return
    for key, (html, count) in blocks.items():
        _store.setdefault(key, [html, 0])[1] += count


def keep(html: str) -> str:
    if _store is None or len(html) < MIN_LENGTH:
        return html
    key = hashlib.blake2b(html.encode("utf-8"), digest_size=10).hexdigest()  # same block, same placeholder
    entry = _store.setdefault(key, [html, 0])
    entry[1] += 1
    return f'<div data-shnor-html="{key}"></div>'


def expand(text: str, consume: bool = True) -> str:
    """``text`` with every placeholder (nested ones too) replaced by its block. A page's expansion consumes its
    blocks: one expanded as often as it was kept is forgotten, the page holds it from then on (memory at 5,000
    practices). ``consume=False`` only reads (the benchmark's copy of the pages)."""
    if not _store or "data-shnor-html" not in text:
        return text

    def block(match: re.Match) -> str:
        key = match.group(1)
        entry = _store.get(key) if _store is not None else None
        if entry is None:
            return match.group(0)
        if consume:
            entry[1] -= 1
            if entry[1] <= 0:
                del _store[key]  # type: ignore[union-attr]
        return expand(entry[0], consume)

    return _PLACEHOLDER.sub(block, text)
