"""The catalogue's facets in a practice page (issue 15): what Pagefind reads, and that a contributor cannot forge it.

A practice page is sanitized whole; the page's own facets pass in a sealed block (shnor.site.trusted_html), a
contributor's ``data-pagefind-*`` markup (typed as HTML or through attr_list) is dropped. Expected values are worked
out by hand from practices/nastavnichestvo-molodyh-pedagogov.md and data/schools.csv.
"""

from __future__ import annotations

import re

import markdown

from shnor.kinds import load_repository
from shnor.site.pages.practices.catalogue import FILTERS, item_values
from shnor.site.pages.practices.practice_facets import facets
from shnor.site.sanitize import sanitize
from shnor.site.trusted_html import seal
from shnor.views.practice import PracticeView
from tests.conftest import REPO, TODAY

MENTORING = "nastavnichestvo-molodyh-pedagogov"


def _mentoring() -> PracticeView:
    repo = load_repository(REPO, TODAY)
    return next(PracticeView(r, repo) for r in repo.published if r.data.id == MENTORING)


def _page(contributed: str, sealed: str) -> str:
    """A practice page's Markdown as practice_pages makes it: the sealed card, then the contributor's text."""
    source = f"# Заголовок\n\n{sealed}\n\n{contributed}\n"
    return sanitize(markdown.markdown(source, extensions=["attr_list", "md_in_html"]))


def test_every_filter_has_its_values_and_evidence_is_cumulative():
    values = item_values(_mentoring())
    assert list(values) == [f.name for f in FILTERS]
    assert values == {
        "direction": ["teachers"],
        "level": ["noo", "ooo"],
        "subject": ["math", "russian"],
        "risk": ["teacher-competence", "professional-development", "staff-shortage"],
        "type": ["managerial"],
        # Since 2022-09-01, before/after figures, adopted by ООШ с. Каменка: every step up to «повторена».
        "evidence": ["1", "2", "3", "4"],
        "status": ["recommended"],
        "municipality": ["severozerskiy-municipalnyy-okrug-demo"],  # Северозёрский муниципальный округ (демо)
        "school": ["sosh-2-berezovka", "oosh-kamenka"],
    }


def test_facets_are_pagefind_filters_meta_and_a_sort_key():
    block = facets(_mentoring())
    filters = re.findall(r'data-pagefind-filter="([^"]+)"', block)
    assert filters[0] == "kind:practice"
    assert "level:noo" in filters and "level:ooo" in filters and "school:oosh-kamenka" in filters
    assert len(filters) == 1 + sum(len(v) for v in item_values(_mentoring()).values())
    assert re.search(r'data-pagefind-sort="updated:2025-09-02 nastavnichestvo-molodyh-pedagogov"', block)
    assert 'data-school="СОШ № 2"' in block
    assert 'data-line="СОШ № 2 · Работа с педагогами · НОО, ООО · обновлена 2 сентября 2025"' in block
    assert 'data-status-name="рекомендована"' in block and 'data-evidence-name="повторена в другой школе"' in block
    assert block.startswith('<div class="shnor-facets" hidden>')


def test_sealed_markup_passes_the_sanitizer_as_made():
    card = ('<div class="shnor-card"><p data-pagefind-meta="summary">Кратко &amp; «ясно»\u00a0—</p>'
            f"{facets(_mentoring())}</div>")
    html = _page("Текст практики.", seal(card))
    assert card in html
    assert "data-shnor-sealed" not in html


def test_a_contributor_cannot_add_pagefind_markup():
    contributed = (
        '<span data-pagefind-filter="status:recommended"></span>\n\n'
        '<p data-pagefind-meta="title:Подмена" data-pagefind-weight="10" data-pagefind-body>Текст</p>\n\n'
        'Абзац\n{: data-pagefind-sort="updated:9999" data-pagefind-filter="school:x" }\n\n'
        '<p data-pagefind-ignore>Своё можно убрать из поиска.</p>'
    )
    html = _page(contributed, "")
    assert not re.search(r"data-pagefind-(?!ignore)", html), html
    assert '<p data-pagefind-ignore="">Своё можно убрать из поиска.</p>' in html
    assert "Текст" in html and "Абзац" in html


def test_a_forged_or_altered_seal_is_dropped():
    genuine = seal('<span data-pagefind-filter="status:review"></span>')
    altered = genuine.replace("status:review", "status:recommended")
    forged = re.sub(r'data-shnor-sealed="[0-9a-f]+"', 'data-shnor-sealed="' + "0" * 32 + '"', genuine)
    html = _page(f"{altered}\n\n{forged}\n\nТекст.", genuine)
    assert html.count("data-pagefind-filter") == 1 and 'data-pagefind-filter="status:review"' in html
    assert "status:recommended" not in html and "data-shnor" not in html
