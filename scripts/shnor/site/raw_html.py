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
_store: dict[str, str] | None = None


def start() -> None:
    global _store
    _store = {}


def stop() -> None:
    global _store
    _store = None


def keep(html: str) -> str:
    if _store is None or len(html) < MIN_LENGTH:
        return html
    key = hashlib.blake2b(html.encode("utf-8"), digest_size=10).hexdigest()  # same block, same placeholder
    _store[key] = html
    return f'<div data-shnor-html="{key}"></div>'


def expand(text: str) -> str:
    """``text`` with every placeholder (nested ones too) replaced by its block."""
    if not _store or "data-shnor-html" not in text:
        return text
    store = _store
    return _PLACEHOLDER.sub(lambda m: expand(store[m.group(1)]) if m.group(1) in store else m.group(0), text)
