"""Under `mkdocs serve`, the monitoring pages are generated again only when a file under data/ changed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from shnor.site.serve_memo import ServeMemo


@pytest.fixture
def data(tmp_path: Path):
    (tmp_path / "monitoring").mkdir()
    (tmp_path / "monitoring" / "values.csv").write_text("school,indicator\n", encoding="utf-8")
    return tmp_path


@pytest.fixture
def serve_memo() -> ServeMemo:
    return ServeMemo(enabled=True)


def test_unchanged_data_is_remembered_and_an_edit_is_seen(data: Path, serve_memo: ServeMemo):
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


def test_values_not_asked_for_in_a_rebuild_are_dropped(data: Path, serve_memo: ServeMemo):
    serve_memo.next_rebuild(data)
    serve_memo.remember("a", lambda: "первое")
    serve_memo.next_rebuild(data)
    serve_memo.next_rebuild(data)  # "a" was not asked for in the rebuild before this one
    assert serve_memo.remember("a", lambda: "заново") == "заново"


def test_a_plain_build_never_remembers():
    serve_memo = ServeMemo()
    serve_memo.next_rebuild(Path("."))
    assert serve_memo.remember("a", lambda: 1) == 1
    assert serve_memo.remember("a", lambda: 2) == 2


def test_records_signature_changes_with_front_matter_not_with_a_practices_text(tmp_path):
    from shnor.site.records_signature import RecordsSignature

    practice = tmp_path / "practices" / "p.md"
    practice.parent.mkdir()
    practice.write_text("---\ntitle: Старое\n---\n\n## Проблема\n\nТекст.\n", encoding="utf-8")
    event = tmp_path / "events" / "e.md"
    event.parent.mkdir()
    event.write_text("---\ntitle: Семинар\n---\n\nТекст.\n", encoding="utf-8")
    signature = RecordsSignature()
    first = signature(tmp_path, ["practices", "events"])
    practice.write_text("---\ntitle: Старое\n---\n\n## Проблема\n\nДругой текст, длиннее.\n", encoding="utf-8")
    assert signature(tmp_path, ["practices", "events"]) == first  # only the practice's own page shows its text
    practice.write_text("---\ntitle: Новое\n---\n\n## Проблема\n\nДругой текст, длиннее.\n", encoding="utf-8")
    second = signature(tmp_path, ["practices", "events"])
    assert second != first
    event.write_text("---\ntitle: Семинар\n---\n\nТекст события длиннее.\n", encoding="utf-8")  # a post shows it
    assert signature(tmp_path, ["practices", "events"]) != second


def test_records_signature_splits_front_matter_as_the_reader_does(tmp_path):
    """A teacher's file saved with a BOM and CRLF: a changed title is front matter (the pages listing it are made
    again, every record validated), a changed paragraph is not."""
    from shnor.site.records_signature import RecordsSignature

    practice = tmp_path / "practices" / "p.md"
    practice.parent.mkdir()

    def save(title: str, text: str) -> None:
        practice.write_bytes(f"\ufeff---\r\ntitle: {title}\r\n---\r\n\r\n## Проблема\r\n\r\n{text}\r\n".encode())

    save("Старое", "Текст.")
    signature = RecordsSignature()
    first = signature(tmp_path, ["practices"])
    save("Новое название", "Текст.")
    second = signature(tmp_path, ["practices"])
    assert second != first and signature.changed == [practice]
    save("Новое название", "Другой, более длинный текст.")
    assert signature(tmp_path, ["practices"]) == second and signature.changed == [practice]
