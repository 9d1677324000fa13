"""A school's page shows its monitoring dashboard: the indicator table, a chart with a title and its data."""

from __future__ import annotations

import pytest

from tests.browser.conftest import screenshot

pytestmark = pytest.mark.browser


def test_school_dashboard_shows_chart_and_table(page, site_url):
    page.goto(site_url + "schools/sosh-2-berezovka/")
    heading = page.locator("#monitoring-dashboard")
    assert heading.is_visible()
    table = page.locator("table.shnor-monitoring").first
    assert table.is_visible()
    assert "Целевые показатели: СОШ № 2" in table.locator("caption").inner_text()
    assert "достигнут" in table.inner_text()
    assert page.locator("svg#dynamics-sosh-2-berezovka").is_visible()
    # ВПР on the school page: one row per subject and grade beside the municipality and the region (seed 003:
    # 49 pupils, «2»+«3» (6 + 12) / 49 = 36,7 %).
    summary = page.locator("table", has=page.locator("caption", has_text="ВПР 2025: СОШ № 2"))
    row = summary.locator("tr", has_text="математика, 4 класс")
    assert row.locator("td").nth(1).inner_text() == "49"
    assert row.locator("td").nth(2).inner_text() == "36,7\u202f%"
    screenshot(page, "monitoring-school-dashboard")
    # The charts and task corridors are one link away, on the school's ВПР page.
    page.get_by_role("link", name="Распределение отметок и коридор решаемости по каждому предмету").click()
    page.wait_for_url("**/schools/sosh-2-berezovka/vpr/")
    chart = page.locator("svg#vpr-sosh-2-berezovka-math-4")
    chart.scroll_into_view_if_needed()
    assert chart.is_visible()
    assert chart.locator("title").first.text_content() == "ВПР 2025, математика, 4 класс"
    assert chart.bounding_box()["width"] > 300
    data = page.locator(".shnor-chart", has=chart).locator("table")
    assert "12,2\u202f%" in data.inner_text() and "49" in data.inner_text()
    screenshot(page, "monitoring-school-vpr")
