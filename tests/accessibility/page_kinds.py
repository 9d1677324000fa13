"""One page of every kind the site has, for the accessibility, phone and weight checks.

A kind is a path pattern inside the built site: ``practices/*/`` is the first practice page in alphabetical order.
``test_every_section_of_the_site_has_a_page_kind`` fails when a new section appears that no kind covers, so a page
added later is checked too.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

# Folders of the built site that are not pages of their own (listings of the blog plugin are pages, but of the same
# kind as the blog index).
NOT_PAGES = {"assets", "search", "api", "archive", "category", "page", "data"}
# Pages without the theme, with checks of their own: the practice cards for other sites' iframes
# (tests/browser/test_embed_card.py).
WITHOUT_THEME = {"embed"}


@dataclass(frozen=True)
class Kind:
    name: str
    pattern: str  # "" is the home page; "x/" a page; "x/*/" the first page in x/; "x/**/" every page in x/

    def paths(self, site: Path) -> list[str]:
        """The site-relative URLs of this kind's pages that exist in ``site``."""
        if "*" not in self.pattern:
            target = site / self.pattern / "index.html" if not self.pattern.endswith(".html") else site / self.pattern
            return [self.pattern] if target.exists() else []
        folder = site / self.pattern.split("*")[0]
        found = sorted(
            f"{child.relative_to(site).as_posix()}/"
            for child in (folder.iterdir() if folder.is_dir() else [])
            if child.is_dir() and child.name not in NOT_PAGES and (child / "index.html").exists()
        )
        return found if self.pattern.endswith("**/") else found[:1]


KINDS = (
    Kind("home", ""),
    Kind("catalogue", "practices/"),
    Kind("practice", "practices/*/"),
    Kind("moved-practice", "practices/roditelskiy-klub-v-selskoy-shkole/"),  # data/removed-practices.yml
    Kind("schools", "schools/"),
    Kind("school", "schools/*/"),
    Kind("open-data", "open-data/"),
    Kind("about", "about/"),
    Kind("monitoring", "monitoring/"),
    Kind("monitoring-pages", "monitoring/**/"),  # dashboards, identification, roadmap, methods: each its own layout
    Kind("partnerships", "partnerships/"),
    Kind("partnership", "partnerships/*/"),
    Kind("events", "events/"),
    Kind("blog", "blog/"),
    Kind("post", "blog/*/"),
    Kind("documents", "documents/"),
    Kind("document", "documents/*/"),
    Kind("programmes", "programmes/"),
    Kind("programme", "programmes/*/"),
    Kind("people", "people/"),
    Kind("contribute", "contribute/"),
    Kind("adopt", "adopt/"),  # «Хочу внедрить у себя»
    Kind("not-found", "404.html"),
)
KIND_NAMES = [kind.name for kind in KINDS]


def kind_paths(name: str, site: Path) -> list[str]:
    return next(kind for kind in KINDS if kind.name == name).paths(site)


def sections(site: Path) -> set[str]:
    """Top-level folders of the built site that hold pages."""
    return {
        child.name
        for child in site.iterdir()
        if child.is_dir() and child.name not in NOT_PAGES | WITHOUT_THEME and any(child.rglob("index.html"))
    }
