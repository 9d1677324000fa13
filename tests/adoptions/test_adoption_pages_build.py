"""Adoptions on the built demo site: the counts on the practice and school pages, the request button, the
«Тиражирование» page and its downloads. Every figure is counted by hand from the demo records' ``adoptions``
(12 entries of 8 published practices; data/schools.csv for the schools' ШНОР/НСУ marks):

    individualnye-obrazovatelnye-marshruty (sosh-lesnoe)     sosh-5-zarechny внедрена 2025-01..2025-05
    nastavnichestvo-molodyh-pedagogov (sosh-2-berezovka)     oosh-kamenka внедрена 2024-09..2025-06,
                                                             sosh-lesnoe прекращена 2024-09..2025-02
    podgotovka-k-oge-po-matematike-… (oosh-kamenka)          sosh-lesnoe внедряется 2026-09
    formiruyushchee-ocenivanie-… (sosh-2-berezovka)          nosh-ozerki внедрена 2023-09-01..2024-05-31
    roditelskiy-klub (sosh-5-zarechny)                       oosh-kamenka внедрена 2024-10..2025-05,
                                                             nosh-ozerki внедряется 2026-09
    profilaktika-deviantnogo-povedeniya (sosh-5-zarechny)    sosh-2-berezovka планируется 2027-01
    metodicheskiy-den-v-shkole-partnere (gimnaziya-1)        sosh-7-sosnovy-bor внедрена 2024-09..2025-05,
                                                             licey-3 планируется 2027-02
    analiz-vpr-koridor-reshaemosti (sosh-2-berezovka)        sosh-lesnoe внедрена 2023-09..2024-05,
                                                             oosh-kamenka внедряется 2025-10
"""

from __future__ import annotations

import csv
import io
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qsl, quote, urlsplit

import pytest

pytestmark = pytest.mark.build

NNBSP = "\u202f"  # the thin no-break space before «%»


class _Tables(HTMLParser):
    """Each table's caption -> its body rows as cell texts; and every element's attributes by id."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: dict[str, list[list[str]]] = {}
        self.ids: dict[str, dict[str, str | None]] = {}
        self._caption: list[str] | None = None
        self._caption_text = ""
        self._rows: list[list[str]] | None = None
        self._cell: list[str] | None = None
        self._in_body = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if attributes.get("id"):
            self.ids[str(attributes["id"])] = attributes
        if tag == "table":
            self._rows, self._caption, self._caption_text = [], None, ""
        elif tag == "caption":
            self._caption = []
        elif tag == "tbody":
            self._in_body = True
        elif tag == "tr" and self._in_body and self._rows is not None:
            self._rows.append([])
        elif tag in ("td", "th") and self._in_body:
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "caption" and self._caption is not None:
            self._caption_text = "".join(self._caption).strip()
            self._caption = None
        elif tag in ("td", "th") and self._cell is not None and self._rows:
            self._rows[-1].append("".join(self._cell).strip())
            self._cell = None
        elif tag == "tbody":
            self._in_body = False
        elif tag == "table" and self._rows is not None:
            self.tables[self._caption_text] = self._rows
            self._rows = None

    def handle_data(self, data: str) -> None:
        if self._caption is not None:
            self._caption.append(data)
        if self._cell is not None:
            self._cell.append(data)


def _parsed(path: Path) -> _Tables:
    parser = _Tables()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def _html(site: Path, page: str) -> str:
    return (site / page / "index.html").read_text(encoding="utf-8")


def _counts(html: str) -> list[str]:
    return re.findall(r'<p[^>]*class="shnor-adoption-counts"[^>]*>(.*?)</p>', html)


# Schools per status, counted from the list above.
PRACTICE_COUNTS = {
    "individualnye-obrazovatelnye-marshruty": "Внедряют: 0 школ · внедрили: 1",
    "nastavnichestvo-molodyh-pedagogov": "Внедряют: 0 школ · внедрили: 1 · прекратили: 1",
    "podgotovka-k-oge-po-matematike-v-selskoy-shkole": "Внедряют: 1 школа · внедрили: 0",
    "formiruyushchee-ocenivanie-v-nachalnoy-shkole": "Внедряют: 0 школ · внедрили: 1",
    "roditelskiy-klub": "Внедряют: 1 школа · внедрили: 1",
    "profilaktika-deviantnogo-povedeniya": "Внедряют: 0 школ · внедрили: 0 · планируют: 1",
    "metodicheskiy-den-v-shkole-partnere": "Внедряют: 0 школ · внедрили: 1 · планируют: 1",
    "analiz-vpr-koridor-reshaemosti": "Внедряют: 1 школа · внедрили: 1",
}


@pytest.mark.parametrize(("practice", "line"), PRACTICE_COUNTS.items())
def test_practice_page_counts_its_adopting_schools(demo_site, practice, line):
    assert _counts(_html(demo_site, f"practices/{practice}")) == [line]


def test_practice_page_lists_the_adopting_schools(demo_site):
    rows = _parsed(demo_site / "practices" / "nastavnichestvo-molodyh-pedagogov" / "index.html").tables
    table = rows["Где ещё внедряют практику"]
    # School, status, period, changes, result or «Причина: …», contact (none given).
    assert [row[:3] for row in table] == [
        ["ООШ с. Каменка", "внедрена", "сентябрь 2024 — июнь 2025"],
        ["СОШ с. Лесное", "прекращена", "сентябрь 2024 — февраль 2025"],
    ]
    assert table[0][4] == "Оба молодых учителя остались в школе на второй год."
    assert table[1][4].startswith("Причина: Молодой учитель перешёл в школу районного центра")
    planned = _parsed(demo_site / "practices" / "metodicheskiy-den-v-shkole-partnere" / "index.html").tables
    licey = planned["Где ещё внедряют практику"][1]
    assert licey[:3] == ["Лицей № 3", "планируется", "начало: февраль 2027"]
    # The contact consented: name, position and a mail link.
    assert licey[5] == ("Андрей Павлович Смирнов (демо), заместитель директора по научно-методической работе: "
                        "smirnov.ap@example.org")  # fmt: skip


def test_a_practice_without_adoptions_offers_the_request_only(demo_site):
    practice = "mezhshkolnyy-bank-zadaniy-po-funkcionalnoy-gramotnosti"
    path = demo_site / "practices" / practice / "index.html"
    html = path.read_text(encoding="utf-8")
    assert 'id="внедрение-в-других-школах"' in html
    assert _counts(html) == []
    assert "Где ещё внедряют практику" not in html
    ids = _parsed(path).ids
    assert ids["adopt-request"]["href"] == f"../../adopt/?practice={practice}"
    title = "Внедрение: Межшкольный банк заданий по функциональной грамотности на местном материале"
    # The title has only letters, spaces and «:»: quote with no safe characters encodes it as encodeURIComponent.
    expected = ("https://github.com/shnor-bank/shnor/issues/new?template=adoption.yml"
                f"&title={quote(title, safe='')}&practice={practice}")  # fmt: skip
    direct = ids["adopt-direct"]["href"]
    assert direct == expected
    url = urlsplit(direct)
    assert parse_qsl(url.query) == [("template", "adoption.yml"), ("title", title), ("practice", practice)]
    assert "Хочу внедрить у себя</a>" in html
    assert "сразу открыть заявку на GitHub</a>" in html


def test_a_practice_with_adoptions_offers_the_request_too(demo_site):
    ids = _parsed(demo_site / "practices" / "roditelskiy-klub" / "index.html").ids
    assert ids["adopt-request"]["href"] == "../../adopt/?practice=roditelskiy-klub"
    query = parse_qsl(urlsplit(str(ids["adopt-direct"]["href"])).query)
    assert query == [
        ("template", "adoption.yml"),
        ("title", "Внедрение: Родительский клуб вместо «разбора двоек» — ежемесячные встречи по темам, которые "
                  "выбирают сами родители"),
        ("practice", "roditelskiy-klub"),
    ]  # fmt: skip


# Practices per status of the school's adoptions (a school adopts no practice of its own).
SCHOOL_COUNTS = {
    "oosh-kamenka": "Внедрила: 2 практики · внедряет: 1",  # nastavnichestvo, roditelskiy; analiz
    "sosh-lesnoe": "Внедрила: 1 практику · внедряет: 1 · прекратила: 1",  # analiz; podgotovka; nastavnichestvo
    "sosh-2-berezovka": "Внедрила: 0 практик · внедряет: 0 · планирует: 1",  # profilaktika
    "nosh-ozerki": "Внедрила: 1 практику · внедряет: 1",  # formiruyushchee; roditelskiy
    "sosh-5-zarechny": "Внедрила: 1 практику · внедряет: 0",  # individualnye
    "licey-3": "Внедрила: 0 практик · внедряет: 0 · планирует: 1",  # metodicheskiy-den
    "sosh-7-sosnovy-bor": "Внедрила: 1 практику · внедряет: 0",  # metodicheskiy-den
}


@pytest.mark.parametrize(("school", "line"), SCHOOL_COUNTS.items())
def test_school_page_counts_what_it_adopts(demo_site, school, line):
    html = _html(demo_site, f"schools/{school}")
    assert 'id="что-школа-внедряет-из-банка"' in html
    assert _counts(html) == [line]


def test_a_school_that_adopts_nothing_has_no_such_section(demo_site):
    html = _html(demo_site, "schools/gimnaziya-1")  # the author of two practices, an adopter of none
    assert "Что школа внедряет из банка" not in html
    assert _counts(html) == []


def test_school_page_lists_the_practices_it_adopts(demo_site):
    tables = _parsed(demo_site / "schools" / "sosh-lesnoe" / "index.html").tables
    rows = tables["Практики других школ, которые здесь внедряют"]
    # Practice title, its author's school, status, period, result or reason.
    assert sorted((row[1], row[2], row[3]) for row in rows) == [
        ("ООШ с. Каменка", "внедряется", "сентябрь 2026 — по сей день"),
        ("СОШ № 2", "внедрена", "сентябрь 2023 — май 2024"),
        ("СОШ № 2", "прекращена", "сентябрь 2024 — февраль 2025"),
    ]


def test_replication_summary(demo_site):
    html = _html(demo_site, "monitoring/replication")
    # 8 practices with adoptions, 16 published (18 files, 2 drafts); 7 distinct adopting schools; 6 «внедрена».
    assert re.findall(r'<p class="shnor-replication-summary">(.*?)</p>', html) == [
        "Практик, которые внедряют другие школы: 8 из 16 опубликованных · школ-последователей: 7 · "
        "внедрений с результатом: 6"
    ]


def test_replication_years(demo_site):
    tables = _parsed(demo_site / "monitoring" / "replication" / "index.html").tables
    # Begun (all but planned) by the start year, done by the end year, planned by the start year:
    # 2023 begun: formiruyushchee, analiz→lesnoe; 2024 begun: nastavnichestvo ×2, roditelskiy→kamenka, metodicheskiy,
    #      done: formiruyushchee, analiz→lesnoe; 2025 begun: individualnye, analiz→kamenka, done: individualnye,
    #      nastavnichestvo→kamenka, roditelskiy→kamenka, metodicheskiy; 2026 begun: podgotovka, roditelskiy→ozerki;
    # 2027 planned: profilaktika, metodicheskiy→licey-3.
    assert tables["Внедрения по годам: данные диаграммы"] == [
        ["2023", "2", "0", "0"],
        ["2024", "4", "2", "0"],
        ["2025", "2", "4", "0"],
        ["2026", "2", "0", "0"],
        ["2027", "0", "0", "2"],
    ]


def test_replication_chart(demo_site):
    html = _html(demo_site, "monitoring/replication")
    svg = re.search(r'<svg[^>]*id="replication-timeline"[^>]*>(.*?)</svg>', html, re.S)
    assert svg is not None
    assert re.match(r'<title id="replication-timeline-t">Внедрения по годам</title>', svg[1])
    # One bar per year and series, 5 years × 3 series, each titled.
    assert len(re.findall(r"<rect [^>]*><title>", svg[1])) == 15
    assert "<title>Начали внедрять, 2024: 4</title>" in svg[1]
    assert "<title>Планируют начать, 2027: 2</title>" in svg[1]


def test_replication_shares_of_shnor_and_nsu(demo_site):
    tables = _parsed(demo_site / "monitoring" / "replication" / "index.html").tables
    # Adopters: sosh-5 (НСУ), kamenka (ШНОР, НСУ), lesnoe (ШНОР), ozerki (ШНОР, НСУ), berezovka (ШНОР),
    # sosh-7 and licey-3 (neither): ШНОР 4/7 = 57,1 %, НСУ 3/7 = 42,9 %, either 5/7 = 71,4 %, others 2/7 = 28,6 %.
    assert tables["ШНОР и НСУ среди школ-последователей (всего 7)"] == [
        ["ШНОР", "4", f"57,1{NNBSP}%"],
        ["НСУ", "3", f"42,9{NNBSP}%"],
        ["ШНОР или НСУ", "5", f"71,4{NNBSP}%"],
        ["Другие школы", "2", f"28,6{NNBSP}%"],
    ]


def test_replication_ranking(demo_site):
    html = _html(demo_site, "monitoring/replication")
    table = re.search(r"<caption>Практики по числу школ-последователей</caption>(.*?)</table>", html, re.S)
    assert table is not None
    order = re.findall(r'<tr><td><a href="\.\./\.\./practices/([^/]+)/">', table[1])
    # By schools done, then under way, then planned, then title: (1,1,0) «Поэлементный…», «Родительский…»;
    # (1,0,1) «Методический…»; (1,0,0) «Индивидуальные…», «Наставничество…», «Формирующее…»; (0,1,0); (0,0,1).
    assert order == [
        "analiz-vpr-koridor-reshaemosti", "roditelskiy-klub", "metodicheskiy-den-v-shkole-partnere",
        "individualnye-obrazovatelnye-marshruty", "nastavnichestvo-molodyh-pedagogov",
        "formiruyushchee-ocenivanie-v-nachalnoy-shkole", "podgotovka-k-oge-po-matematike-v-selskoy-shkole",
        "profilaktika-deviantnogo-povedeniya",
    ]  # fmt: skip
    rows = _parsed(demo_site / "monitoring" / "replication" / "index.html").tables
    counts = rows["Практики по числу школ-последователей"]
    # nastavnichestvo: its author СОШ № 2, 1 внедрена, 0, 0, 1 прекращена.
    assert counts[4][1:] == ["СОШ № 2", "1", "0", "0", "1"]


def test_adoptions_csv(demo_site):
    raw = (demo_site / "monitoring" / "data" / "adoptions.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM, so that Excel reads UTF-8
    rows = list(csv.reader(io.StringIO(raw[3:].decode("utf-8")), delimiter=";"))
    assert len(rows) == 13  # the header and 12 adoptions
    assert rows[0][:2] == ["Практика (id)", "Практика"]
    assert all(len(row) == len(rows[0]) for row in rows)
    header = rows[0]
    by = [dict(zip(header, row, strict=True)) for row in rows[1:]]
    per_practice: dict[str, int] = {}
    for row in by:
        per_practice[row["Практика (id)"]] = per_practice.get(row["Практика (id)"], 0) + 1
    assert per_practice == {
        "individualnye-obrazovatelnye-marshruty": 1, "nastavnichestvo-molodyh-pedagogov": 2,
        "podgotovka-k-oge-po-matematike-v-selskoy-shkole": 1, "formiruyushchee-ocenivanie-v-nachalnoy-shkole": 1,
        "roditelskiy-klub": 2, "profilaktika-deviantnogo-povedeniya": 1, "metodicheskiy-den-v-shkole-partnere": 2,
        "analiz-vpr-koridor-reshaemosti": 2,
    }  # fmt: skip
    stopped = [row for row in by if row["Статус"] == "прекращена"]
    assert [(r["Школа (id)"], r["Начало"], r["Окончание"], r["ШНОР"], r["НСУ"]) for r in stopped] == [
        ("sosh-lesnoe", "2024-09", "2025-02", "да", "нет")
    ]


def test_adoptions_xlsx(demo_site):
    import openpyxl

    book = openpyxl.load_workbook(demo_site / "monitoring" / "data" / "adoptions.xlsx", read_only=True)
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    book.close()
    assert len(rows) == 13
    assert rows[0][0] == "Практика (id)"
    assert sorted(row[4] for row in rows[1:]).count("oosh-kamenka") == 3  # nastavnichestvo, roditelskiy, analiz


def test_the_request_form_page_lists_published_practices_only(demo_site):
    import json

    data = json.loads((demo_site / "adopt" / "practices.json").read_text(encoding="utf-8"))
    assert len(data["published"]) == 16
    assert data["drafts"] == ["letnyaya-predmetnaya-shkola", "semeynye-subboty-v-maloy-shkole"]
    klub = next(p for p in data["published"] if p["id"] == "roditelskiy-klub")
    assert klub["school"] == "sosh-5-zarechny"
    html = _html(demo_site, "adopt")
    assert 'id="adopt-check">Проверить заявку</button>' in html
    assert 'id="adopt-open" aria-disabled="true"' in html
