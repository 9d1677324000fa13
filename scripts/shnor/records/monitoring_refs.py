"""What a school programme may point to in the monitoring data: roadmap items (``data/monitoring/roadmap.csv``)
and target indicators (``data/indicators.yml``). Only ids and titles are read here, to check references and to
name them on pages; the figures themselves belong to ``shnor.indicators``. A file that is not there gives None:
the references are then not checked."""

from __future__ import annotations

import csv
import functools
import io
from dataclasses import dataclass
from pathlib import Path

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
ROADMAP = "data/monitoring/roadmap.csv"
INDICATORS = "data/indicators.yml"


@dataclass(frozen=True)
class RoadmapItem:
    school: str
    item: str
    activity: str
    deadline: str
    percent_done: str


def _file_key(path: Path) -> tuple[str, int, int] | None:
    """Path, modification time and size: every programme page asks, the file is read once per version
    (735 programmes re-reading data/indicators.yml were a tenth of a region-scale build; issue 7)."""
    if not path.is_file():
        return None
    stat = path.stat()
    return str(path), stat.st_mtime_ns, stat.st_size


def roadmap_items(root: Path) -> dict[tuple[str, str], RoadmapItem] | None:
    key = _file_key(root / ROADMAP)
    return None if key is None else _roadmap_items(*key)


@functools.lru_cache(maxsize=4)
def _roadmap_items(path_text: str, _mtime: int, _size: int) -> dict[tuple[str, str], RoadmapItem]:
    text = Path(path_text).read_bytes().decode("utf-8-sig", errors="replace")
    first = text.split("\n", 1)[0]
    reader = csv.DictReader(io.StringIO(text), delimiter=";" if first.count(";") > first.count(",") else ",")
    items = {}
    for row in reader:
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
    key = _file_key(root / INDICATORS)
    return None if key is None else _indicator_names(*key)


@functools.lru_cache(maxsize=4)
def _indicator_names(path_text: str, _mtime: int, _size: int) -> dict[str, str] | None:
    try:
        data = yaml.load(Path(path_text).read_text(encoding="utf-8"), Loader=_LOADER) or {}
    except yaml.YAMLError:
        return None  # the indicators' own loader reports a broken file
    entries = data.get("indicators") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        return None
    return {str(e["id"]): str(e.get("name") or e["id"]) for e in entries if isinstance(e, dict) and "id" in e}
