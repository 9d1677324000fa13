"""The site's parts: every section's page generator and every section's macros for the docs pages, in one list.

- PAGE_GENERATORS: ``f(ctx: SiteContext) -> Iterable[GeneratedFile]``, the pages and files of one section.

The blocks other sections add to a school's page are listed by the school pages (``school_pages.SCHOOL_SECTIONS``),
the macros of the docs pages by ``shnor.site.macros.MACROS``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from shnor.site import (
    adoption_request_page,
    contribute_pages,
    document_pages,
    embed_cards,
    event_pages,
    monitoring_pages,
    open_data,
    partnership_pages,
    people_pages,
    practice_pages,
    programme_pages,
    removed_pages,
    replication_page,
    school_pages,
)
from shnor.site.generated import GeneratedFile, SiteContext

PageGenerator = Callable[[SiteContext], Iterable[GeneratedFile]]

PRACTICE_PAGES: PageGenerator = practice_pages.generate  # the only section that shows a practice's text
PAGE_GENERATORS: tuple[PageGenerator, ...] = (
    PRACTICE_PAGES,
    school_pages.generate,
    open_data.generate,
    embed_cards.generate,
    contribute_pages.generate,
    adoption_request_page.generate,
    partnership_pages.generate,
    event_pages.generate,
    monitoring_pages.generate,
    replication_page.generate,
    document_pages.generate,
    programme_pages.generate,
    people_pages.generate,
    removed_pages.generate,  # the old addresses of practices taken off or moved
)
