"""Announcements and events, ``events/<id>.md``: loaded into ``repo.sections["events"]``.

Each record becomes a post of the blog (the «Новости и анонсы» feed) at build time; one with an ``event`` block
is also on the events page and in the calendar. Authors are those of the blog, ``docs/blog/.authors.yml``.
Registered in ``shnor.records.sections.LOADERS`` after partnerships, which announcements may refer to.
"""

from __future__ import annotations

import yaml

from shnor.problems import Problem
from shnor.records.event import Announcement
from shnor.records.record_files import LoadedRecord, load_section
from shnor.records.repository import Repository

FOLDER = "events"
AUTHORS_FILE = "docs/blog/.authors.yml"

EventRecord = LoadedRecord[Announcement]


def blog_authors(repo: Repository) -> dict[str, dict]:
    path = repo.paths.root / AUTHORS_FILE
    if not path.is_file():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return dict(data.get("authors") or {})


def load(repo: Repository) -> list[Problem]:
    from shnor.validation.event_checks import RULES

    return load_section(
        repo,
        FOLDER,
        Announcement,
        "анонс",
        RULES,
        order=lambda r: (r.data.date, r.data.id),
        reverse=True,
        blog_authors=set(blog_authors(repo)),
    )


def announcements(repo: Repository) -> list[EventRecord]:
    """Every announcement, newest first."""
    return repo.sections.get("events", [])


def events(repo: Repository) -> list[EventRecord]:
    """Announcements that describe an event, by start."""
    found = [r for r in announcements(repo) if r.data.event is not None]
    return sorted(found, key=lambda r: (r.data.event.start, r.data.id))
