"""What a practice page tells Pagefind besides its text: the catalogue's filters, the result card and the order.

Every practice page carries, in a hidden block of empty elements (Pagefind reads these attributes anywhere on the
page, in or out of ``data-pagefind-body``):

* ``data-pagefind-filter`` — ``kind:practice`` (the catalogue asks only for practices) and one value per filter of
  ``shnor.site.pages.practices.catalogue.FILTERS``: taxonomy ids, evidence steps (cumulative), the review status id,
  the slug of the
  school's municipality, the school and the schools that adopted the practice;
* ``data-pagefind-meta`` — the card: the title (the page's ``h1`` also holds the «¶» permalink), the school's short
  name, the card's line (school · direction · levels · updated), the names of the status and evidence badges; the
  summary is read from the card's own paragraph (``SUMMARY``). That paragraph is weighted like a heading
  (``shnor.site.pagefind_marks``), so a match in the title or the summary ranks a practice above one that matches
  only in its text;
* ``data-pagefind-sort`` — ``updated``: the date of the last update and the id, the order of the paged list.

The block is sealed (``shnor.site.trusted_html``): the page is sanitized, and a contributor's own ``data-pagefind-*``
markup is dropped.
"""

from __future__ import annotations

from shnor.site.html import esc
from shnor.site.pages.practices.catalogue import card_line, item_values
from shnor.views.practice import PracticeView

KIND = "practice"
SUMMARY = 'data-pagefind-meta="summary"'
_META = {
    "title": lambda view: view.practice.title,
    "school": lambda view: view.school.short_name,
    "line": card_line,
    "status_name": lambda view: view.status.name,
    "evidence_name": lambda view: view.evidence_term.name,
}


def sort_key(view: PracticeView) -> str:
    return f"{view.practice.updated.isoformat()} {view.id}"


def facets(view: PracticeView) -> str:
    filters = [("kind", KIND), *((name, value) for name, values in item_values(view).items() for value in values)]
    spans = "".join(f'<span data-pagefind-filter="{esc(name)}:{esc(value)}"></span>' for name, value in filters)
    keys = ", ".join(f"{key}[data-{key.replace('_', '-')}]" for key in _META)
    values = " ".join(f'data-{key.replace("_", "-")}="{esc(value(view))}"' for key, value in _META.items())
    return (
        f'<div class="shnor-facets" hidden>{spans}<span data-pagefind-meta="{keys}" {values}></span>'
        f'<span data-pagefind-sort="updated:{esc(sort_key(view))}"></span></div>'
    )
