"""Partnerships, ``partnerships/<id>.md``: a ШНОР/НСУ school and its partner school, with their plan."""

from shnor.kinds.kind import Kind
from shnor.records import partnerships
from shnor.records.partnerships import PartnershipRecord
from shnor.validation.rules.partnerships import RULES

KIND: Kind[list[PartnershipRecord], PartnershipRecord] = Kind(
    name="partnerships",
    label="партнёрства",
    paths=(partnerships.FOLDER,),
    load=partnerships.load,
    records=lambda repo: repo.partnerships,
    rules=RULES,
    checked=lambda repo: repo.partnerships,
)
