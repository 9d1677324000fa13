"""The check behind honest markers (tests/honest_markers.py): which command lines are a build or a browser, and a
test without the marker fails while one with it runs."""

from __future__ import annotations

import sys

import pytest

from tests import honest_markers
from tests.honest_markers import BROWSER, BUILD, _work_of


@pytest.mark.parametrize(
    ("args", "work"),
    [
        ([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", "x/mkdocs.yml"], BUILD),
        (["/work/.venv/bin/mkdocs", "serve", "--dirty"], BUILD),
        ([sys.executable, "-m", "shnor_bench.probe", "validate", "/tmp/p"], BUILD),
        (["/venv/lib/python3.11/site-packages/playwright/driver/node", "/venv/.../playwright/driver/package/cli.js",
          "run-driver"], BROWSER),
        (["/usr/bin/chromium", "--headless"], BROWSER),
        ([sys.executable, "-m", "mkdocs", "--version"], None),
        (["git", "init", "-q", "/tmp/build"], None),
        (["/venv/bin/shnor", "validate", "--root", "serve"], None),
        ("pagefind --site site", None),
    ],
)
def test_a_command_line_is_a_build_a_browser_or_neither(args, work):
    assert _work_of(args) == work


class _Item:
    nodeid = "tests/x.py::test_x"

    def __init__(self, *markers: str) -> None:
        self.markers = markers

    def get_closest_marker(self, name: str):
        return name if name in self.markers else None


def test_a_build_in_a_test_without_the_marker_fails_and_names_it():
    with honest_markers.running(_Item()), pytest.raises(pytest.fail.Exception, match=r"tests/x.py::test_x .* "
                                                                                    r"@pytest.mark.build"):
        honest_markers.check(BUILD)


def test_the_marker_admits_the_work_and_a_browser_test_may_build():
    with honest_markers.running(_Item(BUILD)):
        honest_markers.check(BUILD)
    with honest_markers.running(_Item(BROWSER)):
        honest_markers.check(BUILD)
        honest_markers.check(BROWSER)
    with honest_markers.running(_Item(BUILD)), pytest.raises(pytest.fail.Exception, match=r"mark\.browser"):
        honest_markers.check(BROWSER)


def test_the_check_is_installed_for_the_whole_session():
    import subprocess

    import mkdocs.commands.build

    assert subprocess.Popen is honest_markers._CheckedPopen
    assert mkdocs.commands.build.build.__name__ == "checked_build"
