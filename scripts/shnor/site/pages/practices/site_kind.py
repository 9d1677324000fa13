"""The practices' pages: each practice, the catalogue, open data, embeddable cards, the forms to submit and to
adopt a practice, the replication report; and the macros of the pages about them."""

from shnor.kinds import practices
from shnor.site.pages.practices import (
    adoption_request_page,
    contribute_form,
    contribute_pages,
    embed_cards,
    open_data,
    open_data_macros,
    practice_macros,
    practice_pages,
    replication_page,
)
from shnor.site.site_kind import SiteKind

SITE_KIND = SiteKind(
    practices.KIND,
    pages=(
        practice_pages.generate,  # the only generator that shows a practice's text
        open_data.generate,
        embed_cards.generate,
        contribute_pages.generate,
        adoption_request_page.generate,
        replication_page.generate,
    ),
    macros=(practice_macros.register, contribute_form.register, open_data_macros.register),
)
