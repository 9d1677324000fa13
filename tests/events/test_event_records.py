"""Announcement records: each bad fixture holds one kind of error, reported at its file, line and field."""

from __future__ import annotations

import pytest

from shnor.records.when import LocalTime
from shnor.validation.checks import validate_repository
from tests.conftest import TODAY
from tests.events.conftest import FIXTURES

EXPECTED = {
    "end-before-start": (11, "event.end", "окончание (2026-12-03 09:00) раньше начала (2026-12-03 10:00)"),
    "bad-timezone": (12, "event.timezone", "Возможно, имелось в виду «Asia/Yekaterinburg»"),
    "unknown-place-school": (14, "event.place.school", "школа «school-z» не найдена"),
    "registration-after-start": (19, "event.registration.deadline", "после начала мероприятия"),
    "online-without-link": (8, "event.online", "укажите ссылку на подключение"),
    "bad-datetime": (10, "event.start", "неверные дата и время «03.12.2026 10:00»"),
    "unknown-author": (6, "authors.0", "автор «ivanov» не найден"),
    "unknown-partnership": (16, "event.partnership", "партнёрство «net-takogo» не найдено"),
    "render-macros": (6, "render_macros", "неизвестное поле"),
    "future-publication": (5, "date", "дата публикации 30.11.2026 ещё не наступила"),
}


def test_every_bad_fixture_has_an_expectation():
    assert {p.stem for p in (FIXTURES / "bad").glob("*.md")} == set(EXPECTED)


def test_good_announcements_load_without_problems(events_project):
    root = events_project(*sorted((FIXTURES / "good").glob("*.md")))
    repo = validate_repository(root, TODAY)
    assert repo.problems == []
    by_id = {r.data.id: r.data for r in repo.events}
    assert set(by_id) == {"seminar-v-shkole-b", "vebinar-msk", "konkurs-ves-den"}
    assert by_id["seminar-v-shkole-b"].categories == ["announcements"]  # any case of the name is accepted
    assert by_id["konkurs-ves-den"].event.start == LocalTime(TODAY.replace(day=1, month=12))
    assert by_id["vebinar-msk"].event.timezone == "Europe/Moscow"


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_bad_announcement_reports_path_line_and_field(events_project, stem):
    root = events_project(FIXTURES / "bad" / f"{stem}.md")
    repo = validate_repository(root, TODAY)
    line, field, fragment = EXPECTED[stem]
    assert [(p.path, p.line, p.field) for p in repo.errors] == [(f"events/{stem}.md", line, field)], [
        p.format() for p in repo.problems
    ]
    assert fragment in repo.errors[0].message
    assert repo.errors[0].rule == RULE_OF.get(stem, "")  # the schema's problems carry no code


# The rule each bad fixture is caught by (the others fail the schema).
RULE_OF = {
    "end-before-start": "SH211",
    "online-without-link": "SH212",
    "registration-after-start": "SH213",
    "unknown-partnership": "SH214",
    "future-publication": "SH215",
}
