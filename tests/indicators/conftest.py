"""A tiny project: the real catalogue, the fixture registry (school-a ШНОР+НСУ, school-b, school-c ШНОР)
and the monitoring CSVs a test writes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from shnor.indicators.loading import load_monitoring
from tests.conftest import FIXTURES, REPO

HERE = Path(__file__).parent / "fixtures"


@pytest.fixture
def monitoring(tmp_path: Path):
    def make(**tables: str | bytes):
        (tmp_path / "data" / "monitoring").mkdir(parents=True, exist_ok=True)
        shutil.copy(REPO / "data" / "taxonomies.yml", tmp_path / "data" / "taxonomies.yml")
        shutil.copy(REPO / "data" / "indicators.yml", tmp_path / "data" / "indicators.yml")
        shutil.copy(FIXTURES / "schools.csv", tmp_path / "data" / "schools.csv")
        for name, content in tables.items():
            path = tmp_path / "data" / "monitoring" / f"{name}.csv"
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return load_monitoring(tmp_path)

    return make
