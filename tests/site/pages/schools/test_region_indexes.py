"""The partnerships and programmes indexes at region scale: above a limit they list municipalities, each with a page
of its own rows. The demo's schools are all in one municipality, so two of them (ООШ с. Каменка, СОШ с. Лесное) are
moved to a second one here; expected values are counted by hand from partnerships/*.md and programmes/*.md."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from shnor.kinds import load_repository
from shnor.site.by_municipality import by_municipality
from shnor.site.generated import SiteContext
from shnor.site.pages.partnerships import partnership_pages
from shnor.site.pages.programmes import programme_pages
from tests.conftest import REPO, TODAY

NORTH = "severozerskiy-municipalnyy-okrug-demo"  # Северозёрский муниципальный округ (демо)
TAIGA = "taezhnyy-rayon-test"  # Таёжный район (тест)


@pytest.fixture
def ctx() -> SiteContext:
    repo = load_repository(REPO, TODAY)
    for school_id in ("oosh-kamenka", "sosh-lesnoe"):
        repo.schools[school_id] = repo.schools[school_id].model_copy(update={"municipality": "Таёжный район (тест)"})
    return SiteContext(repo, TODAY, "http://127.0.0.1/", "", {})


def _files(generate, ctx: SiteContext) -> dict[str, str]:
    return {f.path: str(f.content) for f in generate(ctx) if f.content is not None}


def test_partnerships_by_municipality_of_the_supported_school(monkeypatch, ctx):
    monkeypatch.setattr(partnership_pages, "PARTNERSHIPS_ON_INDEX", 5)  # the demo has 6
    files = _files(partnership_pages.generate, ctx)
    assert partnership_pages.NETWORK not in files  # one picture of a whole region is unreadable
    index = files[partnership_pages.INDEX]
    # On 25.11.2026 licey-3-sosh-5-zarechny has ended (30.06.2026); the other five are in force.
    assert re.findall(r"^\| \[(.+?)\]\((.+?)\) \| (.+) \|$", index, flags=re.MULTILINE) == [
        (r"Северозёрский муниципальный округ \(демо\)", f"by-municipality/{NORTH}.md", "3 | 2 | 0 | 1"),
        (r"Таёжный район \(тест\)", f"by-municipality/{TAIGA}.md", "3 | 3 | 0 | 0"),
    ]
    assert "Партнёрств в программе — 6." in index
    assert "Кто кого поддерживает" not in index and ".svg" not in index

    north, taiga = files[f"partnerships/by-municipality/{NORTH}.md"], files[f"partnerships/by-municipality/{TAIGA}.md"]
    rows = {page: re.findall(r"^\| \[[^]]+\]\(\.\./([a-z0-9-]+)\.md\)", text, flags=re.MULTILINE)
            for page, text in (("north", north), ("taiga", taiga))}  # fmt: skip
    assert rows == {
        "north": ["gimnaziya-1-nosh-ozerki", "gimnaziya-1-sosh-2-berezovka", "licey-3-sosh-5-zarechny"],
        # Lesnoe's and Kamenka's partners (Лицей № 3, СОШ № 7) are in the other municipality: the row is still here.
        "taiga": ["licey-3-sosh-lesnoe", "sosh-7-sosnovy-bor-oosh-kamenka", "sosh-7-sosnovy-bor-sosh-lesnoe"],
    }
    assert "](../../schools/sosh-lesnoe.md)" in taiga and "[Все муниципалитеты](../index.md)" in taiga
    assert f'<img src="../{TAIGA}.svg"' in taiga
    assert "- Лицей № 3 поддерживает: СОШ с. Лесное (действует)" in taiga
    assert "- СОШ № 7 п. Сосновый Бор поддерживает: ООШ с. Каменка (действует), СОШ с. Лесное (действует)" in taiga
    assert "- Лицей № 3 поддерживает: СОШ № 5 (завершено)" in north and "Каменка" not in north
    assert 'search: {"exclude": true}' in taiga

    svg = ET.fromstring(files[f"partnerships/by-municipality/{TAIGA}.svg"])
    titles = [t.text for t in svg.iter("{http://www.w3.org/2000/svg}title")]
    assert titles == [
        "Сеть партнёрств: Таёжный район (тест)",
        "Лицей № 3 — СОШ с. Лесное",
        "СОШ № 7 п. Сосновый Бор — ООШ с. Каменка",
        "СОШ № 7 п. Сосновый Бор — СОШ с. Лесное",
    ]


def test_up_to_the_limit_the_partnerships_index_is_the_full_table(ctx):
    files = _files(partnership_pages.generate, ctx)
    assert not [path for path in files if "/by-municipality/" in path]
    index = files[partnership_pages.INDEX]
    assert partnership_pages.NETWORK in files and 'src="network.svg"' in index
    assert len(re.findall(r"^\| \[", index, flags=re.MULTILINE)) == 6


def test_programmes_by_municipality_keep_the_risk_counts_on_the_index(monkeypatch, ctx):
    monkeypatch.setattr(programme_pages, "PROGRAMMES_ON_INDEX", 4)  # the demo has 5
    files = _files(programme_pages.generate, ctx)
    index = files[programme_pages.INDEX]
    assert "2024 год — 5 школ, высоких рисков 17; 2025 год — 5 школ, высоких рисков 11" in index
    assert index.count("<tr><td>") == 10 + 2  # a row per risk factor, then a row per municipality
    assert re.findall(r'href="([^"]+)"', index) == [f"by-municipality/{NORTH}/", f"by-municipality/{TAIGA}/"]
    # High risks 2024 / 2025 per programme: НОШ п. Озёрки 4/3, СОШ № 2 3/1, СОШ № 5 3/2 | Каменка 4/3, Лесное 3/2.
    cells = [re.findall(r"<td[^>]*>(\d+)</td>", row) for row in re.findall(r"<tr><td><a .*?</tr>", index)]
    assert cells == [["3", "3", "10", "3", "6"], ["2", "2", "7", "2", "5"]]

    taiga = files[f"programmes/by-municipality/{TAIGA}.md"]
    assert re.findall(r'<a href="\.\./\.\./([a-z0-9-]+)/">', taiga) == ["oosh-kamenka", "sosh-lesnoe"]
    assert 'href="../../../schools/oosh-kamenka/"' in taiga and 'href="../../">Профили рисков всех школ</a>' in taiga
    north = files[f"programmes/by-municipality/{NORTH}.md"]
    assert re.findall(r'<a href="\.\./\.\./([a-z0-9-]+)/">', north) == ["nosh-ozerki", "sosh-2-berezovka",
                                                                      "sosh-5-zarechny"]  # fmt: skip


def test_up_to_the_limit_the_programmes_index_lists_every_programme(ctx):
    files = _files(programme_pages.generate, ctx)
    assert not [path for path in files if "/by-municipality/" in path]
    assert files[programme_pages.INDEX].count('<tr><td><a href="../schools/') == 5


def test_municipality_pages_never_share_a_path():
    names = ["Район А.", "Район А", "№", "Район Б", "Район А"]
    groups = by_municipality(enumerate(names), lambda item: item[1], "partnerships")
    assert [(g.name, g.page, [i for i, _ in g.items]) for g in groups] == [
        ("Район А", "partnerships/by-municipality/rayon-a.md", [1, 4]),
        ("Район А.", "partnerships/by-municipality/rayon-a-2.md", [0]),  # the same slug as «Район А»
        ("Район Б", "partnerships/by-municipality/rayon-b.md", [3]),
        ("№", "partnerships/by-municipality/municipality.md", [2]),
    ]
