"""Each bad fixture holds one kind of error; the validator must name its line and field, and say it in Russian."""

from __future__ import annotations

import pytest

from shnor.validation.checks import validate_repository
from tests.conftest import TODAY, VALIDATION_FIXTURES

GOOD = VALIDATION_FIXTURES / "good"
BAD = VALIDATION_FIXTURES / "bad"

# file stem -> (line, field, a fragment of the message). Lines are counted by hand in the fixture files.
EXPECTED = {
    "yaml-syntax": (15, "", "не закрыта квадратная скобка"),
    "missing-title": (1, "title", "обязательное поле не заполнено"),
    "unknown-field": (31, "rating", "неизвестное поле"),
    "build-control-key": (31, "render_macros", "неизвестное поле"),
    "wrong-direction": (
        14,
        "direction",
        "Возможно, имелось в виду «организация воспитательной работы, работы с семьёй»",
    ),
    "unknown-school": (5, "school", "школа «school-z» не найдена"),
    "impossible-date": (10, "submitted", "неверная дата «2024-02-30»"),
    "future-date": (11, "updated", "ещё не наступила"),
    "percent-out-of-range": (
        23,
        "evidence.0.after.value",
        "значение 172,5 вне допустимого для «процент» (от 0 до 100)",
    ),
    "grade-outside-levels": (16, "grades.1", "7 класс не относится к указанным уровням (НОО)"),
    "consent-missing": (9, "authors.0.consent", "consent: true"),
    "approved-without-reviewer": (26, "review.reviewer", "укажите рецензента"),
    "adoption-by-author": (31, "adoptions.0.school", "другая школа"),
    "adoption-adopted-without-result": (31, "adoptions.0.result", "для статуса «внедрена» укажите результат"),
    "adoption-finished-before-start": (34, "adoptions.0.finished", "окончание (2024-06) раньше начала (2024-09)"),
    "adoption-stopped-without-reason": (31, "adoptions.0.reason", "для статуса «прекращена» укажите причину"),
    "adoption-contact-without-consent": (40, "adoptions.0.contact.consent", "контакт публикуется только с согласием"),
    "adoption-unknown-partnership": (37, "adoptions.0.partnership", "нет партнёрства «net-takogo»"),
    "adoption-future-start": (33, "adoptions.0.started", "укажите статус «планируется»"),
    "missing-material": (32, "materials.0.file", "practices/missing-material/net-takogo.pdf не найден"),
    "executable-material": (32, "materials.0.file", "тип файла .exe не допускается"),
    "missing-section": (34, "текст", "нет раздела «## Контакты»"),
    "script-tag": (52, "текст", "тег <script> запрещён"),
    "javascript-link": (52, "текст", "«javascript:» запрещена"),
    "data-url-image": (52, "текст", "«data:» запрещена"),
    "event-handler": (52, "текст", "обработчики событий"),
    "iframe": (52, "текст", "тег <iframe> запрещён"),
    "object-tag": (52, "текст", "тег <object> запрещён"),
    "embed-tag": (52, "текст", "тег <embed> запрещён"),
    "style-tag": (52, "текст", "тег <style> запрещён"),
    "iframe-multiline": (52, "текст", "тег <iframe> запрещён"),
    "list-indented-script": (54, "текст", "тег <script> запрещён"),
    "raw-html-div": (52, "текст", "HTML-тег <div> не допускается"),
    "vbscript-link": (52, "текст", "«vbscript:» запрещена"),
    "entity-javascript-link": (52, "текст", "«javascript:» запрещена"),
    "reference-link-javascript": (54, "текст", "«javascript:» запрещена"),
    "reference-image-data": (54, "текст", "«data:» запрещена"),
    "autolink-javascript": (52, "текст", "«javascript:» запрещена"),
    "link-target-on-next-line": (53, "текст", "«javascript:» запрещена"),
    "alias-bomb": (30, "", "якоря YAML"),
    "yaml-tag": (3, "", "теги YAML"),
    "duplicate-key": (31, "", "поле «school» указано дважды"),
    "windows-1251": (3, "", "сохраните его как «UTF-8»"),
}


def test_every_bad_fixture_has_an_expectation():
    assert {p.stem for p in BAD.glob("*.md")} - {"duplicate-id"} == set(EXPECTED)


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_bad_fixture_reports_line_field_and_message(make_project, stem):
    root = make_project(BAD / f"{stem}.md")
    repo = validate_repository(root, TODAY)
    line, field, fragment = EXPECTED[stem]
    found = [(p.line, p.field) for p in repo.errors]
    assert (line, field) in found, f"{stem}: {[p.format() for p in repo.problems]}"
    assert any(fragment in p.message for p in repo.errors if (p.line, p.field) == (line, field))
    assert all(p.path == f"practices/{stem}.md" for p in repo.errors)
    assert not repo.practices or stem not in {r.data.id for r in repo.practices} or repo.errors


@pytest.mark.parametrize("name", ["rabota-s-roditelyami.md", "bom-crlf.md"])
def test_good_fixtures_are_clean(make_project, name):
    repo = validate_repository(make_project(GOOD / name), TODAY)
    assert repo.problems == []
    assert [r.data.id for r in repo.practices] == [name.removesuffix(".md")]


def test_bom_and_crlf_keep_line_numbers(make_project):
    repo = validate_repository(make_project(GOOD / "bom-crlf.md"), TODAY)
    record = repo.practices[0]
    assert record.line_of("direction") == 14
    assert record.source.body.startswith("## Проблема")
    assert "\r" not in record.source.body


def test_duplicate_id_is_reported_once_per_extra_file(make_project):
    root = make_project(GOOD / "rabota-s-roditelyami.md", BAD / "duplicate-id.md")
    repo = validate_repository(root, TODAY)
    messages = [p.format() for p in repo.errors]
    assert any("practices/duplicate-id.md:2: id: id «rabota-s-roditelyami» должен совпадать" in m for m in messages)
    assert sum("уже занят практикой" in m for m in messages) == 1


def test_all_problems_of_a_file_are_reported_not_the_first(make_project, tmp_path):
    text = (GOOD / "rabota-s-roditelyami.md").read_text(encoding="utf-8")
    text = text.replace("school: school-a", "school: school-z").replace("grades: [2, 3]", "grades: [2, 13]")
    text = text.replace("Кабинет и чай.", "Кабинет и чай. <script>x()</script>")
    broken = tmp_path / "src" / "rabota-s-roditelyami.md"
    broken.parent.mkdir()
    broken.write_text(text, encoding="utf-8")
    repo = validate_repository(make_project(broken), TODAY)
    fields = sorted((p.line, p.field) for p in repo.errors)
    assert fields == [(5, "school"), (16, "grades.1"), (47, "текст")]


def test_draft_is_validated_but_not_published(make_project, tmp_path):
    text = (GOOD / "rabota-s-roditelyami.md").read_text(encoding="utf-8")
    text = text.replace("status: одобрена", "status: черновик")
    draft = tmp_path / "src" / "rabota-s-roditelyami.md"
    draft.parent.mkdir()
    draft.write_text(text, encoding="utf-8")
    (tmp_path / "src" / "rabota-s-roditelyami").mkdir()
    (tmp_path / "src" / "rabota-s-roditelyami" / "plan.pdf").write_bytes(b"%PDF-1.4\n")
    repo = validate_repository(make_project(draft), TODAY)
    assert repo.problems == []
    assert len(repo.practices) == 1
    assert repo.published == []
