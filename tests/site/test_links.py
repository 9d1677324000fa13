"""Every link and resource of the built demo site resolves: MkDocs checks Markdown links, but the generated pages
write raw HTML, which it never sees (a school page once linked a per-school ВПР file that was not published)."""

from __future__ import annotations

import posixpath
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest


class _Targets(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.targets: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value and ((name == "href" and tag in ("a", "link")) or (name == "src" and tag in ("img", "script"))):
                self.targets.append(value)


def _resolves(site: Path, page: Path, target: str) -> bool:
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or target.startswith(("#", "mailto:", "tel:")):
        return True  # another host, or a place on the same page
    # 404.html links from the site's root (site_url's path is "/"), as it is served for any missing address.
    base = "" if parts.path.startswith("/") else page.parent.relative_to(site).as_posix()
    path = (posixpath.normpath(posixpath.join(base, unquote(parts.path).lstrip("/"))) if parts.path
            else page.relative_to(site))
    resolved = site / str(path)
    return resolved.is_file() or (resolved / "index.html").is_file()


def broken_links(site: Path) -> list[str]:
    broken = []
    for page in sorted(site.rglob("*.html")):
        parser = _Targets()
        parser.feed(page.read_text(encoding="utf-8"))
        broken += [f"{page.relative_to(site)}: {t}" for t in parser.targets if not _resolves(site, page, t)]
    return broken


@pytest.mark.build
def test_every_link_of_the_demo_site_resolves(demo_site):
    assert broken_links(demo_site) == []


def test_the_checker_sees_a_broken_link(tmp_path):
    (tmp_path / "schools" / "a").mkdir(parents=True)
    (tmp_path / "schools" / "a" / "index.html").write_text(
        '<a href="../../monitoring/data/vpr-a.csv">CSV</a> <a href="../b/">b</a> <a href="#x">x</a>'
        '<img src="https://example.org/i.png">', encoding="utf-8")
    (tmp_path / "schools" / "b").mkdir()
    (tmp_path / "schools" / "b" / "index.html").write_text("", encoding="utf-8")
    assert broken_links(tmp_path) == ["schools/a/index.html: ../../monitoring/data/vpr-a.csv"]


@pytest.mark.build
def test_no_page_carries_a_javascript_link(demo_site):
    pattern = re.compile(r"""(?:href|src)\s*=\s*["']?\s*javascript:""", re.IGNORECASE)
    assert [p.name for p in demo_site.rglob("*.html") if pattern.search(p.read_text(encoding="utf-8"))] == []
