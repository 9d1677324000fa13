"""Generated blocks skip Python-Markdown during a build and come back whole after it."""

from __future__ import annotations

import markdown
import pytest

from shnor.site import raw_html
from shnor.site.html import table
from shnor.site.sanitize import sanitize


def test_outside_a_build_the_html_is_returned_as_is():
    html = table(["Школа"], [["СОШ № 2"]] * 40, caption="Школы")
    assert "<td>СОШ № 2</td>" in html and "data-shnor-html" not in html


def test_a_block_is_a_placeholder_in_markdown_and_whole_in_the_page():
    with raw_html.active(raw_html.HtmlStore()):
        inner = table(["Школа"], [["СОШ № 2"]] * 40, caption="Школы")
        outer = raw_html.keep(f'<div class="shnor-chart">{"<svg></svg>" * 40}{inner}</div>')
        assert outer.startswith('<div data-shnor-html="') and len(outer) < 60
        page = markdown.markdown(f"## ВПР\n\n{outer}\n\nТекст после таблицы.", extensions=["md_in_html"])
        expanded = raw_html.expand(page)
        assert expanded.count("<td>СОШ № 2</td>") == 40 and "data-shnor-html" not in expanded
        assert expanded.index("<h2>ВПР</h2>") < expanded.index("<table>") < expanded.index("Текст после таблицы")


def test_a_placeholder_typed_by_a_contributor_brings_only_sanitized_html():
    with raw_html.active(raw_html.HtmlStore()):
        placeholder = raw_html.keep('<div onclick="alert(1)">' + "<p>x</p>" * 100 + "</div>")
        page = sanitize(raw_html.expand(f"<p>Практика</p>{placeholder}"))  # as the plugin does on untrusted pages
        assert "onclick" not in page and page.count("<p>x</p>") == 100


def test_a_block_kept_twice_expands_twice_then_is_forgotten():
    with raw_html.active(raw_html.HtmlStore()):
        html = "<table>" + "<tr><td>1</td></tr>" * 50 + "</table>"
        first, second = raw_html.keep(html), raw_html.keep(html)
        assert first == second
        assert raw_html.expand(first, consume=False) == html  # the benchmark's copy reads without consuming
        assert raw_html.expand(first) == html and raw_html.expand(second) == html
        assert raw_html.expand(first) == first  # both pages hold it now; the store has let it go


@pytest.mark.build
def test_no_placeholder_is_left_in_the_built_demo_site(demo_site):
    left = [p.relative_to(demo_site).as_posix() for p in demo_site.rglob("*.html")
            if "data-shnor-html" in p.read_text(encoding="utf-8")]
    assert left == []
