"""The last line of defence for pages that carry contributors' text: whatever Markdown produced, only an
allowlist of tags, attributes and URL schemes reaches the reader. Python-Markdown itself sanitizes nothing.

``data-pagefind-*`` attributes are the search index's facets, metadata and weights: a contributor's text loses
them (all but ``data-pagefind-ignore``, which can only leave the contributor's own words out of the index), and the
page's own come back from sealed blocks (``shnor.site.trusted_html``)."""

from __future__ import annotations

import nh3

from shnor.site.trusted_html import unseal

_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "code", "dd", "del", "details", "div", "dl", "dt", "em",
    "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "kbd", "li", "mark", "nav",
    "ol", "p", "pre", "s", "section", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td",
    "tfoot", "th", "thead", "time", "tr", "u", "ul",
}  # fmt: skip
_GENERIC = {"class", "id", "title", "role", "lang", "tabindex", "hidden"}
_ATTRIBUTES = {
    "*": _GENERIC,
    "a": _GENERIC | {"href", "hreflang", "download"},
    "img": _GENERIC | {"src", "alt", "width", "height", "loading"},
    "ol": _GENERIC | {"start", "reversed"},
    "td": _GENERIC | {"colspan", "rowspan", "align"},
    "th": _GENERIC | {"colspan", "rowspan", "align", "scope"},
    "time": _GENERIC | {"datetime"},
    "details": _GENERIC | {"open"},
}


def _attribute(tag: str, name: str, value: str) -> str | None:
    return None if name.startswith("data-pagefind") and name != "data-pagefind-ignore" else value


def sanitize(html: str) -> str:
    return unseal(nh3.clean(
        html,
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        generic_attribute_prefixes={"data-", "aria-"},
        url_schemes={"http", "https", "mailto", "tel"},
        link_rel="noopener noreferrer",
        strip_comments=True,
        attribute_filter=_attribute,
    ))
