"""School programmes with their risk profiles, ``programmes/<id>.md``: after documents, which approve them."""

from shnor.kinds.kind import Kind
from shnor.records import programmes
from shnor.records.programmes import ProgrammeRecord
from shnor.validation.rules.programmes import RULES

KIND: Kind[list[ProgrammeRecord], ProgrammeRecord] = Kind(
    name="programmes",
    label="программы школ",
    paths=(programmes.FOLDER,),
    load=programmes.load,
    records=lambda repo: repo.programmes,
    rules=RULES,
    checked=lambda repo: repo.programmes,
)
