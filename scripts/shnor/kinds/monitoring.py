"""The monitoring: the indicator catalogue ``data/indicators.yml`` and the tables of ``data/monitoring/``."""

from shnor.indicators import section
from shnor.indicators.catalogue import CATALOGUE_FILE
from shnor.indicators.report import MonitoringReport
from shnor.indicators.schema import MONITORING_DIR
from shnor.kinds.kind import Kind

KIND: Kind[MonitoringReport | None] = Kind(
    name="monitoring",
    label="мониторинг",
    paths=(CATALOGUE_FILE, MONITORING_DIR),
    load=section.load,
    records=lambda repo: repo.monitoring,
)
