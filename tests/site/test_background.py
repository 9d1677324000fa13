"""Workbooks written by a second process: every file is there when the build copies files, a failure stops it."""

from __future__ import annotations

import functools

import pytest

from shnor.site.background import Background


def _bytes(text: str) -> bytes:
    return text.encode("utf-8")


def _broken() -> bytes:
    raise ValueError("нет данных для книги")


@pytest.mark.parametrize("parallel", [True, False])
def test_files_are_written_before_wait_returns(parallel):
    background = Background(parallel=parallel)
    try:
        paths = [background.submit(f"monitoring/data/t{i}.xlsx", functools.partial(_bytes, f"книга {i}"))
                 for i in range(3)]
        background.wait()
        assert [p.read_text(encoding="utf-8") for p in paths] == ["книга 0", "книга 1", "книга 2"]
    finally:
        background.close()
    assert not paths[0].parent.exists()  # the temporary folder goes with the build


def test_a_failed_workbook_fails_the_build():
    background = Background(parallel=True)
    try:
        background.submit("monitoring/data/broken.xlsx", _broken)
        with pytest.raises(ValueError, match="нет данных для книги"):
            background.wait()
    finally:
        background.close()
