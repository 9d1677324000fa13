"""Rules of data/removed-practices.yml (SH50x), in the order of their code.

An old address is one entry, names no practice that is still there, and leads somewhere: to a published practice
(``replaced_by``), or to a sentence for readers (``reason``). ``replaced_by`` never names another removed id, so
there are no chains or loops of moved pages to follow."""

from shnor.records.removed_practices import RemovedRecord
from shnor.validation.rules.base import Rule
from shnor.validation.rules.removed_practices import date, explained, old_address, replacement

RULES: tuple[Rule[RemovedRecord], ...] = (
    old_address.RULE,
    replacement.RULE,
    explained.RULE,
    date.RULE,
)
