"""Generated markup that must reach a contributed page as it was made, past the sanitizer.

A practice page is sanitized whole (``shnor.site.sanitize``): a contributor's text could otherwise carry markup the
site gives meaning to, such as Pagefind's ``data-pagefind-filter``, ``-meta``, ``-sort``, ``-weight`` or ``-body``,
and claim a review status or a school in the catalogue's facets. The sanitizer drops every ``data-pagefind-*``
attribute; the page's own facets travel in a ``sealed`` block instead, the finished HTML in an attribute with a
keyed hash that only this process can make (a random key per process). ``unseal`` puts back the blocks whose hash
matches and removes any other: a contributor who types such a block cannot make a valid one.
"""

from __future__ import annotations

import hashlib
import hmac
import html
import re
import secrets

_KEY = bytearray(secrets.token_bytes(32))  # the process's secret, not build state: one for its lifetime
_BLOCK = re.compile(r'<div data-shnor-sealed="([0-9a-f]{32})" data-shnor-html="([^"]*)"></div>')


def _mac(markup: str) -> str:
    return hmac.new(_KEY, markup.encode("utf-8"), hashlib.blake2b).hexdigest()[:32]


def seal(markup: str) -> str:
    """``markup`` (escaped by its generator) as one empty ``<div>`` that survives the sanitizer."""
    escaped = html.escape(markup, quote=True).replace("\n", "&#10;")  # one line: one raw HTML block for Markdown
    return f'<div data-shnor-sealed="{_mac(markup)}" data-shnor-html="{escaped}"></div>'


def unseal(text: str) -> str:
    """``text`` (the sanitizer's output) with each sealed block made by this process replaced by its markup."""
    if "data-shnor-sealed" not in text:
        return text

    def block(match: re.Match) -> str:
        markup = html.unescape(match.group(2))
        return markup if hmac.compare_digest(match.group(1), _mac(markup)) else ""

    return _BLOCK.sub(block, text)


def process_key() -> bytes:
    """This process's key: ``shnor generate`` hands it to the hooks of the plain build (``shnor.generate.hooks``),
    which unseal the blocks of the pages it wrote, in another process. It is never written into a page."""
    return bytes(_KEY)


def use_key(key: bytes) -> None:
    """Unseal with ``key`` from now on (the hooks of a generated project: the key its pages were sealed with)."""
    _KEY[:] = key
