"""A project root with the fixture registry, blog authors and the given announcement files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
AUTHORS = "authors:\n  imc:\n    name: ИМЦ\n    description: методический центр\n    avatar: assets/imc.svg\n"


@pytest.fixture
def events_project(make_project):
    def make(*files: Path, partnerships: tuple[Path, ...] = ()) -> Path:
        root = make_project()
        (root / "docs" / "blog").mkdir(parents=True, exist_ok=True)
        (root / "docs" / "blog" / ".authors.yml").write_text(AUTHORS, encoding="utf-8")
        for folder, paths in (("events", files), ("partnerships", partnerships)):
            (root / folder).mkdir(exist_ok=True)
            for path in paths:
                shutil.copy(path, root / folder / path.name)
        return root

    return make
