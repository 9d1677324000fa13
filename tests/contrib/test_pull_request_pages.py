"""The pages a pull request adds or changes (``shnor pr-summary --pages-file``), their link check
(``shnor check-links``) and their screenshots (``shnor screenshots``), and the path filter that decides whether a
pull request runs the code check too (``shnor code-changes --output``)."""

from __future__ import annotations

import json
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from shnor.cli import main
from shnor.contrib.changed_pages import ChangedPage
from shnor.contrib.code_paths import needs_code_check
from shnor.contrib.link_check import check_pages
from shnor.problems import Problem
from tests.conftest import TODAY
from tests.contrib.test_pr_summary import RABOTA, _commit, _outside_github_actions, _repository, _teachers_pull_request
from tests.contrib.test_pr_summary import _write as write

__all__ = ["_outside_github_actions"]  # the autouse fixture: no real job summary, no cache in the fixture


def test_the_pages_file_lists_each_published_practice_page_and_its_school_once(tmp_path):
    root = _teachers_pull_request(tmp_path)  # adds klub-yunyh-chitateley, edits bom-crlf, deletes rabota-s-…
    pages = tmp_path / "pages.json"
    main(["pr-summary", "--base", "main", "--root", str(root), "--today", TODAY.isoformat(), "--pages-file",
          str(pages), "--summary-file", str(tmp_path / "summary.md")])  # fmt: skip
    # Both practices are of school-a: its page once, from the first practice; the deleted one has no page.
    assert json.loads(pages.read_text(encoding="utf-8")) == [
        {"url": "practices/klub-yunyh-chitateley/", "source": "practices/klub-yunyh-chitateley.md"},
        {"url": "schools/school-a/", "source": "practices/klub-yunyh-chitateley.md"},
        {"url": "practices/bom-crlf/", "source": "practices/bom-crlf.md"},
    ]


RECORD = """\
---
title: Практика
---
Текст со [ссылкой на другую практику](../drugaya/) и [на пропавшую](../propavshaya/).

[План](files/plan.pdf), [раздел](#plan), [нет такого места](#nigde), [там](../drugaya/#itogi).

[Скрипт](javascript:alert(1)) и [почта](mailto:school@example.org), [внешняя](https://example.org/net).
"""

PAGE = """<html><body><header><a href="/nowhere-in-the-theme/">меню</a></header>
<article class="md-content__inner"><h2 id="plan">План</h2>
<p><a href="../drugaya/">ссылкой</a> <a href="../propavshaya/">на пропавшую</a></p>
<p><a href="files/plan.pdf">План</a> <a href="#plan">раздел</a> <a href="#nigde">нет</a>
<a href="../drugaya/#itogi">там</a> <img src="files/photo.png" alt=""></p>
<p><a href="javascript:alert(1)">Скрипт</a> <a href="mailto:school@example.org">почта</a>
<a href="https://example.org/net">внешняя</a> <a href="../drugaya/">ссылкой</a></p></article></body></html>"""


def _site(tmp_path: Path) -> tuple[Path, Path]:
    root, site = tmp_path / "repo", tmp_path / "site"
    write(root, "practices/praktika.md", RECORD)
    write(site, "practices/praktika/index.html", PAGE)
    write(site, "practices/praktika/files/plan.pdf", "%PDF-1.4")
    write(site, "practices/drugaya/index.html", '<html><body><article><h2 id="itogi">Итоги</h2></article></html>')
    return root, site


def test_broken_links_are_reported_at_the_records_line(tmp_path):
    root, site = _site(tmp_path)
    tried = []

    def external(url: str) -> str:
        tried.append(url)
        return "сервер ответил 404"

    page = ChangedPage("practices/praktika/", "practices/praktika.md")
    problems = check_pages(root, site, [page], external=False)
    rel = "practices/praktika.md"
    # Line 4 writes ../propavshaya/, line 6 #nigde, line 8 the javascript: link; files/photo.png is written by no
    # line (the page made it from a field): line 1. The theme's header is not the record's; mailto: is not tried.
    assert problems == sorted([
        Problem(rel, 4, "", "ссылка «../propavshaya/» на странице practices/praktika/ ведёт на practices/propavshaya/: "
                "такой страницы или файла на сайте нет", rule="links"),
        Problem(rel, 6, "", "ссылка «#nigde» на странице practices/praktika/: на странице practices/praktika/ нет "
                "места «#nigde»", rule="links"),
        Problem(rel, 1, "", "ссылка «files/photo.png» на странице practices/praktika/ ведёт на "
                "practices/praktika/files/photo.png: такой страницы или файла на сайте нет", rule="links"),
        Problem(rel, 8, "", "ссылка «javascript:alert(1)» на странице practices/praktika/: такой адрес не открыть в "
                "браузере", rule="links"),
    ])  # fmt: skip
    from shnor.contrib import link_check

    with_network = [p for p in (link_check.check_page(root, site, page, external)) if p.severity == "warning"]
    assert tried == ["https://example.org/net"]
    assert with_network == [Problem(rel, 8, "", "внешняя ссылка «https://example.org/net» на странице "
                                    "practices/praktika/: сервер ответил 404", "warning", "links")]  # fmt: skip


def test_the_command_fails_on_a_broken_link_and_passes_without_one(tmp_path, capsys):
    root, site = _site(tmp_path)
    pages = tmp_path / "pages.json"
    pages.write_text('[{"url": "practices/praktika/", "source": "practices/praktika.md"}]', encoding="utf-8")
    assert main(["--root", str(root), "check-links", "--pages", str(pages), "--site", str(site),
                 "--format", "github"]) == 1  # fmt: skip
    out = capsys.readouterr()
    assert "::error file=practices/praktika.md,line=4,title=links запись::ссылка «../propavshaya/»" in out.out
    assert "Битых ссылок: 4." in out.err
    pages.write_text('[{"url": "practices/drugaya/", "source": "practices/drugaya.md"}]', encoding="utf-8")
    assert main(["--root", str(root), "check-links", "--pages", str(pages), "--site", str(site)]) == 0


@pytest.mark.parametrize(("files", "expected"), [
    (["practices/novaya.md", "practices/novaya/plan.pdf", "events/2026-12-seminar.md", "data/schools.csv"], False),
    (["README.md", "CONTRIBUTING.md", "docs-dev/benchmark.md", "data/monitoring/vpr-2026.csv"], False),
    (["practices/novaya.md", "scripts/shnor/cli.py"], True),
    (["docs/assets/javascripts/catalogue.js"], True),
    (["overrides/main.html"], True),
    (["tests/site/test_catalogue_pages.py"], True),
    (["mkdocs.yml"], True),
    (["data/taxonomies.yml"], True),
    (["data/synonyms.yml"], True),
    (["pyproject.toml"], True),
    ([".github/workflows/pull-request.yml"], True),
    (["scripts"], False),  # a file named like the folder is not in it
    ([], False),
])  # fmt: skip
def test_the_code_check_runs_only_for_code_configuration_templates_and_tests(files, expected):
    assert needs_code_check(files) is expected


def test_code_changes_writes_the_path_filter_for_the_workflow(tmp_path):
    root = _repository(tmp_path, RABOTA)
    write(root, "practices/rabota-s-roditelyami/plan.txt", "план\n")
    _commit(root, "a material")
    output = tmp_path / "github-output"
    args = ["--root", str(root), "code-changes", "--base", "main", "--output", str(output)]
    assert main([*args, "--author-association", "OWNER"]) == 0  # an owner's pull request is filtered too
    write(root, "mkdocs.yml", "site_name: Банк практик\n")
    _commit(root, "configuration")
    assert main(args) == 0
    assert output.read_text(encoding="utf-8") == "code=false\ncode=true\n"


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


@pytest.mark.browser
def test_screenshots_of_a_practice_page_on_a_desktop_and_a_phone(demo_site, tmp_path):
    pages = tmp_path / "pages.json"
    pages.write_text('[{"url": "practices/roditelskiy-klub/", "source": "practices/roditelskiy-klub.md"}]',
                     encoding="utf-8")
    out = tmp_path / "shots"
    # A process of its own, as the workflow runs it: Playwright's sync API runs one instance a thread, and the
    # browser tests' session may hold it.
    command = [sys.executable, "-m", "shnor.cli", "screenshots", "--pages", str(pages), "--site", str(demo_site),
               "--out", str(out)]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip().endswith("Снимков страниц: 2.")
    desktop, phone = out / "practices-roditelskiy-klub.png", out / "practices-roditelskiy-klub-phone.png"
    assert sorted(p.name for p in out.iterdir()) == sorted([desktop.name, phone.name])
    assert _png_size(desktop)[0] == 1280 and _png_size(phone)[0] == 360
    assert _png_size(desktop)[1] > 900  # the whole page, not the first screen


def test_the_path_filter_runs_on_a_bare_python(tmp_path):
    """The workflow's `paths` job runs the filter with the runner's own Python and nothing installed (-S: no
    site-packages): `shnor code-changes --output` must need the standard library only."""
    import os

    from tests.conftest import REPO

    root = _repository(tmp_path, RABOTA)
    write(root, "scripts/extra.py", "print('code')\n")
    _commit(root, "code")
    output = tmp_path / "github-output"
    result = subprocess.run(
        [sys.executable, "-S", "-m", "shnor.cli", "--root", str(root), "code-changes", "--base", "main", "--output",
         str(output)],
        env={"PATH": os.environ["PATH"], "PYTHONPATH": str(REPO / "scripts")}, capture_output=True, text=True,
        check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert output.read_text(encoding="utf-8") == "code=true\n"
