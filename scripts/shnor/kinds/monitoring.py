"""The monitoring: the indicator catalogue ``data/indicators.yml`` and the tables of ``data/monitoring/``."""

from shnor.indicators import section
from shnor.indicators.catalogue import CATALOGUE_FILE
from shnor.indicators.model import MonitoringData
from shnor.indicators.report import MonitoringReport
from shnor.indicators.schema import MONITORING_DIR
from shnor.kinds.kind import Kind
from shnor.records.repository import Repository
from shnor.validation.rules.monitoring import RULES


def _data(repo: Repository) -> list[MonitoringData]:
    """What the rules check: the data as loaded, when the project keeps a monitoring."""
    return [repo.monitoring.data] if repo.monitoring is not None else []


KIND: Kind[MonitoringReport | None, MonitoringData] = Kind(
    name="monitoring",
    label="мониторинг",
    paths=(CATALOGUE_FILE, MONITORING_DIR),
    load=section.load,
    records=lambda repo: repo.monitoring,
    rules=RULES,
    checked=_data,
)
