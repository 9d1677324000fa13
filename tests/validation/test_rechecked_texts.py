"""Under `mkdocs serve` a practice whose text alone changed is checked again on its own
(shnor.validation.checks.rechecked_texts): it must report exactly what validating everything reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from shnor.validation.checks import rechecked_texts, validate_repository
from tests.conftest import TODAY, VALIDATION_FIXTURES

GOOD = VALIDATION_FIXTURES / "good" / "rabota-s-roditelyami.md"
BAD = VALIDATION_FIXTURES / "bad"
SENTENCE = "Родители не приходили на собрания."  # line 39 of the good fixture


@pytest.fixture
def project(make_project) -> Path:
    return make_project(GOOD, BAD / "script-tag.md", BAD / "future-date.md")


def _formatted(repo) -> list[str]:
    return [problem.format() for problem in repo.problems]


def _edit(path: Path, old: str, new: str) -> None:
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")


def test_a_script_typed_into_the_text_is_found_at_its_line_and_fixing_it_clears_it(project):
    practice = project / "practices" / GOOD.name
    before = validate_repository(project, TODAY, cache=False)
    assert not any(p.path == "practices/rabota-s-roditelyami.md" for p in before.problems)

    _edit(practice, SENTENCE, SENTENCE + " <script>alert(1)</script>")
    again = rechecked_texts(before, [practice])
    assert again is not None
    mine = [p for p in again.problems if p.path == "practices/rabota-s-roditelyami.md"]
    assert [(p.line, p.rule, p.severity) for p in mine] == [(39, "SH109", "error")]
    assert _formatted(again) == _formatted(validate_repository(project, TODAY, cache=False))
    # The other files' problems, the script-tag fixture's own SH109 among them, are kept as they were.
    assert [p for p in again.problems if p.path != mine[0].path] == before.problems

    _edit(practice, " <script>alert(1)</script>", "")
    fixed = rechecked_texts(again, [practice])
    assert fixed is not None and _formatted(fixed) == _formatted(before)


def test_the_new_text_is_what_the_site_publishes(project):
    practice = project / "practices" / GOOD.name
    before = validate_repository(project, TODAY, cache=False)
    _edit(practice, SENTENCE, "Родители приходили на собрания редко.")
    again = rechecked_texts(before, [practice])
    assert again is not None and again is not before
    old, new = (next(r for r in repo.published if r.rel.endswith(GOOD.name)) for repo in (before, again))
    assert "Родители приходили на собрания редко." in new.source.body
    assert new.data is old.data  # the front matter was not read again
    assert SENTENCE in old.source.body  # the earlier rebuild's records are not changed
    assert len(again.published) == len(before.published) == 3


def test_a_removed_section_is_reported_as_validation_would(project):
    practice = project / "practices" / GOOD.name
    before = validate_repository(project, TODAY, cache=False)
    _edit(practice, "## Как повторить\n\nНачните с одной встречи.\n\n", "")
    again = rechecked_texts(before, [practice])
    assert again is not None
    assert _formatted(again) == _formatted(validate_repository(project, TODAY, cache=False))
    assert [p.format() for p in again.problems if p.path.endswith(GOOD.name)] == [
        "practices/rabota-s-roditelyami.md:37: текст: нет раздела «## Как повторить»; нужные разделы по порядку: "
        "«Проблема», «Что сделано», «Необходимые ресурсы», «Результаты», «Как повторить», «Контакты» [SH108]"
    ]


def test_a_file_that_no_longer_reads_is_left_to_full_validation(project):
    practice = project / "practices" / GOOD.name
    before = validate_repository(project, TODAY, cache=False)
    practice.write_bytes(practice.read_text(encoding="utf-8").encode("cp1251"))
    assert rechecked_texts(before, [practice]) is None
