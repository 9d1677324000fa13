"""Region scale, smoke only: the synthetic project generator and the benchmark run at a tiny size.
Speed is measured by `shnor bench`, never asserted here."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import REPO, TODAY

SIZES = ["--schools", "20", "--practices", "30", "--events", "10"]
# Under pytest-xdist (scripts/test.sh) this module's tests go to one worker: the project its fixture generates is
# generated once.
pytestmark = pytest.mark.xdist_group("test_scale_smoke")


def _shnor(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "SHNOR_TODAY": TODAY.isoformat(), "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, "-m", "shnor.cli", "--root", str(REPO), *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        cwd=REPO,
    )


def _files(root: Path) -> dict[str, bytes]:
    """The generated files: not the validation cache that validating the project leaves in .cache/."""
    files = (p for p in sorted(root.rglob("*")) if p.is_file() and p.relative_to(root).parts[0] != ".cache")
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in files}


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("demo") / "project"
    result = _shnor("demo-data", *SIZES, "--seed", "7", "--out", str(out))
    assert result.returncode == 0, result.stderr
    return out


def test_generated_project_passes_validation(project: Path):
    result = subprocess.run(
        [sys.executable, "-m", "shnor.cli", "--root", str(project), "validate", "--today", TODAY.isoformat()],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Ошибок нет" in result.stderr


def test_generated_project_has_every_kind(project: Path):
    practices = sorted((project / "practices").glob("*.md"))
    assert len(practices) == 30
    assert (project / "data" / "schools.csv").read_text(encoding="utf-8").count("\n") == 21
    assert (project / "mkdocs.yml").is_file() and (project / "docs" / "index.md").is_file()
    assert (project / "data" / "taxonomies.yml").read_bytes() == (REPO / "data" / "taxonomies.yml").read_bytes()
    if (REPO / "events").is_dir():
        assert len(list((project / "events").glob("*.md"))) == 10
    if (REPO / "data" / "monitoring").is_dir():
        assert (project / "data" / "monitoring" / "values.csv").is_file()
    for kind in ("partnerships", "documents", "people", "programmes"):
        if (REPO / kind).is_dir():
            assert list((project / kind).glob("*.md")), f"{kind}: the source project has them"
    material_files = [p for p in (project / "practices").rglob("*") if p.is_file() and p.suffix != ".md"]
    assert material_files, "some practices reference material files"


def test_every_taxonomy_value_is_used(project: Path):
    taxonomies = yaml.safe_load((project / "data" / "taxonomies.yml").read_text(encoding="utf-8"))
    used: dict[str, set] = {
        key: set()
        for key in (
            "subjects",
            "risk_factors",
            "directions",
            "practice_types",
            "levels",
            "licenses",
            "review_statuses",
            "evidence_units",
        )
    }
    for path in (project / "practices").glob("*.md"):
        meta = yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])
        used["subjects"] |= set(meta["subjects"])
        used["risk_factors"] |= set(meta["risk_factors"])
        used["directions"].add(meta["direction"])
        used["practice_types"].add(meta["type"])
        used["levels"] |= set(meta["levels"])
        used["licenses"].add(meta["license"])
        used["review_statuses"].add(meta["review"]["status"])
        used["evidence_units"] |= {e["unit"] for e in meta["evidence"]}
    for key, values in used.items():
        assert values == {term["id"] for term in taxonomies[key]}, key


def test_same_seed_same_files_other_seed_other_files(project: Path, tmp_path: Path):
    again, other = tmp_path / "again", tmp_path / "other"
    assert _shnor("demo-data", *SIZES, "--seed", "7", "--out", str(again)).returncode == 0
    assert _shnor("demo-data", *SIZES, "--seed", "8", "--out", str(other)).returncode == 0
    assert _files(again) == _files(project)
    assert _files(other) != _files(project)


def test_output_inside_the_repository_content_is_refused(tmp_path: Path):
    result = _shnor("demo-data", *SIZES, "--out", str(REPO / "practices" / "synthetic"))
    assert result.returncode == 2
    assert not (REPO / "practices" / "synthetic").exists()


@pytest.mark.build
@pytest.mark.browser
def test_bench_runs_at_a_tiny_size_and_writes_its_table(tmp_path: Path):
    out = tmp_path / "results"
    result = _shnor(
        "bench",
        "--sizes",
        "8,16",
        "--schools",
        "8",
        "--events",
        "4",
        "--work",
        str(tmp_path / "work"),
        "--out",
        str(out),
    )
    assert result.returncode == 0, result.stderr[-4000:]
    assert "build, s" in result.stdout and "ms per page" in result.stdout
    data = json.loads((out / "results.json").read_text(encoding="utf-8"))
    assert [size["practices"] for size in data["sizes"]] == [8, 16]
    largest = data["sizes"][-1]
    assert largest["project"]["pages"] > largest["practices"]
    assert largest["baseline"]["pages"] > 0
    assert not largest["project"]["search_escaped"], "the shnor plugin rewrites the search index as UTF-8"
    assert largest["browser"]["project"]["filter_changed"]
    assert {t["name"] for t in data["targets"]} >= {"build vs bare mkdocs-material, largest size"}
    # The records check of a pull request that adds one practice, on the largest project and on the demo repository:
    # every command of the workflow's records job ran and passed (a failing one leaves None).
    steps = ["pr-summary", "validate", "review-guard", "build --strict", "check-links", "screenshots"]
    for run in (largest["records_check"], data["records_check_demo"]):
        assert list(run["steps"]) == steps
        assert run["practice"].endswith("-povtorenie")
    assert {"records check of a pull request, demo repository", "records check of a pull request, 16 practices"} <= {
        t["name"] for t in data["targets"]}
    assert "| practices | figure | project | baseline | ratio |" in (out / "results.md").read_text(encoding="utf-8")
