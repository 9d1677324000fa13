"""A methodist previews a practice under `mkdocs serve --dirty` and saves an edit: the open page reloads by itself
and shows it, in a real browser."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.conftest import screenshot
from tests.conftest import served_demo_copy

pytestmark = pytest.mark.browser

EDIT = "Правка, сделанная во время просмотра в браузере."


def test_an_edited_practice_reloads_in_the_open_page(page, tmp_path: Path):
    with served_demo_copy(tmp_path) as (project, base, _, _):
        practice = project / "practices" / "analiz-vpr-koridor-reshaemosti.md"
        page.goto(base + f"practices/{practice.stem}/")
        assert page.get_by_role("heading", level=1).inner_text().rstrip("¶") == (
            "Поэлементный анализ ВПР по «коридору решаемости» и коррекция рабочих программ")
        assert page.get_by_text(EDIT).count() == 0
        text = practice.read_text(encoding="utf-8")
        practice.write_text(text.replace("## Контакты", f"{EDIT}\n\n## Контакты", 1), encoding="utf-8")
        page.get_by_text(EDIT).wait_for(timeout=60_000)  # no navigation here: MkDocs' live reload
        contacts = page.locator("h2", has_text="Контакты")
        assert page.get_by_text(EDIT).bounding_box()["y"] < contacts.bounding_box()["y"]  # where it was typed
        page.get_by_text(EDIT).scroll_into_view_if_needed()
        screenshot(page, "live-reload-edited-practice")
