"""What Pagefind indexes (shnor.site.pagefind_marks): the kind of every page from its path, the article as the body,
left-out elements and sections, the practice summary's weight; and the header's worker URL swapped in Material's
config block (shnor.site.plugin.search_worker)."""

from __future__ import annotations

import pytest
from mkdocs.exceptions import PluginError

from shnor.site.pagefind_marks import KINDS, body, content, page_kind
from shnor.site.plugin import search_worker

EVENTS = {"seminar-oge-matematika-oshibki"}


@pytest.mark.parametrize(("src_uri", "kind"), [
    ("practices/nastavnichestvo-molodyh-pedagogov.md", "Практика"),
    ("schools/sosh-lesnoe.md", "Школа"),
    ("blog/posts/seminar-oge-matematika-oshibki.md", "Мероприятие"),  # its record has an event
    ("blog/posts/podpisany-dogovory-setevogo-vzaimodeystviya.md", "Новость"),  # an announcement only
    ("events/index.md", "Мероприятие"),
    ("documents/prikaz-2025-147.md", "Документ"),
    ("partnerships/licey-3-sosh-lesnoe.md", "Партнёрство"),
    ("programmes/sosh-lesnoe.md", "Программа школы"),
    ("people/index.md", "Кто поможет"),
    ("monitoring/index.md", "Мониторинг"),
    ("index.md", "Страница"),
    ("about.md", "Страница"),
    ("blog/index.md", "Страница"),
    ("practicesx.md", "Страница"),  # a folder's name is matched whole
])
def test_every_page_kind_is_decided_by_its_source_path(src_uri, kind):
    assert page_kind(src_uri, EVENTS) == kind
    assert kind in KINDS


ARTICLE = '<main><article class="md-content__inner md-typeset"><h1 id="t">Т</h1></article></main>'


def test_the_article_is_the_indexed_body_with_its_kind():
    assert body(ARTICLE, "Практика") == (
        '<main><article class="md-content__inner md-typeset" data-pagefind-body data-pagefind-meta="kind:Практика">'
        '<h1 id="t">Т</h1></article></main>')
    assert body("<main><div class='md-content__inner'>blog</div></main>", "Страница") == (
        "<main><div class='md-content__inner'>blog</div></main>")  # a listing has no article: not indexed


def test_marked_elements_are_ignored_whatever_the_sanitizer_wrote():
    html = '<dl><dt data-search-exclude>Школа</dt> <dd>СОШ</dd> <dt data-search-exclude="">Авторы</dt></dl>'
    assert content(html, "practices/x.md") == (
        '<dl><dt data-pagefind-ignore>Школа</dt> <dd>СОШ</dd> <dt data-pagefind-ignore>Авторы</dt></dl>')
    text = "<p>Атрибут data-search-exclude пишут в разметке.</p>"  # text, not markup: left as it is
    assert content(text, "practices/x.md") == text


def test_a_marked_heading_takes_its_section_up_to_the_next_heading_with_an_id():
    html = (
        '<h2 id="a">Оставить</h2>\n<p>текст</p>\n'
        '<h2 data-search-exclude id="b">Практики школы</h2>\n<ul><li>список</li></ul>\n<p>ещё</p>\n'
        '<div class="x"><h4>без id: внутри раздела</h4><p>тоже</p></div>\n<img src="x.svg" alt="схема">\n'
        '<h3 id="c">Следующий</h3>\n<p>остаётся</p>\n'
    )
    assert content(html, "schools/a.md") == (
        '<h2 id="a">Оставить</h2>\n<p>текст</p>\n'
        '<h2 data-pagefind-ignore id="b">Практики школы</h2>\n<ul data-pagefind-ignore><li>список</li></ul>\n'
        '<p data-pagefind-ignore>ещё</p>\n'
        '<div data-pagefind-ignore class="x"><h4>без id: внутри раздела</h4><p>тоже</p></div>\n'
        '<img data-pagefind-ignore src="x.svg" alt="схема">\n'
        '<h3 id="c">Следующий</h3>\n<p>остаётся</p>\n'
    )


def test_a_section_ends_with_its_parent_element():
    html = '<div><h3 data-search-exclude id="a">Раздел</h3><p>в разделе</p></div><p>после</p>'
    assert content(html, "programmes/a.md") == (
        '<div><h3 data-pagefind-ignore id="a">Раздел</h3><p data-pagefind-ignore>в разделе</p></div><p>после</p>')


def test_the_dashboard_of_a_school_page_is_left_out_and_its_programme_stays():
    html = ('<h2 id="monitoring-dashboard">Мониторинг</h2><p>таблица</p><h3 id="monitoring-1">ВПР</h3><p>2,4</p>'
            '<h2 id="программа">Программа</h2><p>цели</p>')
    assert content(html, "schools/a.md") == (
        '<h2 data-pagefind-ignore id="monitoring-dashboard">Мониторинг</h2><p data-pagefind-ignore>таблица</p>'
        '<h3 data-pagefind-ignore id="monitoring-1">ВПР</h3><p data-pagefind-ignore>2,4</p>'
        '<h2 id="программа">Программа</h2><p>цели</p>')
    assert content(html, "practices/a.md") == html  # only school pages have dashboards


def test_only_the_generated_summary_of_a_practice_weighs_as_a_heading():
    html = ('<h1 id="t">Т</h1><div class="shnor-card"><p class="shnor-card__summary">Суть</p></div>'
            '<p class="shnor-card__summary">Текст автора, похожий на сводку</p>')
    assert content(html, "practices/a.md") == (
        '<h1 id="t">Т</h1><div class="shnor-card"><p class="shnor-card__summary" data-pagefind-weight="6">Суть</p>'
        '</div><p class="shnor-card__summary">Текст автора, похожий на сводку</p>')


def test_the_worker_of_materials_config_block_is_swapped_for_ours():
    block = ('<script id="__config" type="application/json">{"base": "../..", "search": '
             '"../../assets/javascripts/workers/search.a7633da7.min.js", "tags": null}</script>')
    assert str(search_worker(block)) == block.replace(
        "assets/javascripts/workers/search.a7633da7.min.js", "assets/javascripts/search-worker.js")
    with pytest.raises(PluginError, match="Material's search worker URL was not found"):
        search_worker('<script id="__config" type="application/json">{"search": "elsewhere.js"}</script>')
