"""«Кто поможет» rules (SH42x), beyond the schema (which already refuses a record without ``consent: true``)."""

from shnor.records.people import PersonRecord
from shnor.validation.rules.base import Rule
from shnor.validation.rules.people import contacts

RULES: tuple[Rule[PersonRecord], ...] = (
    contacts.RULE,
)
