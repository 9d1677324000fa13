"""The build date. Upcoming events, overdue roadmap items and "not in the future" checks are computed against it;
SHNOR_TODAY pins it so that tests and reproducible builds do not depend on the calendar."""

from __future__ import annotations

import os
from datetime import date


def today() -> date:
    pinned = os.environ.get("SHNOR_TODAY")
    return date.fromisoformat(pinned) if pinned else date.today()
