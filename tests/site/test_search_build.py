"""The demo site's search (issue 15): Pagefind's index of the pages' articles, each with its kind; the pages excluded
from search, the boilerplate, the lists that repeat other pages and the monitoring figures are not in it; Material's
own index is only its config. Pages and texts worked out from the demo records by hand."""

from __future__ import annotations

import json
import re
import time
import urllib.request
from pathlib import Path

import pytest

from shnor.site.pagefind_index import Background, build_index, read_fragments
from shnor.site.pagefind_marks import KINDS
from shnor.site.pages.practices.catalogue import EVERY_PRACTICE
from shnor.site.search_synonyms import load_synonyms
from tests.conftest import REPO, served_demo_copy

pytestmark = pytest.mark.build

MENTORING = "/practices/nastavnichestvo-molodyh-pedagogov/"


@pytest.fixture(scope="module")
def fragments(demo_site: Path) -> dict[str, dict]:
    return read_fragments(demo_site)


def test_the_site_ships_pagefind_its_worker_and_the_synonyms_not_lunr(demo_site):
    assert (demo_site / "pagefind" / "pagefind.js").is_file()
    assert json.loads((demo_site / "search" / "synonyms.json").read_text(encoding="utf-8")) == load_synonyms(REPO)
    assert (demo_site / "assets" / "javascripts" / "search-worker.js").is_file()
    assert not (demo_site / "assets" / "javascripts" / "lunr").exists()
    assert not list((demo_site / "assets" / "javascripts").glob("workers/search.*.js"))
    config = re.search(r'<script id="__config" type="application/json">(.*?)</script>',
                       (demo_site / "practices" / "roditelskiy-klub" / "index.html").read_text(encoding="utf-8"))
    assert json.loads(config.group(1))["search"] == "../../assets/javascripts/search-worker.js"


def test_every_indexed_page_has_its_kind_and_a_title(fragments):
    kinds = {url: fragment["meta"]["kind"] for url, fragment in fragments.items()}
    assert set(kinds.values()) <= set(KINDS)
    assert kinds[MENTORING] == "Практика"
    assert kinds["/schools/sosh-lesnoe/"] == "Школа"
    assert kinds["/blog/seminar-oge-matematika-oshibki/"] == "Мероприятие"  # its record describes an event
    assert kinds["/blog/podpisany-dogovory-setevogo-vzaimodeystviya/"] == "Новость"
    assert kinds["/documents/prikaz-2025-147/"] == "Документ"
    assert kinds["/partnerships/licey-3-sosh-lesnoe/"] == "Партнёрство"
    assert kinds["/programmes/sosh-lesnoe/"] == "Программа школы"
    assert kinds["/people/"] == "Кто поможет"
    assert kinds["/about/"] == "Страница"
    title = "Наставничество «педагог — молодой педагог» в школе с дефицитом кадров"
    assert fragments[MENTORING]["meta"]["title"] == title
    assert not [url for url, fragment in fragments.items() if "¶" in fragment["meta"]["title"]]  # no permalink signs
    assert sum(1 for url in kinds if url.startswith("/practices/")) == 16  # every published practice


def test_every_practice_and_only_practices_are_found_by_the_catalogues_word(demo_site, fragments):
    # The catalogue's filtered list without words asks Pagefind for EVERY_PRACTICE instead of a search without words.
    practices = {url for url, fragment in fragments.items() if fragment["filters"].get("kind") == ["practice"]}
    assert len(practices) == 16
    having = {url for url, fragment in fragments.items()
              if re.search(rf"(?<!\w){EVERY_PRACTICE}(?!\w)", fragment["content"])}
    assert practices <= having
    catalogue = (demo_site / "practices" / "index.html").read_text(encoding="utf-8")
    assert f'data-every="{EVERY_PRACTICE}"' in catalogue


def test_pages_excluded_from_search_are_not_indexed(demo_site, fragments):
    for url in ["/practices/", "/schools/", "/documents/", "/monitoring/", "/monitoring/vpr/",
                "/schools/sosh-lesnoe/vpr/", "/blog/", "/blog/archive/2026/", "/404.html"]:
        assert url not in fragments, url
    assert (demo_site / "monitoring" / "vpr" / "index.html").is_file()


def test_boilerplate_repeated_lists_and_figures_are_left_out_and_the_text_stays(fragments):
    practice = fragments[MENTORING]["content"]
    for left_out in ["Время педагогов", "Предложить правку", "описана", "Данные «до» и «после»", "Показатель"]:
        assert left_out not in practice, left_out
    for kept in ["Пары «опытный учитель — молодой специалист»", "Ключевые слова: наставничество",
                 "Положение о наставничестве в школе"]:
        assert kept in practice, kept
    school = fragments["/schools/sosh-2-berezovka/"]["content"]
    for left_out in ["Практики школы", "Школы, похожие на мою", "Мониторинг: показатели школы", "Рисковый профиль",
                     "Что может помочь"]:
        assert left_out not in school, left_out
    assert "Программа перехода в эффективный режим работы" in school  # the section after the dashboard


def test_materials_index_has_no_documents(demo_site):
    index = json.loads((demo_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert index["docs"] == []
    assert index["config"]["lang"] == ["ru"] and index["config"]["separator"]  # Material's ?h= highlighting reads it


def _site(folder: Path, text: str) -> Path:
    (folder / "a").mkdir(parents=True, exist_ok=True)
    (folder / "a" / "index.html").write_text(
        f'<html lang="ru"><body><article data-pagefind-body><h1 id="t">Страница</h1><p>{text}</p></article>'
        "</body></html>", encoding="utf-8")
    return folder


def test_the_index_is_made_beside_and_put_in_place_of_the_old_one(tmp_path):
    site = _site(tmp_path / "site", "наставничество")
    first = build_index(site)
    assert first.pages == 1 and first.bytes > 0
    assert "наставничество" in read_fragments(site)["/a/"]["content"]
    _site(site, "мотивация")
    build_index(site)
    assert "мотивация" in read_fragments(site)["/a/"]["content"]
    assert sorted(p.name for p in site.iterdir()) == ["a", "pagefind"]  # nothing of the earlier run left over
    assert len(list((site / "pagefind").glob("*.pf_meta"))) == 1


def test_under_serve_a_rebuild_stops_the_indexing_still_running_and_its_own_is_put_in_place(tmp_path):
    done, failed = [], []
    indexing = Background(done.append, failed.append)
    site = _site(tmp_path / "site", "первая")
    indexing.start(site)
    _site(site, "вторая")
    indexing.start(site)  # before the first has finished, most likely: either way one index, the second's
    indexing.thread.join(timeout=60)
    assert failed == [] and done and done[-1].pages == 1
    assert "вторая" in read_fragments(site)["/a/"]["content"]
    assert not (site / "pagefind.next").exists()
    indexing.stop()


def test_the_preview_of_mkdocs_serve_searches(tmp_path):
    with served_demo_copy(tmp_path) as (project, base, process, _log):
        entry = _wait_for_json(base + "pagefind/pagefind-entry.json", process)
        assert list(entry["languages"]) == ["ru"]
        assert _wait_for_json(base + "search/synonyms.json", process)[0][0] == "ОВЗ"
        practice = project / "practices" / "roditelskiy-klub.md"
        practice.write_text(practice.read_text(encoding="utf-8") + "\nСлово для поиска: зюзюбрик.\n", encoding="utf-8")
        started = time.monotonic()
        while _wait_for_json(base + "pagefind/pagefind-entry.json", process)["languages"] == entry["languages"]:
            assert time.monotonic() - started < 120, "the index was not made again after the edit"
            time.sleep(0.5)


def _wait_for_json(url: str, process, timeout: float = 120):
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        assert process.poll() is None, "mkdocs serve stopped"
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return json.loads(response.read())
        except (OSError, ValueError):
            time.sleep(0.3)
    raise AssertionError(f"{url} was never served")
