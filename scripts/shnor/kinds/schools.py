"""The school registry, ``data/schools.csv``: first of the kinds, since every other one names its schools."""

from shnor.kinds.kind import Kind
from shnor.records import schools
from shnor.records.schools import School

KIND: Kind[dict[str, School], School] = Kind(
    name="schools",
    label="школы",
    paths=("data/schools.csv",),
    load=schools.load,
    records=lambda repo: repo.schools,
)
