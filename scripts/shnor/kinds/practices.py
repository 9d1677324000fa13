"""Practices, ``practices/<id>.md``: the bank itself, with the adoptions each practice records."""

from shnor.kinds.kind import Kind
from shnor.records import practices
from shnor.records.repository import PracticeRecord
from shnor.validation.rules.practices import RULES

KIND: Kind[list[PracticeRecord], PracticeRecord] = Kind(
    name="practices",
    label="практики",
    paths=("practices",),
    load=practices.load,
    records=lambda repo: repo.practices,
    rules=RULES,
    checked=lambda repo: repo.practices,
    sources=lambda repo: repo.sources,  # every practice file, with or without valid front matter
)
