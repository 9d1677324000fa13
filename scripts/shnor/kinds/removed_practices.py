"""Practices taken off or moved, ``data/removed-practices.yml``: after the practices whose old ids it names."""

from shnor.kinds.kind import Kind
from shnor.records import removed_practices
from shnor.records.removed_practices import RemovedRecord
from shnor.validation.rules.removed_practices import RULES

KIND: Kind[list[RemovedRecord], RemovedRecord] = Kind(
    name="removed_practices",
    label="снятые и перенесённые практики",
    paths=(removed_practices.FILE,),
    load=removed_practices.load,
    records=lambda repo: repo.removed,
    rules=RULES,
    checked=lambda repo: repo.removed,
)
