"""Every computed monitoring table, computed once from the loaded data, with the suppression the catalogue sets.

The validator keeps the loaded ``MonitoringData``; the site asks a ``MonitoringReport`` for its tables.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cached_property

import pandas as pd

from shnor.indicators.gia import gia_results
from shnor.indicators.identification import identification, identification_summary
from shnor.indicators.model import MonitoringData
from shnor.indicators.roadmap import completion_by_section, roadmap_status
from shnor.indicators.social import social_ratios
from shnor.indicators.values import indicator_values
from shnor.indicators.vpr import vpr_results
from shnor.indicators.vpr_tasks import solve_rate_corridor


@dataclass
class MonitoringReport:
    data: MonitoringData
    today: date
    subjects: dict[str, str]  # subject id -> Russian name, for the identification details

    @property
    def suppress_below(self) -> int:
        return self.data.catalogue.settings.suppress_below

    @cached_property
    def values(self) -> pd.DataFrame:
        return indicator_values(self.data, suppress_below=self.suppress_below)

    @cached_property
    def vpr(self) -> pd.DataFrame:
        return vpr_results(self.data, suppress_below=self.suppress_below)

    @cached_property
    def corridor(self) -> pd.DataFrame:
        return solve_rate_corridor(self.data)

    @cached_property
    def gia(self) -> pd.DataFrame:
        return gia_results(self.data, suppress_below=self.suppress_below)

    @cached_property
    def social(self) -> pd.DataFrame:
        return social_ratios(self.data)

    @cached_property
    def identification(self) -> pd.DataFrame:
        return identification(self.data, self.values, self.vpr, self.gia, self.corridor, self.subjects)

    @cached_property
    def identification_summary(self) -> pd.DataFrame:
        return identification_summary(self.identification, self.data.schools)

    @cached_property
    def roadmap(self) -> pd.DataFrame:
        return roadmap_status(self.data.roadmap, self.today)

    @cached_property
    def roadmap_sections(self) -> pd.DataFrame:
        return completion_by_section(self.roadmap)

    @property
    def empty(self) -> bool:
        return all(len(getattr(self.data, name)) == 0 for name in ("values", "vpr", "gia", "social", "roadmap"))
