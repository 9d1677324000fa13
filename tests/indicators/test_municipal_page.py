"""The municipal monitoring page lists every school's rows only while they fit (school_rows_on_municipal_page)."""

from __future__ import annotations

import dataclasses

from shnor.indicators.catalogue import Settings
from shnor.records.repository import load_repository
from shnor.site.monitoring_pages import gia_section, vpr_section
from tests.conftest import REPO, TODAY


def _report(limit: int):
    report = load_repository(REPO, TODAY).sections["monitoring"]
    catalogue = dataclasses.replace(report.data.catalogue, settings=Settings(school_rows_on_municipal_page=limit))
    return dataclasses.replace(report, data=dataclasses.replace(report.data, catalogue=catalogue))


def test_few_schools_are_listed_by_name():
    html = vpr_section(_report(30), "monitoring/index.md", [], None, "vpr")
    # The demo's 8 schools are under the default limit: СОШ № 2's ВПР maths grade 4 row (36,7 % «2»+«3») is there.
    assert "СОШ № 2" in html and "36,7" in html
    assert "Школ в данных" not in html


def test_above_the_limit_only_the_references_remain():
    report = _report(3)
    vpr = vpr_section(report, "monitoring/index.md", [], None, "vpr")
    gia = gia_section(report, "monitoring/index.md", [], None)
    for html in (vpr, gia):
        assert "Школ в данных" in html and "на её странице и в файлах для загрузки" in html
        assert "СОШ № 2" not in html
    assert "<td>Округ</td>" in vpr and "<td>Регион</td>" in vpr  # the reference rows of the tables
    # The district's ОГЭ figures (97,08 % passed of 274) stay: they are a reference row, not a school's.
    assert "97,08" in gia
