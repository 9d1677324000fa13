"""The monitoring as a record kind of the repository: loaded with the other kinds; its rules (SH30x,
``shnor.validation.rules.monitoring``) run from ``shnor.validation.checks``, so that ``shnor validate`` and the site
build report the same problems."""

from __future__ import annotations

from typing import TYPE_CHECKING

from shnor.indicators.catalogue import CATALOGUE_FILE
from shnor.indicators.loading import load_monitoring
from shnor.indicators.report import MonitoringReport
from shnor.indicators.schema import MONITORING_DIR
from shnor.problems import Problem

if TYPE_CHECKING:
    from shnor.records.repository import Repository

def load(repo: Repository) -> list[Problem]:
    """Stores a ``MonitoringReport`` in ``repo.monitoring`` (``None`` for a project that keeps neither the
    catalogue nor data/monitoring/)."""
    root = repo.paths.root
    if not (root / CATALOGUE_FILE).exists() and not (root / MONITORING_DIR).is_dir():
        repo.monitoring = None
        return []
    data, problems = load_monitoring(root, repo.schools, repo.cache)
    subjects = {term.id: term.name for term in repo.taxonomies["subjects"]}
    repo.monitoring = MonitoringReport(data, repo.today, subjects)
    return problems


def report_of(repo: Repository) -> MonitoringReport | None:
    return repo.monitoring
