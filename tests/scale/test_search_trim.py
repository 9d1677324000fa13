"""The search index trimmed of monitoring tables and written as UTF-8 (issue 7)."""

from __future__ import annotations

import json
from pathlib import Path

from shnor.site.search_index import rewrite_utf8
from shnor.site.search_trim import excluded_page, without_dashboards


def _entry(location: str, text: str = "текст") -> dict:
    return {"location": location, "title": "Заголовок", "text": text}


def test_school_dashboard_and_what_follows_it_leave_the_index():
    entries = [
        _entry("schools/a/"), _entry("schools/a/#практики-школы"), _entry("schools/a/#monitoring-dashboard"),
        _entry("schools/a/#впр-2025-математика-4-класс"), _entry("schools/b/"), _entry("practices/x/"),
    ]  # fmt: skip
    kept = [e["location"] for e in without_dashboards(entries)]
    assert kept == ["schools/a/", "schools/a/#практики-школы", "schools/b/", "practices/x/"]


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
