"""The site navigation (sidebar and tabs) rendered once per folder instead of once per page.

Material renders the whole navigation into every page. Its HTML depends only on which navigation items are active
and on the page's folder (links are relative), so the thousands of pages of a region's bank that are not in the
navigation (practices, schools, events) share a handful of renderings. ``overrides/main.html`` wraps the two
includes in ``{% call shnor_fragment(...) %}``; the cache (``FragmentCache``) lives for one build.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Iterable, Iterator

from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page


def _items(items: list) -> Iterator:
    for item in items:
        yield item
        yield from _items(getattr(item, "children", None) or [])


class FragmentCache:
    """One per build (the plugin's): a fragment is made once for each folder and set of active items."""

    def __init__(self) -> None:
        self.cache: dict[tuple, str] = {}
        # Keys whose rendering never shows the page's own table of contents. Material shows it in the navigation
        # for a page that is itself a navigation item (the blog's listing pages, page 2, 3… in one folder): for
        # those the table of contents is part of the key, else page 3 got page 2's.
        self.toc_free: set[tuple] = set()

    def fragment(self, name: str, page: Page | None, nav: Navigation | None, caller: Callable[[], str]) -> str:
        """``caller()``'s HTML, remembered by (name, page folder, active navigation items, and the page's table of
        contents where the navigation shows it)."""
        if page is None or nav is None:
            return caller()
        active = tuple(id(item) for item in _items(nav.items) if item.active)
        # Pages in one folder at one depth link to every navigation item with the same relative URL.
        key = (name, posixpath.dirname(page.url.rstrip("/")), page.url.count("/"), active)
        anchors = tuple(_anchors(page.toc or []))
        if not anchors or key in self.toc_free:
            if key not in self.cache:
                self.cache[key] = caller()
            return self.cache[key]
        own = (*key, anchors)
        if own not in self.cache:
            html = caller()
            if not any(f'href="{anchor}"' in html for anchor in anchors):
                self.toc_free.add(key)
                self.cache.setdefault(key, html)
                return html
            self.cache[own] = html
        return self.cache[own]


def _anchors(toc: Iterable) -> Iterator[str]:
    for item in toc:
        yield item.url
        yield from _anchors(getattr(item, "children", None) or [])
