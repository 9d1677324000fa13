"""Shared fixtures: a throw-away project root for records, and the demo site built once per test session."""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest

from tests import honest_markers

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures"
VALIDATION_FIXTURES = REPO / "tests" / "validation" / "fixtures"
TODAY = date(2026, 11, 25)  # the pinned build date of every test


def pytest_configure(config: pytest.Config) -> None:
    honest_markers.install()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None):
    with honest_markers.running(item):
        return (yield)


def new_project(
    root: Path, *practice_files: Path, schools: Path = FIXTURES / "schools.csv", site: bool = False
) -> Path:
    """A project root with the real taxonomies, the given school registry and practice files (with their
    material folders); with ``site``, also the real mkdocs.yml and docs/."""
    (root / "data").mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "data" / "taxonomies.yml", root / "data" / "taxonomies.yml")
    shutil.copy(schools, root / "data" / "schools.csv")
    practices = root / "practices"
    practices.mkdir(exist_ok=True)
    for path in practice_files:
        shutil.copy(path, practices / path.name)
        materials = path.with_suffix("")
        if materials.is_dir():
            shutil.copytree(materials, practices / materials.name, dirs_exist_ok=True)
    if site:
        shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
        shutil.copytree(REPO / "docs", root / "docs", dirs_exist_ok=True)
        shutil.copytree(REPO / "overrides", root / "overrides", dirs_exist_ok=True)  # theme.custom_dir
    return root


@pytest.fixture
def make_project(tmp_path: Path):
    def make(*practice_files: Path, schools: Path = FIXTURES / "schools.csv") -> Path:
        return new_project(tmp_path, *practice_files, schools=schools)

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
def site_project(tmp_path: Path):
    """A project with the real site configuration and docs, and only the given practices."""

    def make(*practice_files: Path) -> Path:
        return new_project(tmp_path / "project", *practice_files, site=True)

    return make


@contextmanager
def shared_between_workers(tmp_path_factory: pytest.TempPathFactory, name: str) -> Iterator[tuple[Path, bool]]:
    """(a folder, whether it is already made) for something made once per test run: under pytest-xdist the workers
    share the run's temporary root and take turns through a lock on it, so the first to come makes the folder and
    the others find it made; without xdist it is the session's own folder."""
    if "PYTEST_XDIST_WORKER" not in os.environ:
        yield tmp_path_factory.mktemp(name), False
        return
    root = tmp_path_factory.getbasetemp().parent  # pytest-of-<user>/pytest-<n>: the same for every worker
    with (root / f"{name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        done = root / f"{name}.done"
        folder = root / name
        if not done.exists():
            shutil.rmtree(folder, ignore_errors=True)  # what a failed attempt left
            folder.mkdir()
        yield folder, done.exists()
        done.touch()  # not reached when making it failed: the next worker tries again and fails the same way


@pytest.fixture(scope="session")
def demo_site(tmp_path_factory) -> Path:
    """The repository's own site with its demo content, built once (once for all pytest-xdist workers too)."""
    honest_markers.check(honest_markers.BUILD)  # also in a worker that finds it built by another
    with shared_between_workers(tmp_path_factory, "demo-site") as (out, built):
        if not built:
            result = run_build(REPO, out)
            assert result.returncode == 0, result.stderr[-4000:]
    return out


@contextmanager
def served_demo_copy(tmp_path: Path) -> Iterator[tuple[Path, str, subprocess.Popen, Path]]:
    """`mkdocs serve --dirty` on a copy of the repository: (the copy, its base URL, the process, its log file),
    once the first build is served."""
    import os
    import sys
    import time
    import urllib.request

    from shnor_bench.project_copy import copy_project
    from shnor_bench.serve_edit import _free_port

    project = copy_project(REPO, tmp_path / "project")
    port = _free_port()
    env = {**os.environ, "SHNOR_TODAY": TODAY.isoformat(), "NO_MKDOCS_2_WARNING": "1"}
    log = tmp_path / "serve.log"
    with log.open("w") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--dirty", "-f", str(project / "mkdocs.yml"),
             "-a", f"127.0.0.1:{port}"], env=env, stdout=subprocess.DEVNULL, stderr=stderr, cwd=project)
    base = f"http://127.0.0.1:{port}/"
    try:
        started = time.monotonic()
        while True:
            assert process.poll() is None, "mkdocs serve stopped:\n" + log.read_text(encoding="utf-8")[-3000:]
            assert time.monotonic() - started < 300, "the first build was not served within 300 s"
            try:
                urllib.request.urlopen(base, timeout=5).close()
                break
            except OSError:
                time.sleep(0.5)
        time.sleep(1.5)  # the watcher settles after the first build
        yield project, base, process, log
    finally:
        process.terminate()
        process.wait(timeout=30)
