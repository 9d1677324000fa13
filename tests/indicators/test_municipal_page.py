"""The municipal monitoring page lists every school's rows only while they fit (school_rows_on_municipal_page)."""

from __future__ import annotations

import dataclasses
import re

from shnor.indicators.catalogue import Settings
from shnor.kinds import load_repository
from shnor.site.monitoring.monitoring_pages import (
    gia_section,
    identification_page,
    roadmap_page,
    school_dashboard,
    vpr_section,
)
from tests.conftest import REPO, TODAY


def _report(limit: int):
    report = load_repository(REPO, TODAY).monitoring
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


class _Ctx:
    today = TODAY


def _row_cells(html: str, cell: str, column: int = 0) -> list[str]:
    """The text of each cell of the first table row whose ``column`` reads ``cell``."""
    for row in re.findall(r"<tr>(.*?)</tr>", html, re.DOTALL):
        cells = [re.sub(r"<[^>]+>", "", c) for c in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", row, re.DOTALL)]
        if len(cells) > column and cells[column] == cell:
            return cells
    raise AssertionError(f"no row {cell!r}")


def test_identification_above_the_limit_counts_schools_per_criterion():
    html = identification_page(_report(3), [])
    # Demo data by hand: «менее 60 % продолжают» is met in 5 schools, not in 1, unknown in 2 (1 no data, 1 hidden).
    name = "Менее 60 % выпускников 9 класса продолжают обучение на уровне СОО"
    assert _row_cells(html, name)[1:] == ["5", "1", "2"]
    assert "Школы, где выполняется больше всего критериев (3 из 8)" in html
    assert "Критерии отнесения к ШНОР по школам" not in html  # the 48 rows are on the school pages
    assert 'href="../data/identification.xlsx"' in html


def test_roadmap_above_the_limit_totals_sections_and_keeps_the_municipality():
    html = roadmap_page(_report(3), _Ctx(), [])
    # «1. Образовательная деятельность» of two schools: 1 item at 40 % and 2 at 100 %: 3 items, 2 done,
    # 1 overdue, completion (40 + 100 + 100) / 3 = 80 %.
    cells = _row_cells(html, "1. Образовательная деятельность", column=1)
    assert cells == ["Все школы и округ", "1. Образовательная деятельность", "3", "2", "1 просрочено", "80\u202f%"]
    # 4 overdue items, the first 3 listed; only the municipality's 9 items in the table.
    assert "Просроченные мероприятия (4)" in html and "Показаны первые 3" in html
    assert "Мероприятия округа" in html and "Стажировки учителей ШНОР" in html
    assert "Индивидуальные образовательные маршр" not in html.split("## Мероприятия округа")[1]


def test_school_dashboard_has_its_criteria_and_roadmap():
    from shnor.site.generated import SiteContext

    repo = load_repository(REPO, TODAY)
    html = school_dashboard(repo.schools["sosh-2-berezovka"], SiteContext(repo, TODAY, "http://127.0.0.1/", "", {}))
    assert "### Критерии ШНОР" in html and "### Дорожная карта школы" in html
    assert "Наставничество молодых специалистов" in html
