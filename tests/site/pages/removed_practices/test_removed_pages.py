"""The old address of a practice taken off or moved (data/removed-practices.yml) says where it went: a page of its
own, outside the catalogue, the navigation, Pagefind's index and the sitemap, marked noindex; the file's values are
shown as text. The demo's two entries are worked out by hand from data/removed-practices.yml."""

from __future__ import annotations

import re

import pytest

from shnor.site.pagefind_index import read_fragments
from tests.conftest import VALIDATION_FIXTURES, run_build

pytestmark = pytest.mark.build

MOVED = "roditelskiy-klub-v-selskoy-shkole"  # replaced_by: roditelskiy-klub
TAKEN_OFF = "olimpiadnaya-podgotovka-v-malokomplektnoy-shkole"
NOINDEX = '<meta name="robots" content="noindex">'


def _page(site, practice_id: str) -> str:
    return (site / "practices" / practice_id / "index.html").read_text(encoding="utf-8")


def _article(html: str) -> str:
    return html[html.index('<article class="md-content__inner md-typeset"'):html.index("</article>")]


def test_a_moved_practice_links_to_its_new_page(demo_site):
    html = _page(demo_site, MOVED)
    assert "<title>Практика перенесена - Банк практик ШНОР и НСУ</title>" in html
    article = _article(html)
    assert ">Практика перенесена<" in article
    assert ('<p>Практика, которая была по этому адресу, теперь на другой странице: <a href="../roditelskiy-klub/" '
            'rel="noopener noreferrer">Родительский клуб вместо «разбора двоек» — ежемесячные встречи по темам, '
            "которые выбирают сами родители</a>.</p>") in article
    assert "<p>Перенесена 1 октября 2026. Если вы сохранили ссылку на эту страницу, замените её новой.</p>" in article
    assert (demo_site / "practices" / "roditelskiy-klub" / "index.html").is_file()
    assert 'http-equiv="refresh"' not in html  # a clear page, not a redirect (removed_pages)


def test_a_practice_taken_off_gives_its_reason_date_and_the_catalogue(demo_site):
    article = _article(_page(demo_site, TAKEN_OFF))
    assert ">Практика снята с публикации<" in article
    assert ("<p>Школа завершила практику и попросила снять её с публикации, пока готовит новое описание с "
            "результатами.</p>\n<p>Снята с публикации 15 сентября 2026.</p>\n"
            '<p><a href="../" rel="noopener noreferrer">Все практики — в банке практик</a></p>') in article


@pytest.mark.parametrize("practice_id", [MOVED, TAKEN_OFF])
def test_old_addresses_are_not_indexed_listed_or_in_the_sitemap(demo_site, practice_id):
    html = _page(demo_site, practice_id)
    assert html.count(NOINDEX) == 1
    assert "data-pagefind-body" not in html
    assert f"/practices/{practice_id}/" not in read_fragments(demo_site)
    assert "/practices/roditelskiy-klub/" in read_fragments(demo_site)  # the practice itself is
    assert practice_id not in (demo_site / "practices" / "index.html").read_text(encoding="utf-8")
    home = (demo_site / "index.html").read_text(encoding="utf-8")
    assert '<nav class="md-nav md-nav--primary' in home and practice_id not in home  # not in the navigation
    assert f"/practices/{practice_id}/" not in (demo_site / "sitemap.xml").read_text(encoding="utf-8")
    assert "/practices/roditelskiy-klub/</loc>" in (demo_site / "sitemap.xml").read_text(encoding="utf-8")


def test_practice_pages_are_indexed_by_search_engines(demo_site):
    assert NOINDEX not in _page(demo_site, "roditelskiy-klub")


HOSTILE = ("<script>alert(1)</script> {{ 7*7 }} [ссылка](javascript:alert(1)) "
           '<a href="javascript:alert(2)">тут</a> *жирный* & конец')


def test_hostile_values_stay_text(site_project, tmp_path):
    root = site_project(VALIDATION_FIXTURES / "good" / "rabota-s-roditelyami.md")
    (root / "data" / "removed-practices.yml").write_text(
        f"- id: snyataya\n  date: 2026-11-01\n  reason: '{HOSTILE}'\n"
        f"- id: perenesena\n  date: 2026-11-01\n  replaced_by: rabota-s-roditelyami\n  reason: '{HOSTILE}'\n",
        encoding="utf-8")
    out = tmp_path / "site"
    result = run_build(root, out)
    assert result.returncode == 0, result.stderr[-3000:]
    for practice_id in ("snyataya", "perenesena"):
        article = _article(_page(out, practice_id))
        assert "&lt;script&gt;alert(1)&lt;/script&gt; {{ 7*7 }} [ссылка](javascript:alert(1)) " in article
        assert '&lt;a href="javascript:alert(2)"&gt;тут&lt;/a&gt; *жирный* &amp; конец' in article
        assert "<script" not in article and "49" not in article and "<em>" not in article
        assert not re.search(r"""<a\s[^>]*href=["']?javascript""", article)
