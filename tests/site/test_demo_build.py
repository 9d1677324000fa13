"""The repository's own site, built with its demo content: every valid record is on it, drafts are not.

Expected figures are counted by hand from practices/*.md (18 files: 16 published, 2 drafts).
"""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from shnor.site.pagefind_index import read_fragments

pytestmark = pytest.mark.build

DRAFTS = {"letnyaya-predmetnaya-shkola", "semeynye-subboty-v-maloy-shkole"}
# data/removed-practices.yml: a page at each old address, no practice (tests/site/pages/removed_practices/)
REMOVED = {"roditelskiy-klub-v-selskoy-shkole", "olimpiadnaya-podgotovka-v-malokomplektnoy-shkole"}
PUBLISHED = 16


def _text(path) -> str:
    return path.read_text(encoding="utf-8")


def test_every_published_practice_has_a_page_and_no_draft_has(demo_site, tmp_path):
    from tests.conftest import REPO

    ids = {p.stem for p in (REPO / "practices").glob("*.md")}
    pages = {p.parent.name for p in (demo_site / "practices").glob("*/index.html")} - REMOVED
    assert pages == ids - DRAFTS
    assert len(pages) == PUBLISHED


def test_catalogue_lists_all_published_practices_and_each_practice_page_carries_its_filters(demo_site):
    html = _text(demo_site / "practices" / "index.html")
    assert html.count('<li class="shnor-practice"') == PUBLISHED
    assert "Всего 16 практик" in html
    # The filters are Pagefind's, on each practice page (the catalogue asks the index, it holds no data-* copy).
    page = _text(demo_site / "practices" / "nastavnichestvo-molodyh-pedagogov" / "index.html")
    filters = set(re.findall(r'data-pagefind-filter="([^"]+)"', page))
    assert {"kind:practice", "direction:teachers", "level:noo", "level:ooo", "status:recommended",
            "school:sosh-2-berezovka", "school:oosh-kamenka"} <= filters
    # The mentoring practice is replicated, so it satisfies every evidence step up to 4.
    assert {f for f in filters if f.startswith("evidence:")} == {"evidence:1", "evidence:2", "evidence:3", "evidence:4"}


def test_evidence_level_is_computed_from_the_record(demo_site):
    # since 2022-09-01, two before/after indicators, adopted by ООШ с. Каменка: the top step.
    mentoring = _text(demo_site / "practices" / "nastavnichestvo-molodyh-pedagogov" / "index.html")
    assert "Доказанность: повторена в другой школе" in mentoring
    # since 2024-09-02, no evidence: used for a year, no more.
    reading = _text(demo_site / "practices" / "smyslovoe-chtenie-na-vseh-predmetah" / "index.html")
    assert "Доказанность: применяется не менее года" in reading
    # since 2026-01-12: less than a year before the build date 2026-11-25.
    digital = _text(demo_site / "practices" / "cifrovaya-sreda-pri-slabom-osnashchenii" / "index.html")
    assert "Доказанность: описана" in digital


def test_practice_page_shows_before_after_in_russian_format(demo_site):
    html = _text(demo_site / "practices" / "nastavnichestvo-molodyh-pedagogov" / "index.html")
    assert "36,7\u202f% (2020)" in html
    assert "28,4\u202f% (2023)" in html
    assert "−8,3\u202f% — улучшение" in html  # lower is better
    assert "+3 — улучшение" in html  # 1 → 4 young teachers stayed, higher is better


def test_materials_are_published_beside_the_practice(demo_site):
    folder = demo_site / "practices" / "nastavnichestvo-molodyh-pedagogov"
    assert (folder / "polozhenie-o-nastavnichestve.pdf").stat().st_size > 0
    html = _text(folder / "index.html")
    assert 'href="polozhenie-o-nastavnichestve.pdf"' in html


def test_home_page_counts_the_bank(demo_site):
    html = _text(demo_site / "index.html")
    assert "<strong>16</strong> практик в банке" in html
    assert "<strong>8</strong> школ поделились опытом" in html
    # analiz-vpr, formiruyushchee, individualnye, metodicheskiy, nastavnichestvo, roditelskiy
    assert "<strong>6</strong> практик повторены в другой школе" in html


def test_school_page_shows_own_and_adopted_practices(demo_site):
    kamenka = _text(demo_site / "schools" / "oosh-kamenka" / "index.html")
    own = kamenka.split("Практики школы<a", 1)[1].split("<h2", 1)[0]
    assert "podgotovka-k-oge-po-matematike-v-selskoy-shkole/" in own
    assert "cifrovaya-sreda-pri-slabom-osnashchenii/" in own
    adopted = kamenka.split("Что школа внедряет из банка<a", 1)[1].split("<h2", 1)[0]
    # Каменка: nastavnichestvo and roditelskiy-klub «внедрена», analiz-vpr «внедряется».
    assert "nastavnichestvo-molodyh-pedagogov/" in adopted
    assert "roditelskiy-klub/" in adopted
    assert "analiz-vpr-koridor-reshaemosti/" in adopted
    assert "Внедрила: 2 практики · внедряет: 1</p>" in adopted


def test_open_data_holds_every_published_practice(demo_site):
    records = json.loads(_text(demo_site / "api" / "practices.json"))
    assert len(records) == PUBLISHED
    assert not DRAFTS & {r["id"] for r in records}
    raw = (demo_site / "api" / "practices.csv").read_bytes()
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == PUBLISHED
    mentoring = next(r for r in rows if r["id"] == "nastavnichestvo-molodyh-pedagogov")
    assert mentoring["levels"] == "НОО; ООО"
    assert mentoring["evidence_level"] == "повторена в другой школе"


def test_navigation_stays_short(demo_site):
    html = _text(demo_site / "practices" / "nastavnichestvo-molodyh-pedagogov" / "index.html")
    nav = html.split('<nav class="md-nav md-nav--primary', 1)[1].split("</nav>", 1)[0]
    assert "nastavnichestvo" not in nav and "roditelskiy-klub" not in nav


def test_search_index_is_pagefinds_in_russian(demo_site):
    # Material's index is only its config; Pagefind's is the index (tests/site/test_search_build.py).
    index = json.loads(_text(demo_site / "search" / "search_index.json"))
    assert index["config"]["lang"] == ["ru"]
    assert index["docs"] == []
    assert (demo_site / "pagefind" / "pagefind.js").is_file()
    assert (demo_site / "search" / "synonyms.json").is_file()
    entry = json.loads(_text(demo_site / "pagefind" / "pagefind-entry.json"))
    assert list(entry["languages"]) == ["ru"]  # one Russian index: Snowball's Russian stemmer
    fragments = read_fragments(demo_site)
    assert "/practices/nastavnichestvo-molodyh-pedagogov/" in fragments
    assert "/practices/" not in fragments, "the catalogue repeats every summary and stays out of the index"
