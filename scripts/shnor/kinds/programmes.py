"""School programmes with their risk profiles, ``programmes/<id>.md``: after documents, which approve them."""

from shnor.kinds.kind import Kind
from shnor.records import programmes
from shnor.records.programmes import ProgrammeRecord
from shnor.validation.programme_checks import RULES

KIND: Kind[list[ProgrammeRecord]] = Kind(
    name="programmes",
    label="программы школ",
    paths=(programmes.FOLDER,),
    load=programmes.load,
    records=lambda repo: repo.programmes,
    rules=RULES,
)
