"""What a school programme may point to in the monitoring data: roadmap items (``data/monitoring/roadmap.csv``)
and target indicators (``data/indicators.yml``). Only ids and titles are read here, to check references and to
name them on pages; the figures themselves belong to ``shnor.indicators``. A file that is not there gives None:
the references are then not checked."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from shnor.file_version import once_per_version
from shnor.records.data_files import MONITORING_LIMIT, DataFileError, load_data_yaml, read_data_file

ROADMAP = "data/monitoring/roadmap.csv"
INDICATORS = "data/indicators.yml"


@dataclass(frozen=True)
class RoadmapItem:
    school: str
    item: str
    activity: str
    deadline: str
    percent_done: str


def roadmap_items(root: Path) -> dict[tuple[str, str], RoadmapItem] | None:
    path = root / ROADMAP
    return _roadmap_items(path) if path.is_file() else None


# Every programme page asks: 735 programmes re-reading data/indicators.yml were a tenth of a region-scale build.
@once_per_version()
def _roadmap_items(path: Path) -> dict[tuple[str, str], RoadmapItem] | None:
    try:
        text = read_data_file(path, ROADMAP, MONITORING_LIMIT).decode("utf-8-sig", errors="replace")
    except DataFileError:
        return None  # the monitoring loader reports the file
    first = text.split("\n", 1)[0]
    reader = csv.DictReader(io.StringIO(text), delimiter=";" if first.count(";") > first.count(",") else ",")
    items = {}
    try:
        rows = list(reader)
    except csv.Error:
        return None  # the monitoring loader reports the line
    for row in rows:
        school, item = (row.get("school") or "").strip(), (row.get("item") or "").strip()
        if school and item:
            items[(school, item)] = RoadmapItem(
                school,
                item,
                (row.get("activity") or "").strip(),
                (row.get("deadline_text") or row.get("deadline") or "").strip(),
                (row.get("percent_done") or "").strip(),
            )
    return items


def indicator_names(root: Path) -> dict[str, str] | None:
    path = root / INDICATORS
    return _indicator_names(path) if path.is_file() else None


@once_per_version()
def _indicator_names(path: Path) -> dict[str, str] | None:
    try:
        data = load_data_yaml(path, INDICATORS).data or {}
    except DataFileError:
        return None  # the catalogue's own loader (shnor.indicators.catalogue) reports the file
    entries = data.get("indicators") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        return None
    return {str(e["id"]): str(e.get("name") or e["id"]) for e in entries if isinstance(e, dict) and "id" in e}
