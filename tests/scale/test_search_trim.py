"""The search index trimmed of monitoring tables and written as UTF-8 (issue 7)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from shnor.site.search_index import rewrite_utf8
from shnor.site.search_trim import excluded_page, without_dashboards


def _entry(location: str, text: str = "текст") -> dict:
    return {"location": location, "title": "Заголовок", "text": text}


def test_school_dashboard_leaves_the_index_and_the_programme_after_it_stays():
    entries = [
        _entry("schools/a/"), _entry("schools/a/#практики-школы"), _entry("schools/a/#monitoring-dashboard"),
        _entry("schools/a/#monitoring-3"), _entry("schools/a/#программа-перехода-в-эффективный-режим-работы"),
        _entry("schools/b/"), _entry("practices/x/#monitoring-plan"),
    ]  # fmt: skip
    kept = [e["location"] for e in without_dashboards(entries)]
    assert kept == ["schools/a/", "schools/a/#практики-школы",
                    "schools/a/#программа-перехода-в-эффективный-режим-работы", "schools/b/",
                    "practices/x/#monitoring-plan"]


def test_every_dashboard_heading_is_marked_and_the_programme_is_not(demo_site):
    html = (demo_site / "schools" / "sosh-2-berezovka" / "index.html").read_text(encoding="utf-8")
    dashboard = html.split('id="monitoring-dashboard"')[1].split('<h2 id="программа-перехода')[0]
    ids = re.findall(r'<h[2-6] id="([^"]+)"', dashboard)
    assert len(ids) >= 4 and all(i.startswith("monitoring-") for i in ids)
    assert re.search(r'<h2 id="программа-перехода[^"]*"', html)  # stays in the index


def test_monitoring_pages_are_excluded_and_others_are_not():
    assert excluded_page("monitoring/index.md")
    assert not excluded_page("practices/index.md")
    assert not excluded_page("schools/sosh-1/index.md")


def test_index_is_rewritten_as_utf8_without_losing_entries(tmp_path: Path):
    index = tmp_path / "search" / "search_index.json"
    index.parent.mkdir()
    data = {"config": {"lang": ["ru"]}, "docs": [_entry("practices/x/", "Наставничество молодых педагогов")]}
    index.write_text(json.dumps(data), encoding="ascii")  # as Material writes it: \\u escapes
    before, after = rewrite_utf8(tmp_path)
    assert after < before / 2
    raw = index.read_bytes()
    assert b"\\u04" not in raw and "Наставничество".encode() in raw
    assert json.loads(raw) == data
