"""A word written only inside a PDF leads, through the site's search, to the document's page; documents and
consultants filter like the practice catalogue."""

from __future__ import annotations

import pytest

from tests.browser.conftest import screenshot
from tests.browser.test_practice_bank import _search

pytestmark = pytest.mark.browser

IDENTIFICATION_2025 = "documents/polozhenie-ob-identifikacii-2025/"


def test_a_word_found_only_inside_a_pdf_leads_to_the_documents_page(page, site_url):
    # «самоаудит» appears in documents/polozhenie-ob-identifikacii-2025.pdf and nowhere else in the repository.
    links = _search(page, site_url, "самоаудит")
    assert links and all(IDENTIFICATION_2025 in href for href in links), links
    screenshot(page, "search-word-inside-pdf")
    page.locator(".md-search-result__item a").first.click()
    page.wait_for_url(f"**/{IDENTIFICATION_2025}**")
    assert page.locator("h1").inner_text().startswith("Положение об идентификации")
    page.locator("details.shnor-fulltext summary").click()
    assert "самоаудит процедур оценивания" in " ".join(page.locator(".shnor-fulltext__body").inner_text().split())


def test_document_filters_show_only_superseded_documents(page, site_url):
    page.goto(site_url + "documents/?state=superseded")
    visible = page.eval_on_selector_all(
        "#document-list > li:not([hidden]) h2 a", "links => links.map(a => a.getAttribute('href'))"
    )
    assert sorted(visible) == [
        "metodicheskie-rekomendacii-antiriskovye-programmy-2024/",
        "polozhenie-ob-identifikacii-2024/",
        "prikaz-2024-112/",
    ]
    assert page.locator("#document-count").inner_text() == "Найдено 3 документа из 14"
    page.select_option("#document-filter-kind", "order")
    assert page.locator("#document-count").inner_text() == "Найдено 1 документ из 14"
    assert "kind=order" in page.url and "state=superseded" in page.url
    screenshot(page, "documents-superseded-orders")


def test_from_a_high_risk_to_the_people_who_can_help(page, site_url):
    page.goto(site_url + "schools/nosh-ozerki/")
    help_block = page.locator(".shnor-help", has=page.locator("h4", has_text="низкий уровень оснащения школы"))
    help_block.get_by_role("link", name="Кузнецов Дмитрий Олегович").click()
    page.wait_for_url("**/people/#kuznetsov-dmitriy")
    assert page.locator("#kuznetsov-dmitriy h2").inner_text() == "Кузнецов Дмитрий Олегович"
    page.goto(site_url + "people/?risk=disabilities")
    names = page.eval_on_selector_all("#person-list > li:not([hidden]) h2", "hs => hs.map(h => h.textContent)")
    assert names == ["Волкова Ирина Павловна"]
    assert page.locator("#person-count").inner_text() == "Найдено 1 человек из 8"
