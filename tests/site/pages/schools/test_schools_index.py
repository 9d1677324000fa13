"""The schools index: a table of schools, or, for a region, of municipalities each with a page of its schools."""

from __future__ import annotations

import re

from shnor.kinds import load_repository
from shnor.site.generated import SiteContext
from shnor.site.pages.schools import school_pages
from tests.conftest import REPO, TODAY


def _pages(monkeypatch, limit: int) -> dict[str, str]:
    monkeypatch.setattr(school_pages, "SCHOOLS_ON_INDEX", limit)
    repo = load_repository(REPO, TODAY)
    ctx = SiteContext(repo, TODAY, "http://127.0.0.1/", "", {})
    return {f.path: str(f.content) for f in school_pages.generate(ctx) if "/by-municipality/" in f.path
            or f.path == school_pages.INDEX}


def test_a_municipality_lists_its_schools_above_the_limit(monkeypatch):
    pages = _pages(monkeypatch, 3)
    index = pages.pop(school_pages.INDEX)
    # The demo's 8 schools are all in one municipality: 4 ШНОР, 3 НСУ (two of them also ШНОР), 3 partner schools.
    name = re.escape("Северозёрский муниципальный округ (демо)")
    row = re.search(rf'<tr><td><a href="([^"]+)">{name}</a></td>(.*?)</tr>', index)
    assert row and re.findall(r"<td[^>]*>(\d+)</td>", row.group(2)) == ["8", "4", "3", "3"]
    assert row.group(1) == "by-municipality/severozerskiy-municipalnyy-okrug-demo/"
    (path, page), = pages.items()
    assert path == "schools/by-municipality/severozerskiy-municipalnyy-okrug-demo.md"
    assert page.count("<tr><td><a href=") == 8 and 'href="../../sosh-2-berezovka/"' in page
    assert 'href="../../">Все муниципалитеты</a>' in page


def test_up_to_the_limit_the_index_lists_the_schools(monkeypatch):
    pages = _pages(monkeypatch, 200)
    assert list(pages) == [school_pages.INDEX]
    assert pages[school_pages.INDEX].count('<tr><td><a href="') == 8
