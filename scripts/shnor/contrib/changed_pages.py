"""The site's pages a pull request adds or changes, with the record each is made from: `shnor pr-summary` writes
them (``--pages-file``), the link check and the screenshots read them. A JSON list, so a file name a contributor
chose cannot break a line-based format."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from shnor.contrib.pr_practices import PracticeEntry


@dataclass(frozen=True)
class ChangedPage:
    url: str  # the page's path on the site: practices/x/
    source: str  # the record file the change is in: practices/x.md


def changed_pages(entries: tuple[PracticeEntry, ...] | list[PracticeEntry]) -> list[ChangedPage]:
    """Each published practice the pull request adds or changes: its page and its school's, once each."""
    pages: dict[str, ChangedPage] = {}
    for entry in entries:
        for url in entry.pages:
            pages.setdefault(url, ChangedPage(url, entry.rel))
    return list(pages.values())


def write_pages(path: Path, pages: list[ChangedPage]) -> None:
    path.write_text(json.dumps([asdict(p) for p in pages], ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def read_pages(path: Path) -> list[ChangedPage]:
    return [ChangedPage(str(item["url"]), str(item["source"])) for item in json.loads(path.read_text("utf-8"))]
