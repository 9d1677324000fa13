"""A school's view of the monitoring report, for its dashboard on the school page.

The dashboard's tables filter the report's frames by school (``frame[frame["school"] == id]``); done for each of
1,000 schools over frames of 100,000+ rows, that is quadratic and was the whole of a region-scale build (benchmark,
issue 7). Here every frame is split by school once per report, and a school's view holds only its own rows and the
reference rows (@municipality, @region, @russia) it is compared with, so the same functions give the same tables
in time proportional to the school's own rows.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from shnor.indicators.model import REFERENCES
from shnor.indicators.report import MonitoringReport

SLICED = ("values", "vpr", "gia", "corridor", "social")


class SchoolReport:
    """Answers like the report; the frames in ``SLICED`` hold only the school's and the reference rows."""

    def __init__(self, report: MonitoringReport, frames: dict[str, pd.DataFrame]) -> None:
        self._report = report
        self._frames = frames

    def __getattr__(self, name: str) -> Any:
        frames = self.__dict__.get("_frames", {})
        if name in frames:
            return frames[name]
        return getattr(self.__dict__["_report"], name)


class _Index:
    def __init__(self, report: MonitoringReport) -> None:
        self.report = report
        self.positions: dict[str, dict[str, np.ndarray]] = {}
        self.views: dict[str, SchoolReport] = {}
        for name in SLICED:
            frame = getattr(report, name)
            if "school" in frame.columns:
                self.positions[name] = {str(k): v for k, v in frame.groupby("school", sort=False).indices.items()}

    def view(self, school_id: str) -> SchoolReport:
        # A school's dashboard and its ВПР page ask for the same view: taken once (pandas' take is milliseconds).
        if school_id not in self.views:
            self.views[school_id] = self._view(school_id)
        return self.views[school_id]

    def _view(self, school_id: str) -> SchoolReport:
        frames = {}
        for name, groups in self.positions.items():
            wanted = [groups[key] for key in (school_id, *REFERENCES) if key in groups]
            rows = np.sort(np.concatenate(wanted)) if wanted else np.array([], dtype=np.intp)
            frames[name] = getattr(self.report, name).iloc[rows]
        return SchoolReport(self.report, frames)


_LAST: list[_Index] = []  # the index of the report being rendered (one report per build)


def school_report(report: MonitoringReport, school_id: str) -> SchoolReport:
    if not _LAST or _LAST[0].report is not report:
        _LAST[:] = [_Index(report)]
    return _LAST[0].view(school_id)
