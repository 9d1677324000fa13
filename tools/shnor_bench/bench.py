"""``shnor bench``: generate projects of growing size, build each with the project's configuration and as bare
mkdocs-material on the same pages, and measure everything issue 7 names, in one run on one machine."""

from __future__ import annotations

import json
import os
import platform
import shutil
import sys
import time
from dataclasses import dataclass, field
from datetime import datetime
from importlib.metadata import version
from pathlib import Path

from shnor_bench.baseline import write_baseline_config
from shnor_bench.generate import Sizes, generate_project
from shnor_bench.measure import run_measured, site_stats, static_catalogue
from shnor_bench.project_copy import copy_project
from shnor_bench.report import render_terminal, write_results

TODAY = "2026-11-25"  # builds are pinned, as in the tests
DEFAULT_SIZES = (500, 2000, 5000)
QUICK_SIZES = (20, 40)


@dataclass(frozen=True)
class BenchOptions:
    source: Path
    work: Path
    out: Path
    practice_sizes: tuple[int, ...]
    schools: int
    events: tuple[int, ...]
    browser: bool = True
    serve_edit: bool = True
    serve_edit_max: int = 100_000  # above this many practices the serve measurement is skipped (--serve-max)
    seed: int = 1
    argv: list[str] = field(default_factory=list)

    @classmethod
    def make(
        cls,
        *,
        source: Path,
        work: Path,
        out: Path,
        quick: bool,
        practice_sizes: list[int] | None,
        schools: int | None,
        events: int | None,
        browser: bool,
        seed: int,
        serve_max: int = 100_000,
    ) -> BenchOptions:
        sizes = tuple(practice_sizes or (QUICK_SIZES if quick else DEFAULT_SIZES))
        return cls(
            source=source,
            work=work,
            out=out,
            practice_sizes=sizes,
            schools=schools or (12 if quick else 1000),
            events=tuple(events if events is not None else max(5, n // 10) for n in sizes),
            browser=browser,
            serve_edit=not quick,
            serve_edit_max=serve_max,
            seed=seed,
            argv=sys.argv[1:],
        )


def _env() -> dict[str, str]:
    return {**os.environ, "SHNOR_TODAY": TODAY, "NO_MKDOCS_2_WARNING": "1"}


def _python() -> str:
    return sys.executable


def machine() -> dict[str, str]:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem_kb = int(
            next(x for x in Path("/proc/meminfo").read_text().splitlines() if x.startswith("MemTotal")).split()[1]
        )
        ram = f"{mem_kb / 1024 / 1024:.1f} GiB"
    except (OSError, StopIteration, ValueError):
        ram = "?"
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    packages = {name: _version(name) for name in ("mkdocs", "mkdocs-material", "pydantic", "pandas", "playwright")}
    return {
        "cpu": cpu,
        "cores (nproc)": str(os.cpu_count()),
        "RAM": ram,
        "OS": platform.platform(),
        "Python": platform.python_version(),
        **packages,
        "load average at start (1, 5, 15 min)": load,
    }


def _version(name: str) -> str:
    try:
        return version(name)
    except Exception:  # a missing package is reported, not fatal
        return "not installed"


def _build(config: Path, site: Path) -> dict:
    if site.exists():
        shutil.rmtree(site)
    run = run_measured([_python(), "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(site)], env=_env())
    if run.returncode != 0:
        raise RuntimeError(f"mkdocs build of {config} failed:\n{run.stderr[-4000:]}")
    stats = site_stats(site)
    return {
        "seconds": run.seconds,
        "peak_rss_mb": run.peak_rss_mb,
        "ms_per_page": run.seconds * 1000 / max(1, stats.pages),
        **stats.__dict__,
        "search_bytes_per_page": stats.search_bytes_per_page,
    }


def _probe(*args: str) -> dict:
    run = run_measured([_python(), "-m", "shnor_bench.probe", *args], env=_env())
    if run.returncode != 0:
        raise RuntimeError(f"probe {args[0]} failed:\n{run.stderr[-4000:]}")
    return json.loads(run.stdout.strip().splitlines()[-1])


def _first_practice(site: Path) -> Path | None:
    return next((p for p in sorted((site / "practices").glob("*/index.html")) if p.parent.name != "page"), None)


def _nav_links(site: Path) -> int:
    practice = _first_practice(site)
    return practice.read_text(encoding="utf-8").count('class="md-nav__link') if practice else 0


def _search_index_build(site: Path) -> dict:
    """Pagefind over the built site once more, timed apart (the build runs it last, inside its own time); Material's
    lunr index is made inside the baseline's build and cannot be timed apart."""
    from shnor.site.pagefind_index import build_index

    indexed = build_index(site)
    return {"seconds": indexed.seconds, "pages": indexed.pages, "bytes": indexed.bytes}


def _log(message: str) -> None:
    print(f"[bench {datetime.now():%H:%M:%S}] {message}", file=sys.stderr, flush=True)


def measure_size(options: BenchOptions, practices: int, events: int, largest: bool, indicators: dict | None) -> dict:
    project = options.work / f"project-{practices}"
    baseline = options.work / f"baseline-{practices}"
    _log(f"{practices} practices: generating")
    generate_project(project, options.source, Sizes(options.schools, practices, events, options.seed))
    _log(f"{practices} practices: shnor validate")
    validate = _probe("validate", str(project))
    if validate["errors"]:
        raise RuntimeError(f"the synthetic project does not validate: {validate['first_errors']}")
    if validate["warm_errors"] != validate["errors"]:
        raise RuntimeError("validation from the cache reported other errors than without it")
    for run in ("cold", "warm"):
        validate[run]["files_per_second"] = validate["files"] / validate[run]["seconds"]
    if indicators is None:  # the monitoring tables depend on the schools only: measured once per run
        _log(f"{practices} practices: indicators")
        try:
            indicators = _probe("indicators", str(project))
        except RuntimeError as error:
            _log(f"indicators not measured: {str(error)[-300:]}")
    _log(f"{practices} practices: project build")
    project_build = _build(project / "mkdocs.yml", options.work / f"site-{practices}")
    site = options.work / f"site-{practices}"
    project_build["nav_links_on_practice_page"] = _nav_links(site)
    no_script = static_catalogue(site)
    project_build["static_catalogue"] = no_script.__dict__ | {"complete": no_script.complete}
    _log(f"{practices} practices: search index build, timed apart")
    project_build["search_index_build"] = _search_index_build(site)
    _log(f"{practices} practices: baseline pages (every page the plugin generates, written out as Markdown)")
    if baseline.exists():
        shutil.rmtree(baseline)
    _probe("materialise", str(project), str(baseline / "docs"))
    _log(f"{practices} practices: baseline build")
    baseline_build = _build(write_baseline_config(project, baseline), options.work / f"baseline-site-{practices}")
    result = {
        "practices": practices,
        "schools": options.schools,
        "events": events,
        "project": project_build,
        "baseline": baseline_build,
        "validate": validate,
        "indicators": indicators,
    }
    if largest and options.browser:
        from shnor_bench.browser import browser_timings, cold_query

        _log(f"{practices} practices: browser")
        result["browser"] = {}
        for name, site, catalogue in (("project", f"site-{practices}", True),
                                      ("baseline", f"baseline-site-{practices}", False)):  # fmt: skip
            try:
                timings = browser_timings(options.work / site, catalogue=catalogue)
                practice = _first_practice(options.work / site)
                page = practice.parent.relative_to(options.work / site).as_posix() + "/"
                result["browser"][name] = timings | {"cold_query": cold_query(options.work / site, page)}
            except Exception as error:  # a timeout in the browser must not lose the build figures
                _log(f"browser on {site} failed: {str(error)[:300]}")
        if "project" not in result["browser"]:
            del result["browser"]
    if largest and options.serve_edit and practices <= options.serve_edit_max:
        from shnor_bench.serve_edit import edit_under_serve

        _log(f"{practices} practices: mkdocs serve --dirty, one practice edited")
        result["serve_edit"] = edit_under_serve(project, _env())
    if largest:  # last: it makes the project a git repository with a pull request
        result["records_check"] = _records_check(project, options.work / f"records-{practices}", options.browser)
    return result


def _records_check(project: Path, work: Path, browser: bool) -> dict | None:
    from shnor.site.local_host import CHROMIUM
    from shnor_bench.records_check import records_check

    _log(f"records check of a pull request on {project.name}")
    work.mkdir(parents=True, exist_ok=True)
    try:
        return records_check(project, work, _env(), screenshots=browser and Path(CHROMIUM).exists())
    except RuntimeError as error:  # the other figures of the run survive
        _log(str(error)[-500:])
        return None


def _demo_copy(source: Path, work: Path) -> Path:
    """The repository's own project (its demo records), without its history, environment and outputs."""
    copy = work / "records-demo" / "project"
    if copy.exists():
        shutil.rmtree(copy)
    return copy_project(source, copy)


def run_bench(options: BenchOptions) -> int:
    started = time.perf_counter()
    results: dict = {
        "started": datetime.now().isoformat(timespec="seconds"),
        "command": "shnor " + " ".join(options.argv),  # argv[1:] of `shnor bench ...` starts with "bench"
        "machine": machine(),
        "sizes": [],
    }
    options.work.mkdir(parents=True, exist_ok=True)
    last = len(options.practice_sizes) - 1
    indicators = None
    for index, (practices, events) in enumerate(zip(options.practice_sizes, options.events, strict=True)):
        results["sizes"].append(measure_size(options, practices, events, index == last, indicators))
        indicators = results["sizes"][-1]["indicators"]
        if index < last:  # partial results survive an interrupted run
            results["seconds"] = time.perf_counter() - started
            write_results(results, options.out)
    results["records_check_demo"] = _records_check(_demo_copy(options.source, options.work),
                                                   options.work / "records-demo", options.browser)
    results["seconds"] = time.perf_counter() - started
    results["machine"]["load average at end (1, 5, 15 min)"] = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(render_terminal(results))
    md, js = write_results(results, options.out)
    _log(f"written {md} and {js}")
    return 0
