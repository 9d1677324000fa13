"""The front-matter schema of a practice. Shapes, types and allowed values only; rules that compare fields
or records with each other live in ``shnor.validation.rules.practices``."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from shnor.records.choices import Choice, SchoolId
from shnor.records.patterns import Patterned
from shnor.records.plain_text import PlainLine, PlainText, WebLink
from shnor.records.when import DayOrMonth

SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"  # a record's id: the name of its file and its page's address
Slug = Annotated[str, StringConstraints(pattern=SLUG_PATTERN, max_length=80)]
Line = PlainLine(2, 300)
Text = PlainText(2, 2000)
Year = Annotated[int, Field(ge=2000, le=2100)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Author(Strict):
    name: Line
    position: Line
    consent: Literal[True] = Field(
        description="Автор согласен на публикацию своего имени и должности на сайте (должно быть true)."
    )


class Effort(Strict):
    duration: Line | None = Field(None, description="Сколько времени занимает внедрение")
    staff_time: Line | None = Field(None, description="Затраты времени педагогов")
    resources: list[Line] = Field(default_factory=list, max_length=20, description="Что нужно: люди, оборудование")
    cost: Line | None = Field(None, description="Затраты денег")


class Measure(Strict):
    value: float
    year: Year


class Evidence(Strict):
    indicator: Line
    unit: Choice("evidence_units")
    before: Measure
    after: Measure
    better: Literal["higher", "lower"] = Field(description="higher — лучше больше, lower — лучше меньше")
    source: Line


class Material(Strict):
    title: Line
    file: Annotated[str, StringConstraints(max_length=200)] | None = Field(
        None, description="Путь к файлу относительно папки practices/"
    )
    url: WebLink | None = None
    alt: Line | None = Field(None, description="Описание изображения для незрячих читателей")


# A work address that becomes a mailto: link: letters, digits and ._%+- only, so it cannot carry a query or markup.
EMAIL_PATTERN = r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$"  # the request form checks it too
Email = Patterned(EMAIL_PATTERN,
                  "ожидается рабочий адрес электронной почты, например ivanova@school.ru",
                  strip_whitespace=True, max_length=120)


class Contact(Strict):
    """Whom colleagues may write to with questions: a work address, published only with its owner's consent."""

    name: Line
    position: Line | None = None
    email: Email
    consent: Literal[True] = Field(
        description="Согласие на публикацию имени, должности и адреса почты на сайте (должно быть true)."
    )


class Adoption(Strict):
    """Another school taking the practice over: from the request («Хочу внедрить») to its result."""

    school: SchoolId
    status: Choice("adoption_statuses")
    started: DayOrMonth = Field(description="Когда начали (для «планируется» — когда планируют начать): "
                                            "день 2025-09-01 или месяц 2025-09")
    finished: DayOrMonth | None = Field(None, description="Когда закончили (для «внедрена» и «прекращена»)")
    changes: Text = Field(description="Что изменили (изменят) при переносе в свою школу")
    result: Text | None = Field(None, description="Что получилось (обязательно для «внедрена»)")
    reason: Text | None = Field(None, description="Почему прекратили (обязательно для «прекращена»)")
    evidence: list[Evidence] = Field(default_factory=list, max_length=20,
                                     description="Данные «до/после» в школе, которая внедрила практику")
    contact: Contact | None = Field(None, description="Кому можно написать с вопросами о внедрении")
    partnership: Slug | None = Field(None, description="Партнёрство, в рамках которого внедряют (id из partnerships/)")
    activity: Line | None = Field(None, description="Мероприятие плана этого партнёрства (его название)")


class Review(Strict):
    status: Choice("review_statuses")
    reviewer: Line | None = None
    date: dt.date | None = None


class Practice(Strict):
    id: Slug
    title: PlainLine(5, 200)
    summary: PlainText(20, 800)
    school: SchoolId
    authors: list[Author] = Field(min_length=1, max_length=20)
    submitted: dt.date
    updated: dt.date
    since: dt.date | None = Field(None, description="С какой даты практика применяется")
    type: Choice("practice_types")
    direction: Choice("directions")
    levels: list[Choice("levels")] = Field(min_length=1, max_length=3)
    grades: list[Annotated[int, Field(ge=1, le=11)]] = Field(default_factory=list, max_length=11)
    subjects: list[Choice("subjects")] = Field(default_factory=list, max_length=30)
    risk_factors: list[Choice("risk_factors")] = Field(min_length=1, max_length=10)
    effort: Effort | None = None
    evidence: list[Evidence] = Field(default_factory=list, max_length=20)
    materials: list[Material] = Field(default_factory=list, max_length=30)
    adoptions: list[Adoption] = Field(default_factory=list, max_length=100)
    review: Review
    keywords: list[PlainLine(2, 60)] = Field(
        default_factory=list, max_length=15
    )
    license: Choice("licenses")
    contact: Contact | None = Field(None, description="Кому писать с вопросами о практике («Написать автору»)")
