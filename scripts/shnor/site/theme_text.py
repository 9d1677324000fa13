"""The one boundary where record values are handed to MkDocs and mkdocs-material.

MkDocs' Jinja templates do not autoescape, and Material prints ``page.title`` and ``page.meta.*`` raw, as HTML: a
title MkDocs takes from a page's first heading is HTML already, but a title or a description given in front
matter is plain text, and the generated pages carry record values there (a practice's title and summary, a
school's name). Every such value is escaped here, once, for every page, whatever the validator decided; the result
is ``Markup``, so a template's own ``| e`` does not escape it twice and the search index and the feeds get the
escaped text the theme's JavaScript expects.
"""

from __future__ import annotations

from markupsafe import Markup, escape
from mkdocs.structure.pages import Page

# Front-matter keys the theme or its plugins print as HTML: <title>, the header, the nav and the search index
# print the title and the subtitle; the meta description tag and the RSS feed print the description.
MARKUP_KEYS = ("title", "subtitle")
DESCRIPTION = "description"


class EscapedText(str):
    """Plain text escaped for HTML, but not marked safe: mkdocs-rss-plugin writes the description into XML with
    ``| e``, which must escape it again (the feed's description is HTML inside XML), while Material prints it raw
    into the meta tag."""


def as_html(value: object) -> Markup:
    """Plain text as HTML; HTML already (``Markup``) as it is, so calling this twice changes nothing."""
    return value if isinstance(value, Markup) else escape(str(value))


def escape_meta(page: Page) -> None:
    for key in MARKUP_KEYS:
        value = page.meta.get(key)
        if isinstance(value, str):
            page.meta[key] = as_html(value)
    value = page.meta.get(DESCRIPTION)
    if isinstance(value, str) and not isinstance(value, EscapedText):
        page.meta[DESCRIPTION] = EscapedText(escape(value))
