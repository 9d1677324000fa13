"""A partnership as the site shows it: a title from the two schools, its state against the build date, progress."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from shnor.records.partnership import Partnership
from shnor.records.partnerships import PartnershipRecord, partnerships
from shnor.records.repository import Repository
from shnor.records.schools import School


def partnership_title(repo: Repository, partnership_id: str) -> str | None:
    for record in partnerships(repo):
        if record.data.id == partnership_id:
            return PartnershipView(record, repo).title
    return None


@dataclass
class PartnershipView:
    record: PartnershipRecord
    repo: Repository

    @property
    def data(self) -> Partnership:
        return self.record.data

    @property
    def id(self) -> str:
        return self.data.id

    @property
    def school(self) -> School:
        return self.repo.schools[self.data.school]

    @property
    def partner(self) -> School:
        return self.repo.schools[self.data.partner]

    @property
    def title(self) -> str:
        return f"{self.partner.short_name} — {self.school.short_name}"

    def state(self, today: dt.date) -> tuple[str, str]:
        """(Russian label, css kind)."""
        if today < self.data.term.start:
            return "ещё не началось", "planned"
        if today > self.data.term.end:
            return "завершено", "finished"
        return "действует", "active"

    @property
    def done(self) -> int:
        return sum(1 for a in self.data.activities if a.status == "done")

    @property
    def planned(self) -> int:
        """Activities of the plan that count: everything not cancelled."""
        return sum(1 for a in self.data.activities if a.status != "cancelled")

    @property
    def cancelled(self) -> int:
        return sum(1 for a in self.data.activities if a.status == "cancelled")

    @property
    def progress_text(self) -> str:
        text = f"выполнено {self.done} из {self.planned}"
        return f"{text}, отменено {self.cancelled}" if self.cancelled else text


def partnership_views(repo: Repository) -> list[PartnershipView]:
    return [PartnershipView(r, repo) for r in partnerships(repo)]
