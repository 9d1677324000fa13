"""``shnor pr-summary``: a teacher's pull request answered in Russian Markdown — what it adds and changes, every
problem in its files, the flags for its reviewer and what happens next. Each test makes a git repository of its
own: a base commit on main, then the pull request on a branch."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from shnor.cli import main
from shnor.contrib import fix_hints
from shnor.contrib.pr_summary import Elsewhere, pull_request_summary
from shnor.contrib.pr_summary_markdown import render, text
from tests.conftest import REPO, TODAY, VALIDATION_FIXTURES, new_project

GOOD = VALIDATION_FIXTURES / "good"
RABOTA, BOM_CRLF = GOOD / "rabota-s-roditelyami.md", GOOD / "bom-crlf.md"

# A new practice with exactly two errors: no «license» (line 1, the whole front matter) and a direction that is not
# in data/taxonomies.yml (line 14).
NEW_PRACTICE = """\
---
id: klub-yunyh-chitateley
title: Клуб юных читателей
summary: Еженедельные встречи в школьной библиотеке, где ученики читают вслух и обсуждают книги с учителем.
school: school-a
authors:
  - name: Тестовая Учительница
    position: учитель русского языка и литературы
    consent: true
submitted: 2026-09-01
updated: 2026-10-15
since: 2026-09-01
type: педагогическая
direction: читательская грамотность
levels: [ООО]
grades: [5, 6]
subjects: [литература]
risk_factors: [низкая учебная мотивация обучающихся]
review:
  status: на рассмотрении
keywords: [чтение]
---

## Проблема

Пятиклассники мало читают вне уроков.

## Что сделано

Раз в неделю после уроков клуб собирается в библиотеке.

## Необходимые ресурсы

Библиотека и полка с книгами.

## Результаты

Клуб посещают двенадцать учеников.

## Как повторить

Выберите первую книгу вместе с учениками.

## Контакты

school-a@example.org
"""
VALID_PRACTICE = NEW_PRACTICE.replace(
    "direction: читательская грамотность", "direction: организация образовательной деятельности"
).replace("keywords: [чтение]\n", "keywords: [чтение]\nlicense: CC BY 4.0\n")

# Written by hand from the records above: the new practice with its two errors, bom-crlf.md with its new title
# (still «одобрена», used since 2023-09-01 with before/after data: step 3 of 4 on 2026-11-25), and the approved
# rabota-s-roditelyami.md deleted with its material — the one flag, and it blocks.
EXPECTED = """\
## Проверка pull request: ❌ есть что исправить

Ошибок в файлах pull request: 2, предупреждений: 0. Отметок для рецензента: 1, из них не дают пройти проверку: 1.

### 1. Что добавляет и меняет pull request

- **Добавлена практика** «Клуб юных читателей», ` practices/klub-yunyh-chitateley.md `
  - школа: Школа А
  - статус: на рассмотрении
  - уровень доказанности: будет вычислен, когда ошибки в записи будут исправлены
  - страницы на сайте: появятся, когда ошибки будут исправлены: ` practices/klub-yunyh-chitateley/ ` \
(страница практики), ` schools/school-a/ ` (страница школы)
- **Изменена практика** «Родительский клуб — встречи раз в месяц», ` practices/bom-crlf.md `
  - прежнее название: «Родительский клуб в сельской школе»
  - школа: Школа А
  - статус: одобрена
  - уровень доказанности: есть данные «до/после» (ступень 3 из 4)
  - страницы на сайте: ` practices/bom-crlf/ ` (страница практики), ` schools/school-a/ ` (страница школы)
- **Удалена практика** «Родительский клуб в сельской школе», ` practices/rabota-s-roditelyami.md `
  - школа: Школа А
  - статус в основной ветке: одобрена
  - страница ` practices/rabota-s-roditelyami/ ` исчезнет с сайта, практика пропадёт со страницы школы
  - файлы материалов: ` practices/rabota-s-roditelyami/plan.pdf `

### 2. Что исправить

- ❌ ` practices/klub-yunyh-chitateley.md `, строка 1, поле ` license `: обязательное поле не заполнено. \
Подробнее: [Справочники: что писать в полях](CONTRIBUTING.md#справочники-что-писать-в-полях).
- ❌ ` practices/klub-yunyh-chitateley.md `, строка 14, поле ` direction `: недопустимое значение \
«читательская грамотность». Допустимые значения: «организация образовательной деятельности»; «организация \
воспитательной работы, работы с семьёй»; «организация работы с педагогами»; «информационно-аналитическая и \
управленческая деятельность». \
Подробнее: [Справочники: что писать в полях](CONTRIBUTING.md#справочники-что-писать-в-полях).

### 3. На что обратить внимание рецензенту

- ❌ удалена опубликованная практика ` practices/rabota-s-roditelyami.md ` («Родительский клуб в сельской школе», \
Школа А, статус «одобрена»): её страница ` practices/rabota-s-roditelyami/ ` исчезнет с сайта, ссылки на неё \
перестанут работать. Проверка не пройдёт, пока файл не вернут в pull request: снять практику с публикации может \
только рецензент банка практик.

### 4. Что дальше

1. Исправьте ошибки и отметки ❌ выше и добавьте коммит в ту же ветку: проверка запустится снова, и эта сводка \
обновится.
2. Pull request рассматривает методист муниципального банка практик, обычно в течение 10 рабочих дней; рецензент \
может попросить уточнить текст.
3. После слияния сайт пересобирается автоматически, через несколько минут практики появятся или обновятся по своим \
адресам: ` practices/klub-yunyh-chitateley/ `, ` practices/bom-crlf/ `. Исчезнет страница \
` practices/rabota-s-roditelyami/ `.
"""


@pytest.fixture(autouse=True)
def _outside_github_actions(monkeypatch):
    """The tests run in the pull-request workflow too: nothing may go to its real job summary."""
    for name in ("GITHUB_STEP_SUMMARY", "GITHUB_SERVER_URL", "GITHUB_REPOSITORY", "SHNOR_SITE_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SHNOR_NO_CACHE", "1")  # no .cache/ in the fixture repository


def _git(root: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True)


def _commit(root: Path, message: str) -> None:
    _git(root, "add", "-A")
    _git(root, "commit", "-q", "-m", message)


def _repository(tmp_path: Path, *practices: Path) -> Path:
    """A repository whose main branch has the given practices, checked out on the branch «pull-request»."""
    root = new_project(tmp_path / "repo", *practices)
    _git(root, "init", "-q", "-b", "main")
    _git(root, "config", "user.name", "Тест")
    _git(root, "config", "user.email", "test@example.org")
    _commit(root, "base")
    _git(root, "checkout", "-q", "-b", "pull-request")
    return root


def _write(root: Path, rel: str, content: str) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")


def _summary(root: Path, **options):
    return pull_request_summary(root, "main", TODAY, **options)


def _teachers_pull_request(tmp_path: Path) -> Path:
    root = _repository(tmp_path, RABOTA, BOM_CRLF)
    _write(root, "practices/klub-yunyh-chitateley.md", NEW_PRACTICE)
    bom = root / "practices" / "bom-crlf.md"
    old, new = "title: Родительский клуб в сельской школе", "title: Родительский клуб — встречи раз в месяц"
    bom.write_bytes(bom.read_bytes().replace(old.encode(), new.encode()))
    _git(root, "rm", "-q", "-r", "practices/rabota-s-roditelyami.md", "practices/rabota-s-roditelyami")
    _commit(root, "pull request")
    return root


def test_the_summary_of_a_teachers_pull_request_is_the_expected_markdown(tmp_path, capsys):
    root = _teachers_pull_request(tmp_path)
    summary_file = tmp_path / "summary.md"
    summary_file.write_text("### Раньше\n", encoding="utf-8")  # appended to, as $GITHUB_STEP_SUMMARY is
    code = main(["pr-summary", "--base", "main", "--root", str(root), "--today", TODAY.isoformat(),
                 "--summary-file", str(summary_file)])
    assert capsys.readouterr().out == EXPECTED
    assert summary_file.read_text(encoding="utf-8") == "### Раньше\n" + EXPECTED
    assert code == 1


def test_the_summary_as_data(tmp_path):
    summary = _summary(_teachers_pull_request(tmp_path))
    assert [(e.change, e.rel, e.has_errors) for e in summary.practices] == [
        ("added", "practices/klub-yunyh-chitateley.md", True),
        ("modified", "practices/bom-crlf.md", False),
        ("deleted", "practices/rabota-s-roditelyami.md", False),
    ]
    added, modified, deleted = summary.practices
    assert (added.evidence, added.pages) == ("", ("practices/klub-yunyh-chitateley/", "schools/school-a/"))
    assert (modified.evidence, modified.evidence_step) == ("есть данные «до/после»", 3)
    assert modified.before.title == "Родительский клуб в сельской школе"
    assert modified.after.title == "Родительский клуб — встречи раз в месяц"
    assert (deleted.after, deleted.before.status, deleted.before.published) == (None, "одобрена", True)
    assert deleted.materials == ("practices/rabota-s-roditelyami/plan.pdf",)
    assert [(p.path, p.line, p.field) for p in summary.problems] == [
        ("practices/klub-yunyh-chitateley.md", 1, "license"),
        ("practices/klub-yunyh-chitateley.md", 14, "direction"),
    ]
    assert [(f.kind, f.blocking, f.files) for f in summary.flags] == [
        ("deleted", True, ("practices/rabota-s-roditelyami.md",))
    ]
    assert summary.others == () and summary.elsewhere == Elsewhere(0, 0, 0) and summary.reviewers == ()
    assert summary.exit_code == 1
    assert render(summary) == EXPECTED


def _renamed_pull_request(tmp_path: Path, how: str) -> Path:
    root = _repository(tmp_path, RABOTA, BOM_CRLF)
    if how == "git mv":
        _git(root, "mv", "practices/rabota-s-roditelyami.md", "practices/roditelskiy-klub.md")
        _git(root, "mv", "practices/rabota-s-roditelyami", "practices/roditelskiy-klub")
        path = root / "practices" / "roditelskiy-klub.md"
        path.write_text(path.read_text(encoding="utf-8").replace("rabota-s-roditelyami", "roditelskiy-klub"),
                        encoding="utf-8")
    else:  # another text under another name: git sees no rename, the title does
        _git(root, "rm", "-q", "-r", "practices/rabota-s-roditelyami.md", "practices/rabota-s-roditelyami")
        same_title = VALID_PRACTICE.replace("Клуб юных читателей", "Родительский клуб в сельской школе")
        _write(root, "practices/roditelskiy-klub.md", same_title.replace("klub-yunyh-chitateley", "roditelskiy-klub"))
    _commit(root, "renamed")
    return root


# Worked out by hand: the lines a rename without an entry asks for, inside its list item (two spaces), dated today.
RENAME_ENTRY = """\
- id: rabota-s-roditelyami
  date: 2026-11-25
  replaced_by: roditelskiy-klub
"""
RENAME_WITHOUT_ENTRY = (
    "- ❌ переименована опубликованная практика «Родительский клуб в сельской школе»: "
    "` practices/rabota-s-roditelyami.md ` → ` practices/roditelskiy-klub.md `. Адрес страницы меняется с "
    "` practices/rabota-s-roditelyami/ ` на ` practices/roditelskiy-klub/ `, ссылки на старый адрес перестанут "
    "работать. Проверка не пройдёт, пока в ` data/removed-practices.yml ` нет записи о прежнем адресе: добавьте в "
    "конец файла (создайте его, если его нет) эти строки, и по старому адресу сайт покажет ссылку на новый:\n"
    "\n"
    "  ```yaml\n"
    "  - id: rabota-s-roditelyami\n"
    "    date: 2026-11-25\n"
    "    replaced_by: roditelskiy-klub\n"
    "  ```\n"
)
RENAME_WITH_ENTRY = (
    "- ⚠️ переименована практика «Родительский клуб в сельской школе»: ` practices/rabota-s-roditelyami.md ` → "
    "` practices/roditelskiy-klub.md `. Адрес страницы меняется с ` practices/rabota-s-roditelyami/ ` на "
    "` practices/roditelskiy-klub/ `; по старому адресу будет страница «Практика перенесена» со ссылкой на "
    "` practices/roditelskiy-klub/ ` (` data/removed-practices.yml `). Убедитесь, что это та же практика.\n"
)


def _pasted(markdown: str) -> str:
    """The YAML block of the summary, as the author copies it: without the list item's indent."""
    block = re.search(r"^  ```yaml\n(.*?)^  ```$", markdown, re.MULTILINE | re.DOTALL)
    assert block, markdown
    return "".join(line.removeprefix("  ") + "\n" for line in block.group(1).splitlines())


@pytest.mark.parametrize("how", ["git mv", "deleted and added with the same title"])
@pytest.mark.parametrize("author", [None, "MEMBER"])
def test_a_renamed_published_practice_blocks_until_its_old_address_is_recorded(tmp_path, how, author):
    root = _renamed_pull_request(tmp_path, how)
    summary = _summary(root, author_association=author)
    (entry,) = summary.practices
    assert (entry.change, entry.rel, entry.old_rel, entry.recorded) == (
        "renamed", "practices/roditelskiy-klub.md", "practices/rabota-s-roditelyami.md", False
    )
    assert [(f.kind, f.blocking, f.needs_entry) for f in summary.flags] == [("renamed", True, True)]  # everyone's
    assert summary.problems == () and summary.exit_code == 1
    markdown = render(summary)
    assert "- **Переименована практика** «Родительский клуб в сельской школе», ` practices/roditelskiy-klub.md ` " \
           "(прежде ` practices/rabota-s-roditelyami.md `)" in markdown
    assert RENAME_WITHOUT_ENTRY in markdown
    assert _pasted(markdown) == RENAME_ENTRY
    # The lines pasted as they are: the rename passes, and the old address will link to the new one.
    _write(root, "data/removed-practices.yml", RENAME_ENTRY)
    _commit(root, "the old address")
    summary = _summary(root, author_association=author)
    (entry,) = summary.practices
    assert (entry.recorded, entry.replaced_by) == (True, "roditelskiy-klub")
    assert [(f.kind, f.blocking) for f in summary.flags] == [("renamed", False)]
    assert summary.exit_code == 0, summary.problems
    markdown = render(summary)
    assert RENAME_WITH_ENTRY in markdown
    assert "- добавлен файл ` data/removed-practices.yml ` (снятые и перенесённые практики)" in markdown
    assert markdown.endswith("по своим адресам: ` practices/roditelskiy-klub/ `. По прежнему адресу "
                             "` practices/rabota-s-roditelyami/ ` будет сказано, куда делась практика.\n")


def test_a_renamed_draft_needs_no_entry(tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text(VALID_PRACTICE.replace("status: на рассмотрении", "status: черновик"), encoding="utf-8")
    root = _repository(tmp_path, BOM_CRLF)
    _write(root, "practices/klub-yunyh-chitateley.md", draft.read_text(encoding="utf-8"))
    _commit(root, "a draft")
    _git(root, "branch", "-f", "main", "HEAD")
    _git(root, "mv", "practices/klub-yunyh-chitateley.md", "practices/klub-chitateley.md")
    path = root / "practices" / "klub-chitateley.md"
    path.write_text(path.read_text(encoding="utf-8").replace("id: klub-yunyh-chitateley", "id: klub-chitateley"),
                    encoding="utf-8")
    _commit(root, "renamed")
    summary = _summary(root)
    assert [(f.kind, f.blocking) for f in summary.flags] == [("renamed", False)]
    assert summary.exit_code == 0
    assert ("- ⚠️ переименована практика «Клуб юных читателей»: ` practices/klub-yunyh-chitateley.md ` → "
            "` practices/klub-chitateley.md `. На сайте она не публиковалась: запись в "
            "` data/removed-practices.yml ` не нужна. Убедитесь, что это та же практика.") in render(summary)


CODEOWNERS = "* @shnor-bank/maintainers\n/scripts/ @shnor-bank/maintainers\n/practices/ @shnor-bank/reviewers\n"


def test_a_code_file_change_needs_a_maintainer(tmp_path):
    root = _repository(tmp_path, RABOTA)
    _write(root, ".github/CODEOWNERS", CODEOWNERS)
    _commit(root, "owners")
    _git(root, "branch", "-f", "main", "HEAD")  # the owners are the base branch's
    _write(root, "scripts/helper.py", "print('hello')\n")
    _write(root, "practices/klub-yunyh-chitateley.md", VALID_PRACTICE)
    _commit(root, "a practice and a script")
    summary = _summary(root)
    assert [(f.kind, f.blocking, f.files) for f in summary.flags] == [("code", False, ("scripts/helper.py",))]
    assert [(o.rel, o.change, o.kind) for o in summary.others] == [
        ("scripts/helper.py", "added", "код или настройки сборки")
    ]
    assert summary.reviewers == (("@shnor-bank/reviewers", 1), ("@shnor-bank/maintainers", 1))
    assert summary.exit_code == 0  # a hint for the reviewer, the Code Owners review is the barrier
    markdown = render(summary)
    assert "- 🛠 нужен сопровождающий: pull request меняет код или настройки сборки — ` scripts/helper.py `." in markdown
    assert "- добавлен файл ` scripts/helper.py ` (код или настройки сборки)" in markdown
    assert ("2. Pull request рассматривают (по `.github/CODEOWNERS`): @shnor-bank/reviewers — 1 файл; "
            "@shnor-bank/maintainers — 1 файл.") in markdown
    assert [f.kind for f in _summary(root, author_association="MEMBER").flags] == []  # a maintainer's own


def test_the_reviewers_are_read_where_gitlab_keeps_codeowners(tmp_path):
    """GitLab reads CODEOWNERS, docs/CODEOWNERS or .gitlab/CODEOWNERS, never .github/ (SECURITY.md)."""
    root = _repository(tmp_path, RABOTA)
    _write(root, ".gitlab/CODEOWNERS", CODEOWNERS)
    _commit(root, "owners")
    _git(root, "branch", "-f", "main", "HEAD")
    _write(root, "scripts/helper.py", "print('hello')\n")
    _commit(root, "a script")
    assert _summary(root).reviewers == (("@shnor-bank/maintainers", 1),)


def test_a_pull_request_of_valid_additions_passes(tmp_path, monkeypatch, capsys):
    root = _repository(tmp_path, RABOTA)
    _write(root, "practices/klub-yunyh-chitateley.md", VALID_PRACTICE)
    _commit(root, "a new practice")
    step_summary = tmp_path / "step-summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(step_summary))
    code = main(["--root", str(root), "pr-summary", "--base", "main", "--today", TODAY.isoformat(),
                 "--site-url", "https://example.org/bank"])
    out = capsys.readouterr().out
    assert code == 0
    assert step_summary.read_text(encoding="utf-8") == out
    assert out.startswith("## Проверка pull request: ✅ ошибок нет\n\nОшибок в файлах pull request: 0, "
                          "предупреждений: 0. Отметок для рецензента: 0, из них не дают пройти проверку: 0.\n")
    assert "  - уровень доказанности: описана (ступень 1 из 4)\n" in out  # used since 2026-09-01: not a year yet
    assert ("  - страницы на сайте: [practices/klub-yunyh-chitateley/]"
            "(https://example.org/bank/practices/klub-yunyh-chitateley/) (страница практики), "
            "[schools/school-a/](https://example.org/bank/schools/school-a/) (страница школы)\n") in out
    assert "В файлах pull request ошибок и предупреждений нет ✅" in out
    assert "Отметок нет." in out
    assert "1. Проверка не нашла ошибок: исправлять ничего не нужно, дождитесь рецензента." in out


def test_practices_of_two_schools_are_flagged(tmp_path):
    root = _repository(tmp_path, BOM_CRLF)
    _write(root, "practices/klub-yunyh-chitateley.md", VALID_PRACTICE.replace("school: school-a", "school: school-b"))
    bom = root / "practices" / "bom-crlf.md"
    bom.write_bytes(bom.read_bytes().replace("Кабинет и чай.".encode(), "Кабинет, чай и печенье.".encode()))
    _commit(root, "a practice of school-b and an edit of school-a's")
    summary = _summary(root)
    assert [(f.kind, f.blocking) for f in summary.flags] == [("schools", False)]
    assert summary.exit_code == 0
    assert ("- ⚠️ pull request затрагивает практики разных школ: Гимназия Б — ` practices/klub-yunyh-chitateley.md `; "
            "Школа А — ` practices/bom-crlf.md `.") in render(summary)


def test_a_practice_moved_to_another_school_is_flagged(tmp_path):
    root = _repository(tmp_path, BOM_CRLF)
    bom = root / "practices" / "bom-crlf.md"
    bom.write_bytes(bom.read_bytes().replace(b"school: school-a", b"school: school-c"))
    _commit(root, "another school")
    summary = _summary(root)
    assert [f.kind for f in summary.flags] == ["schools"]
    assert "  - школа: Школа А → Школа В\n" in render(summary)


# Worked out by hand: a maintainer's deletion of the approved rabota-s-roditelyami.md (and its material) without an
# entry in data/removed-practices.yml. The deletion is the one mark and it blocks; the lines to paste leave
# «reason» empty, for a sentence the validator asks for.
EXPECTED_WITHOUT_ENTRY = """\
## Проверка pull request: ❌ есть что исправить

Ошибок в файлах pull request: 0, предупреждений: 0. Отметок для рецензента: 1, из них не дают пройти проверку: 1.

### 1. Что добавляет и меняет pull request

- **Удалена практика** «Родительский клуб в сельской школе», ` practices/rabota-s-roditelyami.md `
  - школа: Школа А
  - статус в основной ветке: одобрена
  - страница ` practices/rabota-s-roditelyami/ ` исчезнет с сайта, практика пропадёт со страницы школы
  - файлы материалов: ` practices/rabota-s-roditelyami/plan.pdf `

### 2. Что исправить

В файлах pull request ошибок и предупреждений нет ✅

### 3. На что обратить внимание рецензенту

- ❌ удалена опубликованная практика ` practices/rabota-s-roditelyami.md ` («Родительский клуб в сельской школе», \
Школа А, статус «одобрена»): её страница ` practices/rabota-s-roditelyami/ ` исчезнет с сайта, ссылки на неё \
перестанут работать. Проверка не пройдёт, пока в ` data/removed-practices.yml ` нет записи о прежнем адресе: \
добавьте в конец файла (создайте его, если его нет) эти строки, а в `reason` напишите одно предложение для \
читателей, почему практика снята (если её место заняла другая практика, вместо `reason` укажите `replaced_by` и её \
id). По прежнему адресу сайт покажет страницу «Практика снята с публикации»:

  ```yaml
  - id: rabota-s-roditelyami
    date: 2026-11-25
    reason:  # одно предложение для читателей: почему практика снята с публикации
  ```

### 4. Что дальше

1. Исправьте ошибки и отметки ❌ выше и добавьте коммит в ту же ветку: проверка запустится снова, и эта сводка \
обновится.
2. Pull request рассматривает методист муниципального банка практик, обычно в течение 10 рабочих дней; рецензент \
может попросить уточнить текст.
3. После слияния сайт пересобирается автоматически, через несколько минут изменения будут на сайте. Исчезнет \
страница ` practices/rabota-s-roditelyami/ `.
"""
REASON = "Школа больше не ведёт родительский клуб в этом виде, новое описание готовится."


def _maintainers_deletion(tmp_path: Path) -> Path:
    root = _repository(tmp_path, RABOTA, BOM_CRLF)
    _git(root, "rm", "-q", "-r", "practices/rabota-s-roditelyami.md", "practices/rabota-s-roditelyami")
    _commit(root, "removed by the department")
    return root


def test_a_maintainers_deletion_without_an_entry_fails_and_says_what_to_add(tmp_path):
    root = _maintainers_deletion(tmp_path)
    summary = _summary(root, author_association="MEMBER")
    assert [(f.kind, f.blocking, f.needs_entry) for f in summary.flags] == [("deleted", True, True)]
    assert summary.exit_code == 1
    assert render(summary) == EXPECTED_WITHOUT_ENTRY
    # Pasted as it is, the entry still has no reason: the validator says so at the entry's line, and it fails.
    _write(root, "data/removed-practices.yml", _pasted(EXPECTED_WITHOUT_ENTRY))
    _commit(root, "pasted")
    summary = _summary(root, author_association="MEMBER")
    assert [(p.path, p.line, p.field, p.rule) for p in summary.errors] == [
        ("data/removed-practices.yml", 3, "0.reason", "SH503")
    ]
    assert summary.exit_code == 1


def test_a_maintainers_deletion_with_an_entry_passes(tmp_path):
    root = _maintainers_deletion(tmp_path)
    _write(root, "data/removed-practices.yml", f"- id: rabota-s-roditelyami\n  date: 2026-11-20\n  reason: {REASON}\n")
    _commit(root, "the reason")
    summary = _summary(root, author_association="MEMBER")
    assert [(f.kind, f.blocking) for f in summary.flags] == [("deleted", False)]
    assert summary.problems == () and summary.exit_code == 0
    markdown = render(summary)
    assert ("  - по адресу ` practices/rabota-s-roditelyami/ ` будет страница «Практика снята с публикации» с причиной "
            "из записи, практика пропадёт со страницы школы\n") in markdown
    assert ("- ⚠️ удалена опубликованная практика ` practices/rabota-s-roditelyami.md ` («Родительский клуб в сельской "
            "школе», Школа А, статус «одобрена»): по её адресу ` practices/rabota-s-roditelyami/ ` будет страница "
            "«Практика снята с публикации» с причиной из записи (` data/removed-practices.yml `). Pull request своего "
            "человека репозитория: проверка его пропускает, убедитесь, что удаление задумано.\n") in markdown
    assert "Исчезнет" not in markdown
    assert markdown.endswith("изменения будут на сайте. По прежнему адресу ` practices/rabota-s-roditelyami/ ` будет "
                             "сказано, куда делась практика.\n")


def test_a_contributors_deletion_blocks_even_with_an_entry(tmp_path):
    root = _maintainers_deletion(tmp_path)
    _write(root, "data/removed-practices.yml", f"- id: rabota-s-roditelyami\n  date: 2026-11-20\n  reason: {REASON}\n")
    _commit(root, "the reason")
    summary = _summary(root, author_association="CONTRIBUTOR")
    assert [(f.kind, f.blocking, f.needs_entry) for f in summary.flags] == [("deleted", True, False)]
    assert summary.exit_code == 1
    assert ("Проверка не пройдёт, пока файл не вернут в pull request: снять практику с публикации может только "
            "рецензент банка практик.") in render(summary)


def test_problems_in_untouched_files_are_counted_not_listed(tmp_path):
    root = _repository(tmp_path, RABOTA, VALIDATION_FIXTURES / "bad" / "wrong-direction.md")
    _write(root, "practices/klub-yunyh-chitateley.md", VALID_PRACTICE)
    _commit(root, "a valid practice")
    summary = _summary(root)
    assert summary.problems == () and summary.elsewhere == Elsewhere(1, 1, 0)
    assert summary.exit_code == 0
    assert ("В других файлах, которые этот pull request не меняет (1), найдено ошибок: 1, предупреждений: 0. "
            "Это не ошибки автора pull request") in render(summary)


def test_a_changed_material_describes_its_practice(tmp_path):
    root = _repository(tmp_path, RABOTA)
    (root / "practices" / "rabota-s-roditelyami" / "plan.pdf").write_bytes(b"%PDF-1.4 changed")
    _commit(root, "material changed")
    (entry,) = _summary(root).practices
    assert (entry.change, entry.materials) == ("materials", ("practices/rabota-s-roditelyami/plan.pdf",))
    assert entry.after.title == "Родительский клуб в сельской школе"


def test_contributed_text_stays_text():
    assert text("<b>x</b> [a](javascript:x) `c` *d*") == r"&lt;b&gt;x&lt;/b&gt; \[a\]\(javascript:x\) \`c\` \*d\*"


def _headings() -> list[str]:
    markdown = (REPO / "CONTRIBUTING.md").read_text(encoding="utf-8")
    return [m.group(1).strip() for m in re.finditer(r"^#+ (.+)$", markdown, re.MULTILINE)]


def test_every_fix_hint_is_a_section_of_contributing():
    sections = {value for name, value in vars(fix_hints).items() if name.isupper() and isinstance(value, str)}
    headings = _headings()
    assert sections and sections | {"Что проверяет робот и где прочитать ответ"} <= set(headings)
    anchors = {fix_hints.anchor(heading) for heading in headings}
    assert "справочники-что-писать-в-полях" in anchors  # GitHub's anchor, as the expected summary links it
