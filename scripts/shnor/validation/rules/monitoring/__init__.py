"""The monitoring's rules (SH30x), in the order of their code: checks across its tables after each cell has parsed
(ids that exist, no duplicate rows, counts that add up), on the pandas frames of the loaded ``MonitoringData``."""

from shnor.indicators.model import MonitoringData
from shnor.validation.rules.base import Rule
from shnor.validation.rules.monitoring import (
    duplicates,
    impossible_values,
    indicators,
    nothing_to_compute,
    overdue_roadmap,
    sums,
    unknown_schools,
)

RULES: tuple[Rule[MonitoringData], ...] = (
    unknown_schools.RULE,
    indicators.RULE,
    duplicates.RULE,
    impossible_values.RULE,
    sums.RULE,
    nothing_to_compute.RULE,
    overdue_roadmap.RULE,
)
