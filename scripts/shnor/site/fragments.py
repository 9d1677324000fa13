"""The site navigation (sidebar and tabs) rendered once per folder instead of once per page.

Material renders the whole navigation into every page. Its HTML depends only on which navigation items are active
and on the page's folder (links are relative), so the thousands of pages of a region's bank that are not in the
navigation (practices, schools, events) share a handful of renderings. ``overrides/main.html`` wraps the two
includes in ``{% call shnor_fragment(...) %}``; the cache (``FragmentCache``) lives for one build.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Iterator

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

    def fragment(self, name: str, page: Page | None, nav: Navigation | None, caller: Callable[[], str]) -> str:
        """``caller()``'s HTML, remembered by (name, page folder, active navigation items)."""
        if page is None or nav is None:
            return caller()
        active = tuple(id(item) for item in _items(nav.items) if item.active)
        # Pages in one folder at one depth link to every navigation item with the same relative URL.
        key = (name, posixpath.dirname(page.url.rstrip("/")), page.url.count("/"), active)
        if key not in self.cache:
            self.cache[key] = caller()
        return self.cache[key]
