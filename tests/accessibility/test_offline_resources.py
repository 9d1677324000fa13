"""Slow and filtered connections: no built page loads anything from another host.

Links a reader may follow (the GitHub edit link, sources cited in a practice) are fine; what counts is what the
browser fetches by itself to show the page: scripts, style sheets, fonts, icons, images, frames and media.
The browser tests check the same at run time (tests/browser/test_accessibility.py records every request).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.accessibility.page_kinds import KINDS, sections

pytestmark = pytest.mark.build

# rel values of <link> that make the browser fetch the target.
FETCHING_RELS = {"stylesheet", "preload", "modulepreload", "prefetch", "preconnect", "dns-prefetch", "icon",
                 "apple-touch-icon", "manifest", "mask-icon"}
SOURCE_ATTRIBUTES = {
    "script": ("src",),
    "img": ("src", "srcset"),
    "source": ("src", "srcset"),
    "iframe": ("src",),
    "frame": ("src",),
    "embed": ("src",),
    "object": ("data",),
    "video": ("src", "poster"),
    "audio": ("src",),
    "track": ("src",),
    "image": ("href", "xlink:href"),  # SVG
    "use": ("href", "xlink:href"),
    "input": ("src",),
}
CSS_URL = re.compile(r"""(?:url\(\s*['"]?|@import\s+['"])([^'")\s]+)""")


def is_foreign(url: str) -> bool:
    url = url.strip()
    return bool(re.match(r"^(?:[a-z][a-z0-9+.-]*:)?//", url, re.IGNORECASE)) and not url.startswith("data:")


class ResourceCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.resources: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "link" and FETCHING_RELS & set(values.get("rel", "").lower().split()):
            self.resources.append(values.get("href", ""))
        for name in SOURCE_ATTRIBUTES.get(tag, ()):
            if name in values:
                # srcset: "a.png 1x, b.png 2x"
                self.resources += [part.split()[0] for part in values[name].split(",") if part.strip()]
        if "style" in values:
            self.resources += CSS_URL.findall(values["style"])
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        if tag == "style":
            self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.resources += CSS_URL.findall(data)


def foreign_resources(html: str) -> list[str]:
    collector = ResourceCollector()
    collector.feed(html)
    return [url for url in collector.resources if is_foreign(url)]


def test_the_collector_finds_what_a_browser_would_fetch():
    html = (
        '<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto">'
        '<link rel="preconnect" href="//fonts.gstatic.com">'
        '<script src="https://unpkg.com/mermaid.js"></script><img srcset="a.png 1x, https://cdn.example/b.png 2x">'
        '<div style="background: url(\'https://cdn.example/bg.png\')"></div>'
        "<style>@import 'https://cdn.example/x.css';</style>"
        '<a href="https://github.com/shnor-bank/shnor">edit</a><img src="../assets/logo.png">'
        '<link rel="canonical" href="https://shnor.example/">'
    )
    assert foreign_resources(html) == [
        "https://fonts.googleapis.com/css?family=Roboto",
        "//fonts.gstatic.com",
        "https://unpkg.com/mermaid.js",
        "https://cdn.example/b.png",
        "https://cdn.example/bg.png",
        "https://cdn.example/x.css",
    ]


def test_no_built_page_loads_a_resource_from_another_host(demo_site: Path):
    offenders = {}
    pages = sorted(demo_site.rglob("*.html"))
    assert len(pages) > 20
    for path in pages:
        found = foreign_resources(path.read_text(encoding="utf-8"))
        if found:
            offenders[path.relative_to(demo_site).as_posix()] = found
    assert offenders == {}


def test_no_style_sheet_imports_from_another_host(demo_site: Path):
    offenders = {}
    for path in sorted(demo_site.rglob("*.css")):
        found = [url for url in CSS_URL.findall(path.read_text(encoding="utf-8")) if is_foreign(url)]
        if found:
            offenders[path.relative_to(demo_site).as_posix()] = found
    assert offenders == {}


def test_the_theme_asks_no_foreign_api_for_repository_facts(demo_site: Path):
    # data-md-component="source" makes Material's script call api.github.com on every page (overrides/ drops it).
    html = (demo_site / "index.html").read_text(encoding="utf-8")
    assert 'class="md-source"' in html
    assert 'data-md-component="source"' not in html


def test_every_section_of_the_site_has_a_page_kind(demo_site: Path):
    covered = {kind.pattern.split("/")[0] for kind in KINDS}
    assert sections(demo_site) - covered == set(), "add the new section to tests/accessibility/page_kinds.py"
