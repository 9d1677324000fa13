"""`mkdocs serve --dirty` on a copy of the demo repository: an edited practice text, an edited practice title and an
edited school registry are all seen in the served pages (the serve session keeps the sections other than the practice
pages only while no record but a practice's text changed, and the monitoring pages only while data/ is unchanged)."""

from __future__ import annotations

import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import served_demo_copy


def _get(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def _wait_for(url: str | Path, text: str, process: subprocess.Popen, timeout: float = 120) -> None:
    """Until ``text`` is in the page at ``url`` (or in the file ``url``: the server's log)."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        assert process.poll() is None, "mkdocs serve stopped"
        if text in (url.read_text(encoding="utf-8") if isinstance(url, Path) else _get(url)):
            return
        time.sleep(0.2)
    raise AssertionError(f"{text!r} never appeared at {url}")


@pytest.mark.build
def test_edits_of_a_practice_and_of_data_are_served(tmp_path: Path):
    with served_demo_copy(tmp_path) as (project, base, process, log):
        school = base + "schools/sosh-2-berezovka/"
        _wait_for(school, "Целевые показатели: СОШ № 2", process)
        practice = next((project / "practices").glob("*.md"))
        text = practice.read_text(encoding="utf-8")
        practice.write_text(text.replace("## Контакты", "Правка во время просмотра.\n\n## Контакты", 1),
                            encoding="utf-8")
        page = base + f"practices/{practice.stem}/"
        _wait_for(page, "Правка во время просмотра.", process)
        # Only the edited text is checked again under serve, and a script typed into it still stops the build.
        edited = practice.read_text(encoding="utf-8")
        practice.write_text(edited.replace("Правка во время", "<script>alert(1)</script> Вторая правка во время", 1),
                            encoding="utf-8")
        _wait_for(log, f"practices/{practice.name}:", process)
        assert "[SH109]" in log.read_text(encoding="utf-8") and "Вторая правка" not in _get(page)
        practice.write_text(edited.replace("Правка во время", "Третья правка во время", 1), encoding="utf-8")
        _wait_for(page, "Третья правка во время просмотра.", process)
        # A changed title is front matter: the school page that lists the practice is made again, not kept.
        own = project / "practices" / "analiz-vpr-koridor-reshaemosti.md"
        own.write_text(own.read_text(encoding="utf-8").replace("title: Поэлементный анализ ВПР",
                                                               "title: Правленый анализ ВПР", 1), encoding="utf-8")
        _wait_for(school, "Правленый анализ ВПР", process)
        registry = project / "data" / "schools.csv"
        registry.write_text(registry.read_text(encoding="utf-8").replace(",СОШ № 2,", ",СОШ № 2 (правка),", 1),
                            encoding="utf-8")
        _wait_for(school, "Целевые показатели: СОШ № 2 (правка)", process)  # the dashboard was made again
