"""The search index trimmed of monitoring tables (issue 7): whole monitoring pages and the dashboards of school pages
stay out of Pagefind's index, the school's programme after the dashboard stays in; Material's index is only its
config (issue 15)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from shnor.site.pagefind_index import read_fragments
from shnor.site.search_index import config_only
from shnor.site.search_trim import excluded_page


@pytest.mark.build
def test_every_dashboard_heading_is_marked_and_the_programme_is_not(demo_site):
    html = (demo_site / "schools" / "sosh-2-berezovka" / "index.html").read_text(encoding="utf-8")
    dashboard = html.split('id="monitoring-dashboard"')[1].split('<h2 id="программа-перехода')[0]
    ids = re.findall(r'<h[2-6] data-pagefind-ignore id="([^"]+)"', dashboard)
    assert len(ids) >= 4 and all(i.startswith("monitoring-") for i in ids)
    assert re.search(r'<h2 id="программа-перехода[^"]*"', html)  # stays in the index


@pytest.mark.build
def test_the_dashboard_is_not_in_the_index_and_the_programme_is(demo_site):
    school = read_fragments(demo_site)["/schools/sosh-2-berezovka/"]
    anchors = {anchor["id"] for anchor in school["anchors"]}
    assert not {a for a in anchors if a.startswith("monitoring-")}
    assert "программа-перехода-в-эффективный-режим-работы" in anchors
    assert not any(url.startswith("/monitoring/") for url in read_fragments(demo_site))


def test_monitoring_pages_are_excluded_and_others_are_not():
    assert excluded_page("monitoring/index.md")
    assert not excluded_page("practices/index.md")
    assert not excluded_page("schools/sosh-1/index.md")


def test_materials_index_keeps_only_its_config_as_utf8(tmp_path: Path):
    index = tmp_path / "search" / "search_index.json"
    index.parent.mkdir()
    config = {"lang": ["ru"], "separator": "[\\s\\-]+"}
    data = {"config": config, "docs": [{"location": "practices/x/", "title": "Наставничество", "text": "Текст"}]}
    index.write_text(json.dumps(data), encoding="ascii")  # as Material writes it: \\u escapes
    size = config_only(tmp_path)
    raw = index.read_bytes()
    assert size == len(raw) and json.loads(raw) == {"config": config, "docs": []}
    assert config_only(tmp_path / "nothing") is None
