"""Measurements run in a child process of the benchmark, so that imports and caches of one do not help another.

python -m shnor_bench.probe validate ROOT       -> {"files", "errors", "cold": {...}, "warm": {...}}  (all records,
                                                   every rule; cold: empty cache, warm: the cache the cold run left)
python -m shnor_bench.probe validate-once ROOT  -> {"seconds", "import_seconds", "files", "errors", "cache_hits", ...}
python -m shnor_bench.probe indicators ROOT     -> {"load_seconds", "compute_seconds", "schools", "tables"}
python -m shnor_bench.probe materialise ROOT OUT -> {"pages", "files"}: the project's pages as plain Markdown

The build date is SHNOR_TODAY (the benchmark pins it).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from shnor import clock


def validate_once(root: Path) -> dict:
    """One ``validate_repository`` over the whole project, with whatever cache ``root`` holds. Imports are timed
    apart: every kind's loader (pandas for the monitoring) is imported first."""
    started = time.perf_counter()
    import shnor.kinds  # noqa: F401  (every kind's loader, the monitoring's pandas with it)
    from shnor.validation.checks import validate_repository

    imported = time.perf_counter()
    repo = validate_repository(root, clock.today())
    seconds = time.perf_counter() - imported
    record_files = {s.rel for s in repo.sources} | {p.path for p in repo.problems}
    files = len(record_files) + sum(1 for _ in (root / "data").rglob("*.csv"))
    for folder in ("partnerships", "events", "documents", "programmes", "people"):
        files += sum(1 for p in (root / folder).glob("*.md") if p.as_posix() not in record_files)
    return {
        "seconds": seconds,
        "import_seconds": imported - started,
        "files": files,
        "errors": len(repo.errors),
        "first_errors": [p.format() for p in repo.errors[:5]],
        "cache": repo.cache.enabled,
        "cache_hits": repo.cache.hits,
        "cache_misses": repo.cache.misses,
    }


def validate(root: Path) -> dict:
    """A cold run (the cache emptied first) and a warm run (the cache the cold run left, no file changed: a CI
    re-run, a rebuild), each in a new process as a person runs ``shnor validate``."""
    import shutil
    import subprocess

    from shnor.records.file_cache import CACHE_DIR

    shutil.rmtree(root / CACHE_DIR, ignore_errors=True)
    runs = {}
    for name in ("cold", "warm"):
        done = subprocess.run(
            [sys.executable, "-m", "shnor_bench.probe", "validate-once", str(root)],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0:
            raise RuntimeError(f"{name} validate failed:\n{done.stderr[-4000:]}")
        runs[name] = json.loads(done.stdout.strip().splitlines()[-1])
    cold, warm = runs["cold"], runs["warm"]
    return {
        "files": cold["files"],
        "errors": cold["errors"],
        "first_errors": cold["first_errors"],
        "cold": {k: cold[k] for k in ("seconds", "import_seconds", "cache", "cache_hits", "cache_misses")},
        "warm": {k: warm[k] for k in ("seconds", "import_seconds", "cache", "cache_hits", "cache_misses")},
        "warm_errors": warm["errors"],  # must equal ``errors``: a cache never hides a problem
    }


def indicators(root: Path) -> dict:
    from shnor.indicators.loading import load_monitoring
    from shnor.indicators.report import MonitoringReport
    from shnor.paths import ProjectPaths
    from shnor.records.schools import load_schools
    from shnor.taxonomy import taxonomies_at

    taxonomies = taxonomies_at(root)
    schools, _ = load_schools(ProjectPaths(root), taxonomies)
    started = time.perf_counter()
    data, problems = load_monitoring(root, schools)
    loaded = time.perf_counter()
    report = MonitoringReport(data, clock.today(), {t.id: t.name for t in taxonomies["subjects"]})
    tables = {}
    for name in (
        "values",
        "vpr",
        "corridor",
        "gia",
        "social",
        "identification",
        "identification_summary",
        "roadmap",
        "roadmap_sections",
    ):
        tables[name] = len(getattr(report, name))
    computed = time.perf_counter()
    return {
        "load_seconds": loaded - started,
        "compute_seconds": computed - loaded,
        "schools": len(schools),
        "tables": tables,
        "problems": len(problems),
    }


def materialise(root: Path, out: Path) -> dict:
    """Every page and file the shnor plugin would add, written into ``out`` with the docs pages (the baseline's
    docs): the pages of ``shnor generate`` (shnor.generate.project)."""
    from shnor.generate.project import write_pages

    written = write_pages(root, out)
    return {"pages": written.pages, "files": written.files}


def main(argv: list[str]) -> int:
    kind, root = argv[0], Path(argv[1])
    if kind == "validate":
        result = validate(root)
    elif kind == "validate-once":
        result = validate_once(root)
    elif kind == "indicators":
        result = indicators(root)
    elif kind == "materialise":
        result = materialise(root, Path(argv[2]))
    else:
        raise SystemExit(f"unknown probe {kind}")
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
