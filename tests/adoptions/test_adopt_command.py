"""``shnor adopt``: a reviewer turns an accepted request into an adoption record. The entry is inserted as text, every
other line of the practice file stays as it was, and an entry the validator refuses leaves the file byte for byte
as before. The CLI runs as a reviewer runs it, on a copy of the demo repository; the expected lines and line numbers
are counted by hand from practices/*.md."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from shnor.contrib.adopt import AdoptError, NewAdoption, insert_entry
from shnor_bench.project_copy import copy_project
from tests.conftest import REPO, TODAY, run_build

PRACTICE = "roditelskiy-klub"  # by sosh-5-zarechny; adoptions on lines 53-65 (oosh-kamenka, nosh-ozerki); review: 66
LAST_ADOPTION_LINE = 65  # «    activity: "Мастер-класс …"» of the nosh-ozerki entry
CHANGES = "Клуб для родителей 5–7 классов, встречи раз в четверть."
CONTACT = ["--contact", "Анна Петровна Ильина (демо)", "--position", "заместитель директора",
           "--email", "ilina.ap@example.org"]  # fmt: skip
# The new entry: indented as the two above it («  - school:»), its keys in the model's order, 2027-01 plain
# (a month is text in YAML), the contact nested one level deeper.
INSERTED = [
    "  - school: sosh-7-sosnovy-bor",
    "    status: планируется",
    "    started: 2027-01",
    "    changes: Клуб для родителей 5–7 классов, встречи раз в четверть.",
    "    contact:",
    "      name: Анна Петровна Ильина (демо)",
    "      position: заместитель директора",
    "      email: ilina.ap@example.org",
    "      consent: true",
]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_project(REPO, tmp_path / "project")


def _shnor(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "shnor.cli", "--root", str(project), *args],
                          capture_output=True, text=True, check=False, cwd=project)  # fmt: skip


def _adopt(project: Path, practice: str, school: str, *extra: str) -> subprocess.CompletedProcess[str]:
    return _shnor(project, "adopt", practice, "--school", school, "--started", "2027-01", "--changes", CHANGES,
                  *extra, "--today", TODAY.isoformat())  # fmt: skip


def _practice(project: Path, practice: str = PRACTICE) -> Path:
    return project / "practices" / f"{practice}.md"


def _adopted(project: Path) -> subprocess.CompletedProcess[str]:
    result = _adopt(project, PRACTICE, "sosh-7-sosnovy-bor", *CONTACT, "--consent")
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def test_adopt_inserts_exactly_the_new_lines_after_the_last_entry(project):
    before = _practice(project).read_text(encoding="utf-8").splitlines()
    result = _adopted(project)
    assert "Внедрение школы sosh-7-sosnovy-bor добавлено в practices/roditelskiy-klub.md" in result.stdout
    after = _practice(project).read_text(encoding="utf-8").splitlines()
    assert len(after) == len(before) + 9
    assert after[:LAST_ADOPTION_LINE] == before[:LAST_ADOPTION_LINE]
    assert after[LAST_ADOPTION_LINE : LAST_ADOPTION_LINE + 9] == INSERTED
    assert after[LAST_ADOPTION_LINE + 9 :] == before[LAST_ADOPTION_LINE:]
    assert after[LAST_ADOPTION_LINE + 9] == "review:"
    meta = yaml.safe_load(_practice(project).read_text(encoding="utf-8").split("---\n")[1])
    assert [a["school"] for a in meta["adoptions"]] == ["oosh-kamenka", "nosh-ozerki", "sosh-7-sosnovy-bor"]

    validated = _shnor(project, "validate", "--today", TODAY.isoformat(), "--no-cache")
    assert validated.returncode == 0, validated.stdout + validated.stderr


def test_a_contact_without_consent_is_refused_and_the_file_is_restored(project):
    original = _practice(project).read_bytes()
    result = _adopt(project, PRACTICE, "sosh-7-sosnovy-bor", *CONTACT)
    assert result.returncode == 1
    assert _practice(project).read_bytes() == original
    # The third entry (adoptions.2): school 66, status 67, started 68, changes 69, contact 70, name 71,
    # position 72, email 73, consent 74.
    assert "practices/roditelskiy-klub.md:74: adoptions.2.contact.consent: " in result.stdout
    assert "запись о внедрении не добавлена в practices/roditelskiy-klub.md" in result.stderr


def test_an_unknown_school_is_refused(project):
    original = _practice(project).read_bytes()
    result = _adopt(project, PRACTICE, "sosh-99-nigde")
    assert result.returncode == 1
    assert _practice(project).read_bytes() == original
    # The new entry's first line, 66, holds its school.
    assert "practices/roditelskiy-klub.md:66: adoptions.2.school: школа «sosh-99-nigde» не найдена в реестре" in (
        result.stdout
    )


def test_an_unknown_practice_is_refused(project):
    result = _adopt(project, "nope", "sosh-7-sosnovy-bor")
    assert result.returncode == 1
    assert "практики «nope» нет: не найден файл practices/nope.md" in result.stderr
    assert not _practice(project, "nope").exists()


def test_the_authors_own_school_is_refused(project):
    original = _practice(project).read_bytes()
    result = _adopt(project, PRACTICE, "sosh-5-zarechny")  # the practice's own school (line 8)
    assert result.returncode == 1
    assert _practice(project).read_bytes() == original
    assert result.stdout.splitlines() == [
        "practices/roditelskiy-klub.md:66: adoptions.2.school: опыт повторения добавляет другая школа, а не автор "
        "практики [SH105]"
    ]


def test_a_draft_practice_is_refused(project):
    # letnyaya-predmetnaya-shkola: review status «черновик», by sosh-7-sosnovy-bor, no adoptions, review: on line 37;
    # the new block goes before it: «adoptions:» on 37, its first entry on 38.
    draft = _practice(project, "letnyaya-predmetnaya-shkola")
    original = draft.read_bytes()
    result = _adopt(project, "letnyaya-predmetnaya-shkola", "oosh-kamenka")
    assert result.returncode == 1
    assert draft.read_bytes() == original
    assert result.stdout.splitlines() == [
        "practices/letnyaya-predmetnaya-shkola.md:38: adoptions.0.school: внедрение записывают только в "
        "опубликованную практику, а эта ещё черновик [SH111]"
    ]


def test_status_is_taken_by_id_or_name_and_an_unknown_one_is_refused(project):
    result = _shnor(project, "adopt", PRACTICE, "--school", "sosh-7-sosnovy-bor", "--started", "2026-09",
                    "--changes", CHANGES, "--status", "in-progress", "--today", TODAY.isoformat())  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    lines = _practice(project).read_text(encoding="utf-8").splitlines()
    assert lines[LAST_ADOPTION_LINE : LAST_ADOPTION_LINE + 3] == [
        "  - school: sosh-7-sosnovy-bor", "    status: внедряется", "    started: 2026-09",
    ]  # fmt: skip

    unchanged = _practice(project).read_bytes()
    refused = _adopt(project, PRACTICE, "licey-3", "--status", "готово")
    assert refused.returncode == 1
    assert "неизвестный статус «готово»; допустимые: планируется; внедряется; внедрена; прекращена" in refused.stderr
    assert _practice(project).read_bytes() == unchanged


def test_adopted_without_a_result_is_refused(project):
    original = _practice(project).read_bytes()
    result = _shnor(project, "adopt", PRACTICE, "--school", "licey-3", "--started", "2025-09", "--finished",
                    "2026-05", "--changes", CHANGES, "--status", "внедрена", "--today", TODAY.isoformat())  # fmt: skip
    assert result.returncode == 1
    assert _practice(project).read_bytes() == original
    # school 66, status 67, started 68, finished 69, changes 70; the missing result is reported at the entry (66).
    assert ("practices/roditelskiy-klub.md:66: adoptions.2.result: для статуса «внедрена» укажите результат "
            "(result)") in result.stdout


# insert_entry on small files.

ENTRY = NewAdoption(school="licey-3", started="2027-01", changes="Меньше встреч.")
ENTRY_LINES = ["  - school: licey-3", "    status: планируется", "    started: 2027-01", "    changes: Меньше встреч."]


def test_a_file_without_adoptions_gets_the_block_before_review():
    text = "---\nid: x\nschool: a\nreview:\n  status: одобрена\n---\n\n## Проблема\n"
    assert insert_entry(text, ENTRY, "планируется") == (
        "---\nid: x\nschool: a\nadoptions:\n" + "\n".join(ENTRY_LINES) + "\nreview:\n  status: одобрена\n---\n\n"
        "## Проблема\n"
    )


def test_a_file_without_adoptions_or_review_gets_the_block_at_the_end_of_the_metadata():
    text = "---\nid: x\nlicense: CC BY 4.0\n---\nТекст\n"
    assert insert_entry(text, ENTRY, "планируется") == (
        "---\nid: x\nlicense: CC BY 4.0\nadoptions:\n" + "\n".join(ENTRY_LINES) + "\n---\nТекст\n"
    )


def test_an_empty_list_becomes_a_block():
    text = "---\nid: x\nadoptions: []\nreview:\n  status: одобрена\n---\n"
    assert insert_entry(text, ENTRY, "планируется") == (
        "---\nid: x\nadoptions:\n" + "\n".join(ENTRY_LINES) + "\nreview:\n  status: одобрена\n---\n"
    )


def test_crlf_line_endings_are_kept():
    text = ("---\r\nid: x\r\nadoptions:\r\n  - school: b\r\n    status: внедряется\r\n\r\n"
            "review:\r\n  status: x\r\n---\r\n")
    result = insert_entry(text, ENTRY, "планируется")
    # After the last non-blank line of the block; the blank line before review: stays where it was.
    assert result == (
        "---\r\nid: x\r\nadoptions:\r\n  - school: b\r\n    status: внедряется\r\n" + "\r\n".join(ENTRY_LINES)
        + "\r\n\r\nreview:\r\n  status: x\r\n---\r\n"
    )  # fmt: skip
    assert "\n" not in result.replace("\r\n", "")


def test_items_at_the_key_s_own_indent_are_followed():
    text = "---\nadoptions:\n- school: b\n  status: внедряется\nreview: {}\n---\n"
    assert insert_entry(text, ENTRY, "планируется") == (
        "---\nadoptions:\n- school: b\n  status: внедряется\n- school: licey-3\n  status: планируется\n"
        "  started: 2027-01\n  changes: Меньше встреч.\nreview: {}\n---\n"
    )


def test_values_are_quoted_where_yaml_would_read_them_otherwise():
    entry = NewAdoption(school="licey-3", started="2027-01-15", changes="Итог: меньше встреч #2",
                        contact_name="Анна Ильина (демо)", contact_email="a@example.org")  # fmt: skip
    text = "---\nid: x\n---\n"
    # A day stays a YAML date; «: » and « #» would break a plain scalar, so JSON quotes; no position, consent false.
    assert insert_entry(text, entry, "планируется") == (
        "---\nid: x\nadoptions:\n  - school: licey-3\n    status: планируется\n    started: 2027-01-15\n"
        '    changes: "Итог: меньше встреч #2"\n    contact:\n      name: Анна Ильина (демо)\n'
        "      email: a@example.org\n      consent: false\n---\n"
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("id: x\n", "в начале файла нет блока метаданных «---»"),
        ("---\nid: x\n", "блок метаданных не закрыт строкой «---»"),
        ("---\nadoptions: [{school: b}]\n---\n", "adoptions записан в одну строку"),
    ],
)
def test_files_it_cannot_insert_into(text, message):
    with pytest.raises(AdoptError, match=message):
        insert_entry(text, ENTRY, "планируется")


@pytest.mark.build
def test_the_adopted_practice_page_counts_the_new_school(project, tmp_path):
    _adopted(project)
    out = tmp_path / "site"
    result = run_build(project, out)
    assert result.returncode == 0, result.stderr[-4000:]
    html = (out / "practices" / PRACTICE / "index.html").read_text(encoding="utf-8")
    # oosh-kamenka «внедрена», nosh-ozerki «внедряется», and now sosh-7-sosnovy-bor «планируется».
    assert '<p class="shnor-adoption-counts">Внедряют: 1 школа · внедрили: 1 · планируют: 1</p>' in html
    # data/schools.csv: the short name of sosh-7-sosnovy-bor; a planned start reads «начало: январь 2027».
    assert ('<td><a href="../../schools/sosh-7-sosnovy-bor/" rel="noopener noreferrer">СОШ № 7 п. Сосновый Бор</a></td>'
            "<td>планируется</td><td>начало: январь 2027</td>"
            "<td>Клуб для родителей 5–7 классов, встречи раз в четверть.</td><td></td>") in html  # fmt: skip
    assert 'href="mailto:ilina.ap@example.org?subject=' in html  # published: consent was given
    # The school's own page: it adopted metodicheskiy-den-v-shkole-partnere and now plans this one.
    school = (out / "schools" / "sosh-7-sosnovy-bor" / "index.html").read_text(encoding="utf-8")
    assert "Внедрила: 1 практику · внедряет: 0 · планирует: 1</p>" in school
