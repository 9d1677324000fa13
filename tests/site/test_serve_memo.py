"""Under `mkdocs serve`, the monitoring pages are generated again only when a file under data/ changed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from shnor.site import serve_memo


@pytest.fixture
def data(tmp_path: Path):
    (tmp_path / "monitoring").mkdir()
    (tmp_path / "monitoring" / "values.csv").write_text("school,indicator\n", encoding="utf-8")
    serve_memo.enable(True)
    yield tmp_path
    serve_memo.enable(False)


def test_unchanged_data_is_remembered_and_an_edit_is_seen(data: Path):
    calls: list[int] = []

    def make() -> str:
        calls.append(1)
        return f"страница {len(calls)}"

    serve_memo.next_rebuild(data)
    assert serve_memo.remember("monitoring", make) == "страница 1"
    serve_memo.next_rebuild(data)  # a practice was edited: data/ is as it was
    assert serve_memo.remember("monitoring", make) == "страница 1"
    path = data / "monitoring" / "values.csv"
    path.write_text("school,indicator\nsosh-1,continue-soo\n", encoding="utf-8")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000))
    serve_memo.next_rebuild(data)
    assert serve_memo.remember("monitoring", make) == "страница 2"
    assert len(calls) == 2


def test_values_not_asked_for_in_a_rebuild_are_dropped(data: Path):
    serve_memo.next_rebuild(data)
    serve_memo.remember("a", lambda: "первое")
    serve_memo.next_rebuild(data)
    serve_memo.next_rebuild(data)  # "a" was not asked for in the rebuild before this one
    assert serve_memo.remember("a", lambda: "заново") == "заново"


def test_a_plain_build_never_remembers():
    serve_memo.enable(False)
    serve_memo.next_rebuild(Path("."))
    assert serve_memo.remember("a", lambda: 1) == 1
    assert serve_memo.remember("a", lambda: 2) == 2
