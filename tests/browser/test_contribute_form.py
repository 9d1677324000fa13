"""A teacher fills in «Предложить практику» in headless Chromium: the form names a missing field, previews the
practice, and the file it downloads (and prefills on GitHub) passes `shnor validate`."""

from __future__ import annotations

from datetime import date
from urllib.parse import parse_qs, urlsplit

import pytest

from shnor.contrib.slug import slugify
from shnor.validation.checks import validate_repository
from tests.browser.conftest import screenshot
from tests.conftest import REPO

pytestmark = pytest.mark.browser

TITLE = "Клуб «Читаем вместе» для родителей первоклассников"


def _fill(page) -> None:
    page.fill("#f-summary", "Раз в месяц родители и дети читают вместе в школьной библиотеке; посещаемость выросла.")
    page.check('input[name="type"][value="педагогическая"]')
    page.select_option("#f-direction", "организация воспитательной работы, работы с семьёй")
    page.fill("#f-since", "2024-09-01")
    page.select_option("#f-school", "oosh-kamenka")
    page.fill('[name="author-name"]', "Мария Петровна Иванова (демо)")
    page.fill('[name="author-position"]', "учитель начальных классов")
    page.check('[name="author-consent"]')
    page.check('input[name="levels"][value="НОО"]')
    page.check('input[name="grades"][value="1"]')
    page.check('input[name="risk_factors"][value="низкий уровень вовлечённости родителей"]')
    page.check('input[name="subjects"][value="литературное чтение"]')
    page.fill('[name="evidence-indicator"]', "Доля родителей на встречах клуба")
    page.select_option('[name="evidence-unit"]', "процент")
    page.fill('[name="evidence-before-value"]', "30")
    page.fill('[name="evidence-before-year"]', "2024")
    page.fill('[name="evidence-after-value"]', "64,5")
    page.fill('[name="evidence-after-year"]', "2025")
    page.select_option('[name="evidence-better"]', "higher")
    page.fill('[name="evidence-source"]', "Журнал встреч клуба")
    for index, area in enumerate(page.locator("textarea[data-section]").all()):
        area.fill(f"Текст раздела {index + 1}: {{{{ config.site_name }}}} остаётся текстом.\n\nВторой абзац.")
    page.fill("#f-keywords", "родители, чтение")
    page.check('input[name="license"][value="CC BY 4.0"]')


def test_form_checks_previews_and_downloads_a_valid_practice(page, site_url, make_project, tmp_path):
    page.goto(site_url + "contribute/")
    _fill(page)
    page.click("#contribute-check")
    errors = page.locator("#contribute-errors")
    assert errors.is_visible()
    assert "Название: заполните" in errors.inner_text()
    assert page.locator("#e-title").inner_text() == "Название: заполните"
    assert page.locator("#contribute-download").is_disabled()
    screenshot(page, "contribute-errors")

    page.fill("#f-title", TITLE)
    assert page.input_value("#f-id") == slugify(TITLE)  # the same transliteration as `shnor new practice`
    page.click("#contribute-check")
    assert errors.is_hidden(), errors.inner_text()
    preview = page.locator("#contribute-preview")
    assert preview.is_visible()
    assert preview.locator("h3").inner_text() == TITLE
    assert "{{ config.site_name }} остаётся текстом." in preview.inner_text()
    screenshot(page, "contribute-preview")

    with page.expect_download() as info:
        page.click("#contribute-download")
    download = info.value
    assert download.suggested_filename == f"{slugify(TITLE)}.md"
    practice = tmp_path / "download" / download.suggested_filename
    download.save_as(practice)
    markdown = practice.read_text(encoding="utf-8")
    assert markdown == page.locator("#contribute-markdown").text_content()

    href = page.get_attribute("#contribute-github", "href")
    url = urlsplit(href)
    assert f"{url.scheme}://{url.netloc}{url.path}" == "https://github.com/shnor-bank/shnor/new/main/practices"
    query = parse_qs(url.query)
    assert query["filename"] == [download.suggested_filename]
    assert query["value"] == [markdown]

    root = make_project(practice, schools=REPO / "data" / "schools.csv")
    repo = validate_repository(root, date.today())  # the browser dates the file by its own clock
    assert [p.format() for p in repo.problems] == []
    record = repo.practices[0].data
    assert record.direction == "upbringing-family"
    assert record.review.status == "review"
    assert record.evidence[0].after.value == 64.5


def test_grades_follow_levels_and_html_is_refused(page, site_url):
    page.goto(site_url + "contribute/")
    assert page.locator('input[name="grades"][value="5"]').is_disabled()
    page.check('input[name="levels"][value="ООО"]')
    assert page.locator('input[name="grades"][value="5"]').is_enabled()
    page.fill("#f-title", "</script><img src=x onerror=alert(1)>")
    page.click("#contribute-check")
    assert "уберите HTML-теги" in page.locator("#e-title").inner_text()
    assert page.locator("#contribute-form img").count() == 0
