"""The front-matter schema of an announcement (``events/<id>.md``): a post of the «Новости и анонсы» feed that,
when it announces an event, carries the event's structured fields. Rules comparing fields (end after start,
registration before the start, a place for an in-person event) live in ``shnor.validation.rules.events``."""

from __future__ import annotations

import datetime as dt
import difflib
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, ValidationInfo
from pydantic_core import PydanticCustomError

from shnor.records.choices import Choice, SchoolId
from shnor.records.plain_text import PlainLine, PlainText, WebLink
from shnor.records.practice import Line, Slug, Strict
from shnor.records.when import LocalDateTime, TimeZoneName


def _known_author(value: Any, info: ValidationInfo) -> str:
    authors = (info.context or {}).get("blog_authors")
    if not isinstance(value, str):
        raise PydanticCustomError("author_type", "укажите код автора из docs/blog/.authors.yml")
    if authors is not None and value not in authors:
        close = difflib.get_close_matches(value, sorted(authors), n=1)
        hint = f" Возможно, имелось в виду «{close[0]}»." if close else ""
        raise PydanticCustomError(
            "unknown_author",
            "автор «{value}» не найден в docs/blog/.authors.yml; допустимые: {allowed}.{hint}",
            {"value": value, "allowed": ", ".join(sorted(authors)), "hint": hint},
        )
    return value


AuthorId = Annotated[str, BeforeValidator(_known_author)]


class Place(Strict):
    school: SchoolId | None = Field(None, description="Школа из реестра, где проходит мероприятие")
    address: Line | None = Field(None, description="Адрес или помещение, если это не школа или нужно уточнить")


class Registration(Strict):
    url: WebLink
    deadline: dt.date | None = None


class Material(Strict):
    title: Line
    url: WebLink


class Event(Strict):
    type: Choice("event_types")
    start: LocalDateTime
    end: LocalDateTime
    timezone: TimeZoneName | None = Field(None, description="Часовой пояс, если он не совпадает с поясом сайта")
    format: Choice("event_formats")
    place: Place | None = None
    online: WebLink | None = Field(None, description="Ссылка на трансляцию или вебинарную комнату")
    organiser: Line
    audience: Line
    registration: Registration | None = None
    partnership: Slug | None = Field(None, description="id партнёрства, в рамках которого проводится мероприятие")
    materials: list[Material] = Field(default_factory=list, max_length=20)


class Announcement(Strict):
    id: Slug
    title: PlainLine(5, 200)
    summary: PlainText(20, 500)
    date: dt.date = Field(description="Дата публикации")
    updated: dt.date | None = None
    authors: list[AuthorId] = Field(min_length=1, max_length=5)
    categories: list[Choice("post_categories")] = Field(min_length=1, max_length=4)
    event: Event | None = None
