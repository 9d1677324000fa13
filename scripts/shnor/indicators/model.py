"""Vocabulary shared by the monitoring tables: reserved entities, stages, statuses, and the loaded data bundle."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from shnor.indicators.catalogue import Catalogue

# Reference rows live in the same files as school rows; a leading "@" can never start a registry id
# (ids are lowercase latin), so the two cannot collide.
MUNICIPALITY = "@municipality"
REGION = "@region"
RUSSIA = "@russia"
REFERENCES = (MUNICIPALITY, REGION, RUSSIA)

LEVELS = {MUNICIPALITY: "municipality", REGION: "region", RUSSIA: "russia"}
LEVEL_NAMES = {"school": "школа", "municipality": "муниципалитет", "region": "регион", "russia": "Россия"}

# Seed 003, section 8: entry (20 April), interim (1 October), final (15 December) monitoring.
STAGES = ("входной", "промежуточный", "итоговый")
STAGE_ORDER = {name: order for order, name in enumerate(STAGES, start=1)}

# Status of a computed number. "suppressed" is a published-table status only: the number exists but is
# withheld because it concerns fewer pupils than the threshold.
OK, NO_DATA, SUPPRESSED = "ok", "no_data", "suppressed"
STATUS_NAMES = {OK: "", NO_DATA: "нет данных", SUPPRESSED: "скрыто (мало участников)"}

MET, NOT_MET, NO_TARGET = "met", "not_met", "no_target"
TARGET_STATUS_NAMES = {
    MET: "достигнут",
    NOT_MET: "не достигнут",
    NO_DATA: "нет данных",
    NO_TARGET: "целевое значение не установлено",
    SUPPRESSED: "скрыто (мало участников)",
}

DEFAULT_SUPPRESS_BELOW = 5


def level_of(entity: pd.Series) -> pd.Series:
    """'school' for a registry id, otherwise the reference level named by the reserved value."""
    return entity.map(LEVELS).fillna("school").astype(str)


@dataclass(frozen=True)
class MonitoringData:
    """Everything ``load_monitoring`` read: each table keeps a ``source_line`` column for error reports."""

    root: Path
    catalogue: Catalogue
    schools: pd.DataFrame  # registry: id, short_name, shnor, nsu, quality_group, social_group, pupils, levels
    values: pd.DataFrame
    vpr: pd.DataFrame
    vpr_tasks: pd.DataFrame
    gia: pd.DataFrame
    social: pd.DataFrame
    roadmap: pd.DataFrame
    paths: dict[str, str] = field(default_factory=dict)  # table name -> path relative to root, for Problems

    def school_ids(self) -> set[str]:
        return set(self.schools["id"]) if len(self.schools) else set()
