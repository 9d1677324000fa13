"""Partnership rules (SH20x): fields compared with each other, with the registry and with the build date."""

from shnor.records.partnerships import PartnershipRecord
from shnor.validation.rules.base import Rule
from shnor.validation.rules.partnerships import activity_dates, activity_status, agreement_dates, two_schools

RULES: tuple[Rule[PartnershipRecord], ...] = (
    two_schools.RULE,
    agreement_dates.RULE,
    activity_dates.RULE,
    activity_status.RULE,
)
