"""Honest markers (issue 16): a test that builds or serves a site, or starts Chromium, must carry the marker that
says so, so that ``pytest -m "not build and not browser"`` builds nothing and starts no browser.

The check sits where the work starts, not in a list of test files: ``subprocess.Popen`` (``mkdocs build``, ``mkdocs
serve``, the benchmark's probes, the Chromium driver) and MkDocs' own ``build()`` called in the test process. A test
without the marker fails at once and names the marker it needs; a session fixture (the demo site) is charged to the
first test that asks for it.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import pytest

BUILD, BROWSER = "build", "browser"
# Browser tests drive the site they build: either marker admits a build.
ALLOWED = {BUILD: (BUILD, BROWSER), BROWSER: (BROWSER,)}
_running: list[pytest.Item] = []


def _work_of(args: object) -> str | None:
    """``build`` or ``browser`` when a command line starts that work, None otherwise."""
    if isinstance(args, (str, bytes, os.PathLike)):
        words = [os.fsdecode(args)]
    elif isinstance(args, Sequence):
        words = [os.fsdecode(a) if isinstance(a, (str, bytes, os.PathLike)) else str(a) for a in args]
    else:
        return None
    names = [os.path.basename(word) for word in words]
    if "mkdocs" in names and ({"build", "serve", "gh-deploy"} & set(words)):
        return BUILD
    if "shnor_bench.probe" in words or ("shnor" in names and "bench" in words):
        return BUILD
    if "chromium" in names or any("playwright" in word and "driver" in word for word in words):
        return BROWSER  # Playwright's driver, which starts Chromium
    return None


def check(work: str | None) -> None:
    if work is None or not _running:
        return
    item = _running[-1]
    if not any(item.get_closest_marker(marker) for marker in ALLOWED[work]):
        pytest.fail(
            f"{item.nodeid} starts a {work} (a site built or served, or Chromium) but is not marked "
            f"@pytest.mark.{work}: mark it, so that -m 'not build and not browser' stays free of it",
            pytrace=False,
        )


class _CheckedPopen(subprocess.Popen):
    def __init__(self, args, *rest, **options) -> None:
        check(_work_of(args))
        super().__init__(args, *rest, **options)


def install() -> None:
    """Called once by tests/conftest.py: every child process and every in-process MkDocs build is checked."""
    import mkdocs.commands.build as mkdocs_build

    subprocess.Popen = _CheckedPopen  # subprocess.run and asyncio look Popen up at call time
    built = mkdocs_build.build

    def checked_build(*args, **kwargs):
        check(BUILD)
        return built(*args, **kwargs)

    mkdocs_build.build = checked_build


@contextmanager
def running(item: pytest.Item) -> Iterator[None]:
    """Around one test's setup, call and teardown."""
    _running.append(item)
    try:
        yield
    finally:
        _running.pop()
