"""What the site makes of every record kind (a test holds the kinds the same as ``shnor.kinds.KINDS``). Adding a
kind to the site is its ``site_kind`` module beside its pages and one entry here.

The order is the order MkDocs reads the pages in, and it is not the loading order: the practices come before the
schools, whose pages wait for the dashboards that the second process makes meanwhile (``DashboardWorker``); read
first, they made the build wait for it (500 practices: 142 s instead of 102 s, benchmark of 5 December 2026)."""

from __future__ import annotations

from collections.abc import Iterator

from shnor.site.monitoring import site_kind as monitoring
from shnor.site.pages.documents import site_kind as documents
from shnor.site.pages.events import site_kind as events
from shnor.site.pages.partnerships import site_kind as partnerships
from shnor.site.pages.people import site_kind as people
from shnor.site.pages.practices import site_kind as practices
from shnor.site.pages.programmes import site_kind as programmes
from shnor.site.pages.removed_practices import site_kind as removed_practices
from shnor.site.pages.schools import site_kind as schools
from shnor.site.site_kind import MacroRegistrar, PageGenerator, SchoolBlock, SiteKind

SITE_KINDS: tuple[SiteKind, ...] = (
    practices.SITE_KIND,
    schools.SITE_KIND,  # after the practices: see above
    partnerships.SITE_KIND,
    events.SITE_KIND,
    monitoring.SITE_KIND,
    documents.SITE_KIND,
    programmes.SITE_KIND,
    people.SITE_KIND,
    removed_practices.SITE_KIND,
)


def page_generators() -> Iterator[PageGenerator]:
    for site_kind in SITE_KINDS:
        yield from site_kind.pages


def school_blocks() -> tuple[SchoolBlock, ...]:
    """What the kinds add to a school's page, in the kinds' order."""
    return tuple(block for site_kind in SITE_KINDS for block in site_kind.school_blocks)


def macro_registrars() -> Iterator[MacroRegistrar]:
    for site_kind in SITE_KINDS:
        yield from site_kind.macros
