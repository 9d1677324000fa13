"""«Кто поможет»: a person is published only with ``consent: true``; work contacts and what they help with."""

from __future__ import annotations

from pathlib import Path

import pytest

from shnor.kinds import load_repository
from shnor.records.people import helpers_for_risk, supporting
from shnor.validation.checks import validate_repository
from tests.conftest import REPO, TODAY

PERSON = """---
id: ivanova
name: Иванова Марина Сергеевна
role: куратор
position: методист
organisation: ИМЦ (демо)
risk_factors: [высокая доля обучающихся с ОВЗ]
schools: [school-a]
contacts: {{email: ivanova@example.org}}
{consent}
---
"""


def write_person(root: Path, consent: str, text: str = PERSON) -> None:
    folder = root / "people"
    folder.mkdir(exist_ok=True)
    (folder / "ivanova.md").write_text(text.format(consent=consent), encoding="utf-8")


def people_problems(root: Path) -> list[tuple[int, str, str]]:
    repo = validate_repository(root, TODAY)
    return [(p.line, p.field, p.message) for p in repo.problems if p.path == "people/ivanova.md"]


def test_a_person_with_consent_is_published(make_project):
    root = make_project()
    write_person(root, "consent: true")
    repo = validate_repository(root, TODAY)
    assert repo.problems == []
    [person] = repo.people
    assert person.data.role == "curator" and person.data.risk_factors == ["disabilities"]


@pytest.mark.parametrize("consent", ["consent: false", "consent: да, устно", "consent: \"true\"" ])
def test_anything_but_consent_true_is_refused_at_its_line(make_project, consent):
    root = make_project()
    write_person(root, consent)
    assert people_problems(root) == [(10, "consent", "нужно подтвердить согласие на публикацию имени: consent: true")]


def test_a_person_without_consent_is_refused_on_line_one(make_project):
    root = make_project()
    write_person(root, "")
    assert people_problems(root) == [(1, "consent", "обязательное поле не заполнено")]


def test_a_refused_person_fails_validation_and_is_not_loaded(make_project):
    root = make_project()
    write_person(root, "consent: false")
    repo = validate_repository(root, TODAY)
    assert repo.errors and repo.people == []


def test_a_person_needs_a_work_contact(make_project):
    root = make_project()
    write_person(root, "consent: true", PERSON.replace("contacts: {{email: ivanova@example.org}}", "contacts: {{}}"))
    assert people_problems(root) == [(9, "contacts", "укажите рабочую почту (email) или рабочий телефон (phone)")]


def test_demo_directory_has_eight_fictional_people_who_help_with_high_risks():
    repo = load_repository(REPO, TODAY)
    people = repo.people
    assert len(people) == 8 and all(p.data.demo and p.data.consent for p in people)
    assert {p.data.id for p in helpers_for_risk(repo, "disabilities")} == {"volkova-irina"}
    assert {p.data.id for p in supporting(repo, "sosh-lesnoe")} == {"petrov-aleksey", "sokolova-elena",
                                                                    "lebedev-sergey"}  # fmt: skip
