"""tools/compare_sites.py: two built sites compared page for page, the build time of the feeds left out."""

from __future__ import annotations

import gzip
import importlib.util
import json
from pathlib import Path

from tests.conftest import REPO

_spec = importlib.util.spec_from_file_location("compare_sites", REPO / "tools" / "compare_sites.py")
compare_sites = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(compare_sites)

FEED = ("<channel><title>Новости</title> <pubDate>{0}</pubDate> <lastBuildDate>{0}</lastBuildDate> <item>"
        "<pubDate>Mon, 02 Nov 2026 00:00:00 -0000</pubDate></item></channel>")


def _site(root: Path, built: str, practice: str = "<h1>Наставничество</h1>", fragment: str = "Наставничество") -> Path:
    (root / "practices" / "a").mkdir(parents=True)
    (root / "practices" / "a" / "index.html").write_text(practice, encoding="utf-8")
    (root / "feed_rss_created.xml").write_text(FEED.format(built), encoding="utf-8")
    (root / "sitemap.xml.gz").write_bytes(gzip.compress(built.encode()))
    (root / "pagefind" / "fragment").mkdir(parents=True)
    body = json.dumps({"url": "/practices/a/", "content": fragment, "meta": {}, "filters": {}, "anchors": []})
    (root / "pagefind" / "fragment" / f"ru_{abs(hash(fragment))}.pf_fragment").write_bytes(
        gzip.compress(b"pagefind_dcd" + body.encode()))
    return root


def test_two_builds_of_the_same_pages_are_the_same_whatever_their_build_time(tmp_path: Path):
    before = _site(tmp_path / "before", "Thu, 03 Dec 2026 12:47:42 -0000")
    after = _site(tmp_path / "after", "Thu, 03 Dec 2026 13:01:00 -0000")
    assert compare_sites.compare(before, after) == []
    assert compare_sites.main([str(before), str(after)]) == 0


def test_a_changed_page_a_new_file_and_a_changed_search_entry_are_reported(tmp_path: Path):
    before = _site(tmp_path / "before", "x")
    after = _site(tmp_path / "after", "x", practice="<h1>Наставничество педагогов</h1>", fragment="Другое")
    (after / "new.html").write_text("<p>новая</p>", encoding="utf-8")
    differences = compare_sites.compare(before, after)
    assert "only after: new.html" in differences
    assert "differs: practices/a/index.html" in differences
    assert "    +<h1>Наставничество педагогов</h1>" in differences
    assert "search index: differs: /practices/a/" in differences
    assert compare_sites.main([str(before), str(after)]) == 1
