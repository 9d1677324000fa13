"""Shared fixtures: a throw-away project root for records, and the demo site built once per test session."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures"
VALIDATION_FIXTURES = REPO / "tests" / "validation" / "fixtures"
TODAY = date(2026, 11, 25)  # the pinned build date of every test


@pytest.fixture
def make_project(tmp_path: Path):
    """A project root with the real taxonomies, the fixture school registry and the given practice files."""

    def make(*practice_files: Path, schools: Path = FIXTURES / "schools.csv") -> Path:
        (tmp_path / "data").mkdir(exist_ok=True)
        shutil.copy(REPO / "data" / "taxonomies.yml", tmp_path / "data" / "taxonomies.yml")
        shutil.copy(schools, tmp_path / "data" / "schools.csv")
        practices = tmp_path / "practices"
        practices.mkdir(exist_ok=True)
        for path in practice_files:
            shutil.copy(path, practices / path.name)
            materials = path.with_suffix("")
            if materials.is_dir():
                shutil.copytree(materials, practices / materials.name, dirs_exist_ok=True)
        return tmp_path

    return make


def run_build(root: Path, out: Path, today: str = TODAY.isoformat()):
    """``mkdocs build --strict`` in a subprocess, as a person runs it, with the build date pinned."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "SHNOR_TODAY": today, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(root / "mkdocs.yml"), "-d", str(out)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


@pytest.fixture
def site_project(make_project):
    """A project with the real site configuration and docs, and only the given practices."""

    def make(*practice_files: Path) -> Path:
        root = make_project(*practice_files)
        shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
        shutil.copytree(REPO / "docs", root / "docs", dirs_exist_ok=True)
        return root

    return make


@pytest.fixture(scope="session")
def demo_site(tmp_path_factory) -> Path:
    """The repository's own site with its demo content, built once."""
    out = tmp_path_factory.mktemp("demo-site")
    result = run_build(REPO, out)
    assert result.returncode == 0, result.stderr[-4000:]
    return out
