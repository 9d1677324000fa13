"""The catalogue without JavaScript (issue 15): every published practice on exactly one static page of at most 50,
newest first, the pages linked to each other, none of them in the navigation or in Pagefind's index.

A synthetic project of 120 practices (shnor demo-data, a fixed seed) makes three pages; the demo site makes one.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from shnor.kinds import load_repository
from shnor.site.pages.practices.catalogue import PAGE_SIZE
from shnor_bench.generate import Sizes, generate_project
from tests.conftest import REPO, TODAY, run_build
from tests.site.test_links import broken_links

# Under pytest-xdist (scripts/test.sh) this module's tests go to one worker: the site its fixture builds is
# built once.
pytestmark = [pytest.mark.build, pytest.mark.xdist_group("test_catalogue_pages")]

_CARD = re.compile(r'<li class="shnor-practice"><h2 class="shnor-practice__title"><a href="([^"]+)">')


@pytest.fixture(scope="module")
def region(tmp_path_factory) -> tuple[Path, Path]:
    """(the project, its built site): 120 practices from 20 schools."""
    root = tmp_path_factory.mktemp("catalogue") / "project"
    generate_project(root, REPO, Sizes(schools=20, practices=120, events=5, seed=3))
    site = root.parent / "site"
    result = run_build(root, site)
    assert result.returncode == 0, result.stderr[-4000:]
    return root, site


def _pages(site: Path) -> list[Path]:
    """The catalogue's pages in order: practices/, practices/page/2/, …"""
    pages = [site / "practices" / "index.html"]
    number = 2
    while (site / "practices" / "page" / str(number) / "index.html").is_file():
        pages.append(site / "practices" / "page" / str(number) / "index.html")
        number += 1
    return pages


def _cards(page: Path, site: Path) -> list[str]:
    """The practice ids a page lists, each from its link resolved against the page's folder."""
    folder = page.parent.relative_to(site).as_posix()
    ids = []
    for href in _CARD.findall(page.read_text(encoding="utf-8")):
        target = Path(folder, href).as_posix()
        parts = [p for p in target.split("/") if p]
        while ".." in parts:
            at = parts.index("..")
            del parts[at - 1: at + 1]
        assert parts[0] == "practices" and len(parts) == 2, (page, href)
        ids.append(parts[1])
    return ids


def test_every_published_practice_is_on_exactly_one_page_of_at_most_fifty(region):
    root, site = region
    published = [r.data.id for r in load_repository(root, TODAY).published]
    assert 100 < len(published) <= 150, "three pages expected"
    pages = _pages(site)
    assert len(pages) == 3
    listed = [_cards(page, site) for page in pages]
    assert [len(ids) for ids in listed] == [PAGE_SIZE, PAGE_SIZE, len(published) - 2 * PAGE_SIZE]
    # Together they are the bank, each practice once, in the order of Repository.published: newest first.
    assert [i for ids in listed for i in ids] == published
    assert not (site / "practices" / "page" / "4").exists()


def test_pages_link_to_each_other_and_every_link_resolves(region):
    _, site = region
    pages = _pages(site)
    first, middle, last = (page.read_text(encoding="utf-8") for page in pages)
    pager = {name: re.search(r'<nav class="shnor-pager".*?</nav>', html, re.S).group(0)
             for name, html in (("first", first), ("middle", middle), ("last", last))}
    assert 'rel="prev"' not in pager["first"]
    assert '<a href="page/2/" rel="next">Следующая страница →</a>' in pager["first"]
    assert '<a href="../../" rel="prev">← Предыдущая страница</a>' in pager["middle"]
    assert '<a href="../3/" rel="next">Следующая страница →</a>' in pager["middle"]
    assert 'rel="next"' not in pager["last"]
    assert '<a href="../2/" rel="prev">← Предыдущая страница</a>' in pager["last"]
    # Page numbers, the current one marked for screen readers and not a link.
    assert 'aria-current="page"><span class="shnor-visually-hidden">Страница </span>2</span>' in pager["middle"]
    assert '<a href="../../"><span class="shnor-visually-hidden">Страница </span>1</a>' in pager["middle"]
    assert '<a href="../3/"><span class="shnor-visually-hidden">Страница </span>3</a>' in pager["middle"]
    assert "Страница 2 из 3: практики 51–100 из" in pager["middle"]
    catalogue = [p for p in broken_links(site) if p.startswith(("practices/index.html", "practices/page/"))]
    assert catalogue == []


def test_catalogue_pages_are_not_in_the_navigation_nor_in_the_index(region):
    _, site = region
    for page in _pages(site):
        html = page.read_text(encoding="utf-8")
        nav = html.split('<nav class="md-nav md-nav--primary', 1)[1].split("</nav>", 1)[0]
        assert "page/2" not in nav and "page/3" not in nav
        # Pagefind indexes only data-pagefind-body elements: the catalogue has none, and its list is ignored.
        assert "data-pagefind-body" not in html
        assert '<ol id="practice-list" class="shnor-practices" data-pagefind-ignore="all">' in html
    practice = next(p for p in (site / "practices").glob("*/index.html") if p.parent.name != "page")
    assert "data-pagefind-body" in practice.read_text(encoding="utf-8")


def test_without_javascript_only_the_first_page_has_the_search_form_and_the_note(region):
    _, site = region
    first, second, _ = (page.read_text(encoding="utf-8") for page in _pages(site))
    assert '<form id="practice-filters" class="shnor-search" hidden' in first
    assert '<noscript><p class="shnor-nojs">Поиск по тексту и фильтры работают, когда в браузере включён' in first
    assert 'id="practice-filters"' not in second and "practice-search.js" not in second
    assert "Искать по словам и выбирать фильтры можно на" in second
    assert 'href="../../">первой странице каталога' in second


def test_the_demo_catalogue_is_one_page(demo_site):
    html = (demo_site / "practices" / "index.html").read_text(encoding="utf-8")
    assert len(_CARD.findall(html)) == 16 and "Всего 16 практик" in html
    assert 'class="shnor-pager"' not in html and not (demo_site / "practices" / "page").exists()
