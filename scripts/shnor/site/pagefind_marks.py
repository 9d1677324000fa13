"""What Pagefind indexes, marked in the built pages (issue 15).

* ``body``: the page's ``<article class="md-content__inner md-typeset">`` gets ``data-pagefind-body`` and its kind
  (``data-pagefind-meta="kind:Практика"``). Once one page of the site has ``data-pagefind-body``, Pagefind indexes
  only such elements, so the header, navigation, table of contents and footer stay out, and a page without it
  (excluded from search, the blog's listings, 404) is not indexed at all. The ``<article>`` is outside the
  templates' ``content`` block (Material's base.html, and blog-post.html writes its own), so the attributes are
  put on the one tag of the finished page, whichever template made it.
* ``content``: inside a page, what the generators mark ``data-search-exclude`` (``shnor.site.search_trim``) becomes
  ``data-pagefind-ignore``; a marked heading takes its section with it, as Material's search did: the elements
  after it up to the next heading with an id (the next section). On a school page the monitoring dashboard's
  sections (ids ``monitoring-…``) are left out the same way. The marker survives the sanitizer of contributed pages
  (which drops every ``data-pagefind-*`` attribute a contributor might type), so it is turned into Pagefind's
  attribute after sanitizing. A practice's summary weighs as a heading (``data-pagefind-weight``): a word in it
  ranks the practice above pages that only mention it in their text.
* ``page_kind``: the kind shown with each search result, from the page's source path — one table.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from html.parser import HTMLParser

from shnor.site.search_trim import DASHBOARD_IDS, NOT_INDEXED, SCHOOL_PAGES

PRACTICE, SCHOOL, EVENT, NEWS, DOCUMENT = "Практика", "Школа", "Мероприятие", "Новость", "Документ"
PARTNERSHIP, PROGRAMME, PEOPLE = "Партнёрство", "Программа школы", "Кто поможет"
MONITORING, PAGE = "Мониторинг", "Страница"
KINDS = (PRACTICE, SCHOOL, EVENT, NEWS, DOCUMENT, PARTNERSHIP, PROGRAMME, PEOPLE, MONITORING, PAGE)
_FOLDERS = (  # source folder -> kind of every page in it (the section's own index page too)
    ("practices/", PRACTICE),
    ("schools/", SCHOOL),
    ("events/", EVENT),
    ("documents/", DOCUMENT),
    ("partnerships/", PARTNERSHIP),
    ("programmes/", PROGRAMME),
    ("people/", PEOPLE),
    ("monitoring/", MONITORING),
)
BLOG_POSTS = "blog/posts/"  # an announcement: an event when its record describes one, news otherwise

# Pagefind's own weights: h1 7, h2 6, h3 5 … text 1. The summary is the practice in one sentence.
SUMMARY_WEIGHT = "6"
_SUMMARY = '<p class="shnor-card__summary"'
_ARTICLE = '<article class="md-content__inner md-typeset"'
_MARKER = re.compile(rf'(<[a-zA-Z][^<>]*?\s){NOT_INDEXED}(?:="[^"]*")?(?=[\s/>])')
_IGNORE = "data-pagefind-ignore"
_HEADING = re.compile(r"<h[1-6][\s>]")
_HEADINGS = {f"h{n}" for n in range(1, 7)}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def page_kind(src_uri: str, events: Collection[str] = ()) -> str:
    """The kind of the page made from ``src_uri`` (``practices/x.md``, ``blog/posts/id.md``); ``events``: the
    ids of the announcements that describe an event."""
    if src_uri.startswith(BLOG_POSTS):
        return EVENT if src_uri[len(BLOG_POSTS):].removesuffix(".md") in events else NEWS
    for folder, kind in _FOLDERS:
        if src_uri.startswith(folder):
            return kind
    return PAGE


def body(html: str, kind: str) -> str:
    """The finished page with its article marked as the indexed body of the given kind."""
    at = html.find(_ARTICLE)
    if at < 0:
        return html
    at += len(_ARTICLE)
    return f'{html[:at]} data-pagefind-body data-pagefind-meta="kind:{kind}"{html[at:]}'


def content(html: str, src_uri: str) -> str:
    """A page's content (Markdown's HTML) with what search leaves out marked for Pagefind."""
    dashboards = src_uri.startswith(SCHOOL_PAGES) and f'id="{DASHBOARD_IDS}' in html
    if NOT_INDEXED in html or dashboards:
        html = _MARKER.sub(rf"\1{_IGNORE}", html)
        if _HEADING.search(html):
            html = _Sections.marked(html, DASHBOARD_IDS if dashboards else None)
    at = html.find(_SUMMARY)  # the generated card comes first: a contributor's look-alike later is not weighed
    if at >= 0:
        at += len(_SUMMARY)
        html = f'{html[:at]} data-pagefind-weight="{SUMMARY_WEIGHT}"{html[at:]}'
    return html


class _Sections(HTMLParser):
    """Finds the elements of left-out sections: the siblings after a heading marked ``data-pagefind-ignore`` (or,
    on a school page, a heading with a dashboard id) up to the next heading with an id, within the heading's
    parent element. Markdown's sections are siblings; the marks go on their top elements only."""

    def __init__(self, html: str, prefix: str | None) -> None:
        super().__init__(convert_charrefs=False)
        self.html = html
        self.prefix = prefix
        self.line_starts = [0, *(m.end() for m in re.finditer("\n", html))]
        self.depth = 0
        self.section_depth: int | None = None  # the depth of the left-out section's elements
        self.inserts: list[int] = []  # offsets just after "<tag" where the attribute goes

    @classmethod
    def marked(cls, html: str, prefix: str | None) -> str:
        parser = cls(html, prefix)
        parser.feed(html)
        parser.close()
        parts, last = [], 0
        for at in parser.inserts:
            parts += [html[last:at], f" {_IGNORE}"]
            last = at
        return "".join([*parts, html[last:]])

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        names = dict(attrs)
        if tag in _HEADINGS and ("id" in names or _IGNORE in names):
            ignored = _IGNORE in names or bool(self.prefix and (names.get("id") or "").startswith(self.prefix))
            if ignored:
                self.section_depth = self.depth
                if _IGNORE not in names:
                    self._mark(tag)
            elif self.section_depth is not None and self.depth <= self.section_depth:
                self.section_depth = None  # the next section begins
        elif self.section_depth == self.depth and _IGNORE not in names:
            self._mark(tag)
        if tag not in _VOID:
            self.depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.section_depth == self.depth:
            self._mark(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        self.depth -= 1
        if self.section_depth is not None and self.depth < self.section_depth:
            self.section_depth = None  # the heading's parent ends: so does its section

    def _mark(self, tag: str) -> None:
        line, column = self.getpos()
        self.inserts.append(self.line_starts[line - 1] + column + 1 + len(tag))
