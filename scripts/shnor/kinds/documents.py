"""Programme documents, ``documents/<id>.md`` with their PDF or DOCX beside them."""

from shnor.kinds.kind import Kind
from shnor.records import documents
from shnor.records.documents import DocumentRecord
from shnor.validation.rules.documents import RULES

KIND: Kind[list[DocumentRecord], DocumentRecord] = Kind(
    name="documents",
    label="документы",
    paths=(documents.FOLDER,),
    load=documents.load,
    records=lambda repo: repo.documents,
    rules=RULES,
    checked=lambda repo: repo.documents,
)
