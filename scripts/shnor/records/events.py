"""Announcements and events, ``events/<id>.md``: loaded into ``repo.events``.

Each record becomes a post of the blog (the «Новости и анонсы» feed) at build time; one with an ``event`` block
is also on the events page and in the calendar. Authors are those of the blog, ``docs/blog/.authors.yml``.
Declared in ``shnor.kinds`` after partnerships, which announcements may refer to.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import ValidationError

from shnor.problems import Problem
from shnor.records.data_files import DataFileError, load_data_yaml
from shnor.records.event import Announcement
from shnor.records.messages import describe_error
from shnor.records.patterns import Patterned
from shnor.records.plain_text import Label, WebLink
from shnor.records.practice import Slug, Strict
from shnor.records.record import Record
from shnor.records.record_files import load_section

if TYPE_CHECKING:
    from shnor.records.repository import Repository

FOLDER = "events"
AUTHORS_FILE = "docs/blog/.authors.yml"

EventRecord = Record[Announcement]


class BlogAuthor(Strict):
    """An author card of the blog plugin: its templates print these values as they are."""

    name: Label
    description: Label | None = None
    avatar: Patterned(r"^(https://[^\s<>\"'`]+|[\w./-]+\.(svg|png|jpe?g|webp))$",
                      "ожидается путь к картинке в docs/ (.svg, .png, .jpg, .webp) или ссылка https://…",
                      max_length=300) | None = None
    url: WebLink | None = None
    slug: Slug | None = None


def blog_authors(repo: Repository) -> dict[str, dict]:
    return read_blog_authors(repo)[0] or {}


def read_blog_authors(repo: Repository) -> tuple[dict[str, dict] | None, list[Problem]]:
    """The blog's authors by code, and the file's problems; None when the file is refused (the announcements'
    authors are then not checked against it: its problem is the one to fix)."""
    path = repo.paths.root / AUTHORS_FILE
    if not path.is_file():
        return {}, []
    try:
        doc = load_data_yaml(path, AUTHORS_FILE)
    except DataFileError as error:
        return None, [error.problem]
    data = doc.data if doc.data is not None else {}
    authors = data.get("authors") if isinstance(data, dict) else None
    if not isinstance(data, dict) or not isinstance(authors, dict | None):
        message = "ожидается раздел authors: коды авторов с полями name, description, avatar"
        return None, [Problem(AUTHORS_FILE, doc.line_of(("authors",)), "authors", message)]
    problems = []
    for code, author in (authors or {}).items():
        try:
            BlogAuthor.model_validate(author)
        except ValidationError as error:
            for item in error.errors(include_url=False):
                loc = ("authors", code, *item["loc"])
                problems.append(Problem(AUTHORS_FILE, doc.line_of(loc), ".".join(map(str, loc)),
                                        describe_error(item, BlogAuthor)))
    return (None, problems) if problems else (dict(authors or {}), [])


def load(repo: Repository) -> list[Problem]:
    authors, problems = read_blog_authors(repo)
    repo.events, own = load_section(
        repo,
        FOLDER,
        Announcement,
        "анонс",
        order=lambda r: (r.data.date, r.data.id),
        reverse=True,
        blog_authors=None if authors is None else set(authors),
    )
    return problems + own


def announcements(repo: Repository) -> list[EventRecord]:
    """Every announcement, newest first."""
    return repo.events


def events(repo: Repository) -> list[EventRecord]:
    """Announcements that describe an event, by start."""
    found = [r for r in announcements(repo) if r.data.event is not None]
    return sorted(found, key=lambda r: (r.data.event.start, r.data.id))
