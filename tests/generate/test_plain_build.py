"""``shnor generate`` (issue 16, plan step 1 of docs-dev/migration.md): the demo project written as a plain project,
built by stock MkDocs and by ProperDocs without the shnor plugin and macros, gives the same pages as the project's
own build (tools/compare_sites.py).

The differences, checked by hand (4 December 2026, MkDocs 1.6.1, ProperDocs 1.6.7, Material 9.8.2):
* stock MkDocs: none;
* ProperDocs: only Material's ``<meta name="generator">``, which names the builder
  (``mkdocs-ProperDocs 1.6.7`` for ``mkdocs-1.6.1``), on every HTML page that has it.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, TODAY, run_build

pytestmark = pytest.mark.build

_spec = importlib.util.spec_from_file_location("compare_sites", REPO / "tools" / "compare_sites.py")
compare_sites = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(compare_sites)

MKDOCS_GENERATOR = 'content="mkdocs-1.6.1, '
PROPERDOCS_GENERATOR = 'content="mkdocs-ProperDocs 1.6.7, '


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("generated") / "project"
    done = subprocess.run([sys.executable, "-m", "shnor.cli", "--root", str(REPO), "generate", "--out", str(out),
                           "--today", TODAY.isoformat()], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-4000:]
    return out


def test_the_generated_project_has_no_plugin_and_no_macros(generated):
    config = (generated / "mkdocs.yml").read_text(encoding="utf-8")
    assert "- shnor" not in config and "macros" not in config
    assert "hooks/shnor_hooks.py" in config
    pages = (generated / "docs" / "index.md").read_text(encoding="utf-8")
    assert "{{" not in pages and "{%" not in pages  # what the macros print, written in
    assert (generated / "docs" / "practices" / "nastavnichestvo-molodyh-pedagogov.md").is_file()
    assert not list((generated / "docs").rglob("*.md.tmp"))


def test_stock_mkdocs_builds_the_same_pages(generated, demo_site, tmp_path):
    site = tmp_path / "site"
    result = run_build(generated, site)
    assert result.returncode == 0, result.stderr[-4000:]
    assert compare_sites.compare(demo_site, site) == []


def test_properdocs_builds_the_same_pages_but_for_the_generator_it_names(generated, demo_site, tmp_path):
    site = tmp_path / "site"
    env = {**os.environ, "SHNOR_TODAY": TODAY.isoformat()}
    result = subprocess.run([sys.executable, "-m", "properdocs", "build", "--strict", "-f",
                             str(generated / "mkdocs.yml"), "-d", str(site)],
                            capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0, result.stderr[-4000:]
    named = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html")
                   if PROPERDOCS_GENERATOR in p.read_text(encoding="utf-8"))
    assert named == sorted(p.relative_to(demo_site).as_posix() for p in demo_site.rglob("*.html")
                           if MKDOCS_GENERATOR in p.read_text(encoding="utf-8"))  # every page Material's head makes
    differences = compare_sites.compare(demo_site, site, shown=0)
    assert differences == [f"differs: {rel}" for rel in named]
    renamed = tmp_path / "renamed"
    shutil.copytree(site, renamed)
    for rel in named:
        path = renamed / rel
        path.write_text(path.read_text(encoding="utf-8").replace(PROPERDOCS_GENERATOR, MKDOCS_GENERATOR),
                        encoding="utf-8")
    assert compare_sites.compare(demo_site, renamed) == []
