"""«Кто поможет»: consultants, curators, tutors and mentors, ``people/<id>.md`` (published only with consent)."""

from shnor.kinds.kind import Kind
from shnor.records import people
from shnor.records.people import PersonRecord
from shnor.validation.rules.people import RULES

KIND: Kind[list[PersonRecord], PersonRecord] = Kind(
    name="people",
    label="консультанты",
    paths=(people.FOLDER,),
    load=people.load,
    records=lambda repo: repo.people,
    rules=RULES,
    checked=lambda repo: repo.people,
)
