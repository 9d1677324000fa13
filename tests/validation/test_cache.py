"""The validation cache (shnor.records.file_cache): a re-run reuses what unchanged files gave, and nothing it keeps
may hide a problem or outlive a change to a file, to what the files are checked against, or to the code."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from shnor.cli import main
from shnor.records.file_cache import CACHE_DIR, code_files
from shnor.validation.checks import validate_repository
from tests.conftest import REPO, TODAY, VALIDATION_FIXTURES

GOOD = VALIDATION_FIXTURES / "good" / "rabota-s-roditelyami.md"
BAD = VALIDATION_FIXTURES / "bad"


def _run(root: Path, today: date = TODAY, cache: bool | None = None):
    repo = validate_repository(root, today, cache=cache)
    return [p.format() for p in repo.problems], repo.cache


def _fresh(root: Path, today: date = TODAY) -> list[str]:
    """What a run without any cache reports, for comparison."""
    return _run(root, today, cache=False)[0]


@pytest.fixture
def project(make_project):
    return make_project(GOOD, BAD / "unknown-school.md", BAD / "future-date.md", BAD / "script-tag.md")


def test_a_second_run_is_served_from_the_cache_and_reports_the_same(project):
    first, cold = _run(project)
    assert cold.misses == 5 and cold.hits == 0  # four practices and the registry
    second, warm = _run(project)
    assert warm.hits == 5 and warm.misses == 0
    assert second == first == _fresh(project)
    # Errors of the schema, of the front matter and of file-local rules all come back from the cache.
    assert any("practices/unknown-school.md:5: school: школа «school-z» не найдена" in p for p in second)
    assert any("[SH102]" in p for p in second) and any("[SH109]" in p for p in second)
    assert (project / CACHE_DIR / "practices.pickle").is_file()


def test_every_bad_fixture_reports_the_same_cold_warm_and_without_cache(make_project):
    root = make_project(*sorted(BAD.glob("*.md")))
    cold, _ = _run(root)
    warm, cache = _run(root)
    assert cache.misses == 0
    assert cold == warm == _fresh(root)
    assert len(warm) >= len(list(BAD.glob("*.md")))


def test_an_edited_file_is_read_again(project):
    _run(project)
    path = project / "practices" / GOOD.name
    path.write_text(path.read_text(encoding="utf-8").replace("school: school-a", "school: school-q"), encoding="utf-8")
    problems, cache = _run(project)
    assert cache.misses == 1 and cache.hits == 4
    assert any(p.startswith("practices/rabota-s-roditelyami.md:5: school: школа «school-q»") for p in problems)
    assert problems == _fresh(project)


def test_a_taxonomy_change_reaches_records_that_did_not_change(project):
    before, _ = _run(project)
    assert not any("литературное чтение" in p for p in before)
    taxonomies = project / "data" / "taxonomies.yml"
    text = taxonomies.read_text(encoding="utf-8")
    taxonomies.write_text(text.replace("{id: reading, name: литературное чтение}", "{id: reading, name: чтение}"),
                          encoding="utf-8")  # fmt: skip
    after, cache = _run(project)
    assert cache.hits == 0
    assert any("practices/rabota-s-roditelyami.md:17: subjects.0: недопустимое значение «литературное чтение»" in p
               for p in after)  # fmt: skip
    assert after == _fresh(project)


def test_a_registry_change_reaches_records_that_did_not_change(project):
    _run(project)
    schools = project / "data" / "schools.csv"
    schools.write_text("".join(line for line in schools.read_text(encoding="utf-8").splitlines(keepends=True)
                               if not line.startswith("school-a,")), encoding="utf-8")  # fmt: skip
    problems, _ = _run(project)
    assert any("practices/rabota-s-roditelyami.md:5: school: школа «school-a» не найдена" in p for p in problems)
    assert problems == _fresh(project)


def test_rules_across_files_run_on_cached_records(project):
    _run(project)
    shutil.copy(project / "practices" / GOOD.name, project / "practices" / "kopiya.md")  # the same id
    problems, cache = _run(project)
    assert cache.misses == 1  # only the new file was read; the original came from the cache
    # Reported at the record that came from the cache: its line is worked out from its text on demand.
    assert "practices/rabota-s-roditelyami.md:2: id: id «rabota-s-roditelyami» уже занят практикой " \
           "practices/kopiya.md: выберите другой [SH101]" in problems  # fmt: skip
    assert problems == _fresh(project)
    (project / "practices" / "rabota-s-roditelyami" / "plan.pdf").unlink()  # a material is not part of the record
    problems, cache = _run(project)
    assert cache.misses == 0
    assert any("файл practices/rabota-s-roditelyami/plan.pdf не найден" in p for p in problems)


def test_another_build_date_rechecks_the_dates(project):
    _run(project)
    earlier = date(2024, 6, 1)  # before the good practice was updated and reviewed
    problems, cache = _run(project, earlier)
    assert cache.misses == 0
    assert any("practices/rabota-s-roditelyami.md:11: updated: дата 01.09.2024 ещё не наступила" in p for p in problems)
    assert problems == _fresh(project, earlier)
    assert _run(project)[0] == _fresh(project)


def test_a_monitoring_table_edit_is_read_again(make_project):
    root = make_project(GOOD)
    shutil.copy(REPO / "data" / "indicators.yml", root / "data" / "indicators.yml")
    table = root / "data" / "monitoring" / "vpr.csv"
    table.parent.mkdir(parents=True)
    header = "school,year,subject,grade,participants,mark_2,mark_3,mark_4,mark_5\n"
    table.write_text(header + "school-a,2025,математика,4,20,5,5,5,5\n", encoding="utf-8")
    first, _ = _run(root)
    assert not any(p.startswith("data/monitoring/vpr.csv") for p in first)
    assert _run(root)[1].misses == 0
    table.write_text(header + "school-a,2025,математика,4,сорок,5,5,5,5\n", encoding="utf-8")
    problems, cache = _run(root)
    assert cache.misses == 1
    assert "data/monitoring/vpr.csv:2: participants: «сорок» — не число: укажите целое число, например 42" in problems
    assert problems == _fresh(root)


def test_a_damaged_cache_is_a_cold_cache(project):
    expected, _ = _run(project)
    (project / CACHE_DIR / "practices.pickle").write_bytes(b"not a pickle")
    problems, cache = _run(project)
    assert problems == expected and cache.misses == 4
    assert _run(project)[1].misses == 0  # written again, whole
    assert not list((project / CACHE_DIR).glob("*.tmp"))


def test_no_cache_flag_and_environment_variable(project, monkeypatch, capsys):
    args = ["--root", str(project), "validate", "--today", TODAY.isoformat()]
    assert main([*args, "--no-cache"]) == 1
    assert not (project / CACHE_DIR).exists()
    without = capsys.readouterr().out
    monkeypatch.setenv("SHNOR_NO_CACHE", "1")
    assert main(args) == 1
    assert not (project / CACHE_DIR).exists()
    monkeypatch.delenv("SHNOR_NO_CACHE")
    assert main(args) == 1 and main(args) == 1  # filled, then read
    assert (project / CACHE_DIR / "practices.pickle").is_file()
    assert (project / CACHE_DIR / ".gitignore").read_text().splitlines()[-1] == "*"
    assert capsys.readouterr().out == without * 3


def test_concurrent_runs_share_the_cache_safely(project):
    command = [sys.executable, "-m", "shnor.cli", "--root", str(project), "validate", "--today", TODAY.isoformat()]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(3)]
    outputs = [run.communicate()[0] for run in runs]
    assert all(run.returncode == 1 for run in runs)
    assert len(set(outputs)) == 1
    assert outputs[0].splitlines() == _fresh(project)
    assert _run(project)[1].misses == 0
    assert not list((project / CACHE_DIR).glob("*.tmp"))


def test_the_code_digest_covers_every_module_validation_runs(project):
    """Only the validation code is hashed into the keys (editing a page template keeps the cache): whatever module
    a validation imports must be part of it."""
    shutil.copytree(REPO / "data" / "monitoring", project / "data" / "monitoring")
    shutil.copy(REPO / "data" / "indicators.yml", project / "data" / "indicators.yml")
    for folder in ("partnerships", "events", "documents", "programmes", "people"):
        shutil.copytree(REPO / folder, project / folder)
    script = (
        "import json, sys; from datetime import date; from pathlib import Path\n"
        "from shnor.validation.checks import validate_repository\n"
        f"validate_repository(Path({str(project)!r}), date(2026, 11, 25))\n"
        "print(json.dumps(sorted(m.__file__ for n, m in sys.modules.items()"
        " if n.split('.')[0] == 'shnor' and getattr(m, '__file__', None))))\n"
    )
    env = {**os.environ, "SHNOR_TODAY": TODAY.isoformat()}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    imported = {Path(f).resolve() for f in json.loads(done.stdout.strip().splitlines()[-1])}
    assert imported - set(code_files()) == set()

