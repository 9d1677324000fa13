"""The schema of one entry of ``data/removed-practices.yml``: a practice taken off the site or moved to another
address. Shapes and types only; the rules that compare an entry with the practices and the build date live in
``shnor.validation.rules.removed_practices``."""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from shnor.records.plain_text import PlainLine
from shnor.records.practice import Slug, Strict


class RemovedPractice(Strict):
    id: Slug = Field(description="Прежний адрес практики: имя её файла без .md")
    date: dt.date = Field(description="Когда практику сняли с публикации или перенесли")
    replaced_by: Slug | None = Field(None, description="id практики, которая заняла её место")
    reason: PlainLine(10, 500) | None = Field(None, description="Почему практика снята с публикации: для читателей")
