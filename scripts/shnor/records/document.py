"""The front-matter schema of a programme document (приказ, положение, методические рекомендации…): what it is,
who issued it and when, what it concerns, how long it is in force and which document replaced it. The file lies
beside the record in ``documents/`` or is given as a link. Cross-record rules live in
``shnor.validation.rules.documents``."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import Field, StringConstraints

from shnor.records.choices import Choice
from shnor.records.plain_text import PlainLine, WebLink
from shnor.records.practice import Line, Slug, Strict, Text


class Document(Strict):
    id: Slug
    title: PlainLine(5, 300)
    kind: Choice("document_kinds")
    number: PlainLine(1, 40) | None = Field(
        None, description="Номер документа, как на бланке: 165, 01-02/47"
    )
    date: dt.date = Field(description="Дата документа (подписания, утверждения)")
    issuer: Line = Field(description="Кто издал: управление образования, ИМЦ, школа…")
    level: Choice("issuer_levels")
    directions: list[Choice("directions")] = Field(min_length=1, max_length=4)
    risk_factors: list[Choice("risk_factors")] = Field(default_factory=list, max_length=10)
    valid_from: dt.date | None = Field(None, description="Действует с")
    valid_to: dt.date | None = Field(None, description="Действует по")
    superseded_by: Slug | None = Field(None, description="id документа, который заменил этот")
    summary: Text | None = Field(None, description="О чём документ, в двух-трёх предложениях")
    file: Annotated[str, StringConstraints(max_length=200)] | None = Field(
        None, description="Файл PDF или DOCX в папке documents/"
    )
    url: WebLink | None = Field(None, description="Ссылка на документ")
