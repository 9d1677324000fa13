"""Document rules (SH40x): the attached file or link, dates, and the chain of replacements."""

from shnor.records.documents import DocumentRecord
from shnor.validation.rules.base import Rule
from shnor.validation.rules.documents import attached_file, dates, replacements

RULES: tuple[Rule[DocumentRecord], ...] = (
    attached_file.RULE,
    dates.RULE,
    replacements.RULE,
)
