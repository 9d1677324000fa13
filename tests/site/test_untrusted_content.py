"""Contributed Markdown is untrusted: template syntax stays text, invalid records stop the whole build."""

from __future__ import annotations

import pytest

from tests.conftest import VALIDATION_FIXTURES, new_project, run_build

# Under pytest-xdist (scripts/test.sh) this module's tests go to one worker: the site its fixture builds is
# built once.
pytestmark = [pytest.mark.build, pytest.mark.xdist_group("test_untrusted_content")]

GOOD = VALIDATION_FIXTURES / "good" / "rabota-s-roditelyami.md"


@pytest.fixture(scope="module")
def page_html(tmp_path_factory) -> str:
    root = new_project(tmp_path_factory.mktemp("untrusted"), GOOD, site=True)
    out = root / "out"
    result = run_build(root, out)
    assert result.returncode == 0, result.stderr[-3000:]
    return (out / "practices" / "rabota-s-roditelyami" / "index.html").read_text(encoding="utf-8")


def test_template_syntax_in_a_practice_is_shown_not_run(page_html):
    # The fixture's body says: Шаблон в тексте: {{ config.site_name }} и {% include "x" %} остаются текстом.
    assert 'Шаблон в тексте: {{ config.site_name }} и {% include "x" %} остаются текстом.' in page_html


def test_practice_content_carries_no_script(page_html):
    content = page_html.split('<article class="md-content__inner', 1)[1].split("</article>", 1)[0]
    assert "<script" not in content
    assert "javascript:" not in content.lower()


def test_edit_links_point_at_the_record_not_at_docs(page_html):
    edit = "https://github.com/shnor-bank/shnor/edit/main/practices/rabota-s-roditelyami.md"
    assert f'<a href="{edit}" title="Редактировать страницу"' in page_html  # the theme's button
    assert f'<a href="{edit}" class="md-button" rel="noopener noreferrer">Предложить правку</a>' in page_html


@pytest.mark.parametrize(("stem", "line"), [("script-tag", 52), ("javascript-link", 52), ("unknown-school", 5)])
def test_an_invalid_record_stops_the_build_naming_file_and_line(site_project, tmp_path, stem, line):
    root = site_project(GOOD, VALIDATION_FIXTURES / "bad" / f"{stem}.md")
    out = tmp_path / "out"
    result = run_build(root, out)
    assert result.returncode != 0
    assert f"practices/{stem}.md:{line}:" in result.stderr
    assert "сайт не собран" in result.stderr
    assert not (out / "practices").exists(), "nothing is half-published"
