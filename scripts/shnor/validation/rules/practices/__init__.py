"""The practices' rules (SH1xx), in the order of their code: one module per rule, listed here."""

from shnor.records.repository import PracticeRecord
from shnor.validation.rules.base import Rule
from shnor.validation.rules.practices import (
    adoption_partnership,
    adoption_status,
    adoptions,
    body_sections,
    dates,
    evidence_values,
    grades_match_levels,
    materials,
    personal_data,
    review_signoff,
    unique_ids,
    unsafe_markup,
)

RULES: tuple[Rule[PracticeRecord], ...] = (
    unique_ids.RULE,
    dates.RULE,
    grades_match_levels.RULE,
    evidence_values.RULE,
    adoptions.RULE,
    review_signoff.RULE,
    materials.RULE,
    body_sections.RULE,
    unsafe_markup.RULE,
    personal_data.RULE,
    adoption_status.RULE,
    adoption_partnership.RULE,
)
