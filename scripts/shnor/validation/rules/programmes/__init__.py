"""School programme rules (SH41x): the school, the risk profile, and what the programme points to."""

from shnor.records.programmes import ProgrammeRecord
from shnor.validation.rules.base import Rule
from shnor.validation.rules.programmes import links, risk_profile, school

RULES: tuple[Rule[ProgrammeRecord], ...] = (
    school.RULE,
    risk_profile.RULE,
    links.RULE,
)
