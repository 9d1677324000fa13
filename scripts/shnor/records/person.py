"""The front-matter schema of a person in «Кто поможет»: a consultant, curator, tutor or mentor of the programme.

Only work contacts, and only with the person's consent: ``consent: true`` is required, anything else is refused
with the message «нужно подтвердить согласие на публикацию имени»."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from shnor.records.choices import Choice, SchoolId
from shnor.records.patterns import Patterned
from shnor.records.practice import Email, Line, Slug, Strict, Text

Phone = Patterned(r"^\+?[0-9 ()\-]{6,25}$",
                  "ожидается номер телефона: цифры, пробелы, скобки и дефисы, например +7 (343) 123-45-67",
                  strip_whitespace=True)


class Contacts(Strict):
    email: Email | None = Field(None, description="Рабочая почта")
    phone: Phone | None = Field(None, description="Рабочий телефон")
    hours: Line | None = Field(None, description="Когда можно обратиться")


class Person(Strict):
    id: Slug
    name: Line = Field(description="Фамилия, имя, отчество")
    role: Choice("support_roles")
    position: Line = Field(description="Должность")
    organisation: Line
    about: Text | None = Field(None, description="С чем помогает, в двух-трёх предложениях")
    directions: list[Choice("directions")] = Field(default_factory=list, max_length=4)
    subjects: list[Choice("subjects")] = Field(default_factory=list, max_length=30)
    risk_factors: list[Choice("risk_factors")] = Field(default_factory=list, max_length=10)
    schools: list[SchoolId] = Field(default_factory=list, max_length=50, description="Какие школы сопровождает")
    contacts: Contacts
    consent: Literal[True] = Field(
        description="Человек согласен на публикацию имени, должности и рабочих контактов (должно быть true)"
    )
    demo: bool = Field(False, description="Вымышленный человек демонстрационных данных")
