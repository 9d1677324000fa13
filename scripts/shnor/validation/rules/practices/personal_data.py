"""Published pages must hold no personal data of pupils. The schema has no field for it; the text is checked
for what usually slips in. These are warnings: a reviewer decides, since a date alone is not personal data."""

import re

from shnor.problems import Problem
from shnor.records.repository import PracticeRecord
from shnor.validation.markdown_scan import prose_lines
from shnor.validation.rules.base import Rule

_PATTERNS = (
    (re.compile(r"\b\d{3}-\d{3}-\d{3}[ -]\d{2}\b"), "похоже на номер СНИЛС"),
    (re.compile(r"\b\d{2}\s?\d{2}\s№?\s?\d{6}\b"), "похоже на серию и номер паспорта"),
    (re.compile(r"(дата рождения|д\.\s?р\.|г\.\s?р\.|года рождения)", re.IGNORECASE), "похоже на дату рождения"),
    (
        re.compile(r"\b[А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+,? \d{1,2}\s?[«\"]?[А-Я]?[»\"]?\s?класс", re.IGNORECASE),
        "похоже на имя ученика с классом",
    ),
)


def check(source, repo):
    for line, text in prose_lines(source.body, source.body_first_line):
        for pattern, what in _PATTERNS:
            if pattern.search(text):
                yield Problem(
                    source.rel,
                    line,
                    "текст",
                    f"{what}: персональные данные обучающихся публиковать нельзя — удалите или обезличьте",
                    "warning",
                )


RULE: Rule[PracticeRecord] = Rule(
    code="SH110",
    name="pupils-personal-data",
    description="предупреждение о вероятных персональных данных обучающихся",
    check_source=check,
    file_local=True,
)
