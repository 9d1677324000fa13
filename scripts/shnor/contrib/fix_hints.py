"""Where in CONTRIBUTING.md a teacher reads how to fix a problem: the section a problem's rule or field points to.
The messages say what is wrong and how to fix it; the section gives the lists and examples around it.
tests/contrib/test_pr_summary.py checks that every section named here is a heading of CONTRIBUTING.md."""

from __future__ import annotations

import re

from shnor.problems import Problem

VOCABULARIES = "Справочники: что писать в полях"
TEXT = "Что в тексте не пройдёт проверку"
FIELD_TEXT = "Текст в полях: названия, имена, описания"
SECTIONS = "Разделы текста практики"
MATERIALS = "Материалы"
EVIDENCE = "Пример результата в цифрах и материалов"
REVIEW = "Что проверяется и сколько это занимает"

# Fields whose values come from data/taxonomies.yml (the first part of the dotted field; evidence units below).
_VOCABULARY_FIELDS = {"type", "direction", "directions", "levels", "subjects", "risk_factors", "license"}
_BY_RULE = {"SH104": EVIDENCE, "SH106": REVIEW, "review-guard": REVIEW, "SH107": MATERIALS, "SH108": SECTIONS,
            "SH109": TEXT}


def section_for(problem: Problem) -> str | None:
    """The CONTRIBUTING.md section for ``problem``, or None when no section says more than the message."""
    if problem.rule in _BY_RULE:
        return _BY_RULE[problem.rule]
    if problem.rule:
        return None
    parts = problem.field.split(".")
    if "символ" in problem.message:
        return FIELD_TEXT
    if parts[0] in _VOCABULARY_FIELDS or problem.field.endswith(".unit") or problem.field == "review.status":
        return VOCABULARIES
    if parts[0] == "materials":
        return MATERIALS
    return None


def anchor(heading: str) -> str:
    """GitHub's anchor of a Markdown heading: lower case, punctuation dropped, spaces turned into hyphens."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")
