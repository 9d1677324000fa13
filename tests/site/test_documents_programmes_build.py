"""The demo site's documents, school programmes with risk profiles and «Кто поможет».

Expected values are counted by hand from documents/*.md (14 records, 3 superseded), programmes/*.md and people/*.md.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from shnor.site.pagefind_index import read_fragments

pytestmark = pytest.mark.build

SUPERSEDED = {
    "prikaz-2024-112": "prikaz-2025-147",
    "polozhenie-ob-identifikacii-2024": "polozhenie-ob-identifikacii-2025",
    "metodicheskie-rekomendacii-antiriskovye-programmy-2024": "metodicheskie-rekomendacii-antiriskovye-programmy-2025",
}


def _text(path) -> str:
    return path.read_text(encoding="utf-8")


def _index(demo_site) -> dict[str, dict]:
    return read_fragments(demo_site)  # the search index (Pagefind's): each page's indexed text


def test_a_word_only_inside_a_pdf_is_in_the_search_index_on_the_document_page(demo_site):
    # «самоаудит» is written only in documents/polozhenie-ob-identifikacii-2025.pdf.
    hits = {url for url, page in _index(demo_site).items() if "самоаудит" in page["content"]}
    assert hits == {"/documents/polozhenie-ob-identifikacii-2025/"}


def test_text_of_a_docx_is_in_the_search_index_on_the_document_page(demo_site):
    # «Слушали: муниципального координатора…» is in documents/protokol-soveta-rukovoditeley-2025-2.docx only.
    hits = {url for url, page in _index(demo_site).items() if "Слушали" in page["content"]}
    assert hits == {"/documents/protokol-soveta-rukovoditeley-2025-2/"}


def test_documents_list_marks_superseded_documents_with_their_replacement(demo_site):
    html = _text(demo_site / "documents" / "index.html")
    items = re.findall(r'<li class="shnor-practice shnor-document[^"]*".*?</li>', html, re.S)
    assert len(items) == 14
    assert "Всего 14 документов" in html
    superseded = [i for i in items if "shnor-document--superseded" in i]
    assert len(superseded) == 3
    for old, new in SUPERSEDED.items():
        item = next(i for i in superseded if f'href="{old}/"' in i)
        assert 'data-state="superseded"' in item
        assert re.search(rf'Заменён документом: <a href="{new}/">', item)
    analytic = next(i for i in items if 'href="analiticheskaya-spravka-vpr-2025/"' in i)
    assert 'data-kind="analytical-note"' in analytic and 'data-year="2025"' in analytic
    assert 'data-level="municipal"' in analytic and 'data-direction="management education"' in analytic


def test_document_page_links_its_file_and_its_replacement(demo_site):
    folder = demo_site / "documents"
    html = _text(folder / "prikaz-2024-112" / "index.html")
    assert "Документ заменён" in html and 'href="../prikaz-2025-147/"' in html
    assert 'href="../prikaz-2024-112.pdf"' in html
    assert (folder / "prikaz-2024-112.pdf").read_bytes().startswith(b"%PDF")
    newer = _text(folder / "prikaz-2025-147" / "index.html")
    assert "Заменяет" in newer and 'href="../prikaz-2024-112/"' in newer
    for page in folder.glob("*/index.html"):
        assert page.stat().st_size < 150_000, page


def test_school_page_shows_the_risk_profile_and_what_can_help(demo_site):
    html = _text(demo_site / "schools" / "sosh-lesnoe" / "index.html")
    section = html.split("Программа перехода в эффективный режим работы", 1)[1]
    assert '<img src="../../programmes/sosh-lesnoe-risk-profile.svg"' in section
    assert "Рисковый профиль 2025 года: высокий уровень — дефицит педагогических кадров; риски низкой " \
           "адаптивности учебного процесса." in section
    assert "выросли: дефицит педагогических кадров" in section
    help_block = section.split("Что может помочь", 1)[1]
    assert "<h4>дефицит педагогических кадров</h4>" in help_block
    assert 'href="../../practices/nastavnichestvo-molodyh-pedagogov/"' in help_block
    assert 'href="../../practices/?risk=staff-shortage"' in help_block
    assert 'href="../../people/#petrov-aleksey"' in help_block
    # СОШ с. Лесное's own practices are not offered to it.
    assert "individualnye-obrazovatelnye-marshruty/" not in help_block.split("<h4>риски низкой")[1].split("</div>")[0]


def test_risk_profile_picture_has_a_labelled_cell_per_factor_and_year(demo_site):
    svg = ET.parse(demo_site / "programmes" / "sosh-lesnoe-risk-profile.svg").getroot()
    texts = [t.text for t in svg.iter("{http://www.w3.org/2000/svg}text")]
    # Counted by hand in programmes/sosh-lesnoe.md (2024 + 2025): high 3 + 2, medium 5 + 6, low 2 + 2.
    assert texts.count("высокий") == 5 and texts.count("средний") == 11 and texts.count("низкий") == 4
    assert texts.count("↑ вырос") == 1 and texts.count("↓ снизился") == 2
    assert svg.find("{http://www.w3.org/2000/svg}title").text == "Рисковый профиль: СОШ с. Лесное"


def test_municipal_view_counts_schools_per_risk_and_level(demo_site):
    html = _text(demo_site / "programmes" / "index.html")
    assert "2024 год — 5 школ, высоких рисков 17; 2025 год — 5 школ, высоких рисков 11" in html
    row = re.search(r"<tr><td>дефицит педагогических кадров</td>(.*?)</tr>", html).group(1)
    cells = re.findall(r"<td[^>]*>(.*?)</td>", row)
    assert cells == ["2", "2", "1", "3", "1", "1", "2 → 3 (+1)"]


def test_people_directory_lists_eight_people_with_filters(demo_site):
    html = _text(demo_site / "people" / "index.html")
    people = re.findall(r'<li id="([a-z-]+)" class="shnor-practice shnor-person"', html)
    assert len(people) == 8 and "petrov-aleksey" in people
    assert '<form id="person-filters"' in html and 'data-words="человек человека человек"' in html
    assert html.count("Демонстрационные данные: человек вымышлен.") == 8
    assert 'href="mailto:petrov.av@example.org"' in html
