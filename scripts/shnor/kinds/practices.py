"""Practices, ``practices/<id>.md``: the bank itself, with the adoptions each practice records."""

from shnor.kinds.kind import Kind
from shnor.records import practices
from shnor.records.repository import PracticeRecord
from shnor.validation.rules import PRACTICE_RULES

KIND: Kind[list[PracticeRecord]] = Kind(
    name="practices",
    label="практики",
    paths=("practices",),
    load=practices.load,
    records=lambda repo: repo.practices,
    rules=PRACTICE_RULES,
)
