"""A pull request's summary (shnor.contrib.pr_summary) as Russian Markdown for the teacher who opened it: what it
adds and changes, what to fix, what the reviewer will look at, what happens next. Whatever a contributor wrote
(titles, file names, values echoed in messages) stays text: escaped, or in a code span."""

from __future__ import annotations

import re
from datetime import date

from shnor.contrib.code_paths import code_span
from shnor.contrib.fix_hints import anchor, section_for
from shnor.contrib.pr_flags import Flag
from shnor.contrib.pr_practices import PracticeEntry, PracticeFacts
from shnor.contrib.pr_summary import OtherChange, PullRequestSummary
from shnor.formatting import plural_ru
from shnor.markdown_text import md_text
from shnor.problems import Problem
from shnor.records.practice import SLUG_PATTERN
from shnor.records.removed_practices import FILE as REMOVED_FILE
from shnor.records.removed_practices import entry_yaml

REVIEWER = "методист муниципального банка практик"  # when .github/CODEOWNERS names nobody
_ID = re.compile(SLUG_PATTERN)  # an id that can be pasted as it is

_PRACTICE_HEADINGS = {
    "added": "Добавлена практика",
    "renamed": "Переименована практика",
    "modified": "Изменена практика",
    "materials": "Изменены материалы практики",
    "deleted": "Удалена практика",
}
_FILE_CHANGES = {"added": "добавлен", "modified": "изменён", "renamed": "переименован", "deleted": "удалён"}


text = md_text  # one line of contributed text, shown as it is: no markup, no HTML (the site's escaper)


def _title(facts: PracticeFacts) -> str:
    return f"«{text(facts.title)}»" if facts.title else "без названия"


def _school(facts: PracticeFacts) -> str:
    if facts.school:
        return text(facts.school)
    return f"{code_span(facts.school_id)} (нет в реестре школ)" if facts.school_id else "не указана"


def _page(summary: PullRequestSummary, path: str) -> str:
    return f"[{text(path)}]({summary.site_url}{path})" if summary.site_url else code_span(path)


def _changed(label: str, before: str, after: str) -> str:
    return f"  - {label}: {after}" if before == after else f"  - {label}: {before} → {after}"


def _practice(entry: PracticeEntry, summary: PullRequestSummary) -> list[str]:
    facts = entry.facts
    head = f"- **{_PRACTICE_HEADINGS[entry.change]}** {_title(facts)}, {code_span(entry.rel)}"
    if entry.change == "renamed" and entry.old_rel:
        head += f" (прежде {code_span(entry.old_rel)})"
    lines = [head]
    before, after = entry.before, entry.after
    if after is None:  # deleted
        lines.append(f"  - школа: {_school(facts)}")
        lines.append(f"  - статус в основной ветке: {text(facts.status) or 'не указан'}")
        if facts.published and entry.recorded:
            lines.append(f"  - по адресу {_page(summary, f'practices/{facts.id}/')} будет страница "
                         f"{_left_page(entry, summary)}, практика пропадёт со страницы школы")
        elif facts.published:
            lines.append(f"  - страница {_page(summary, f'practices/{facts.id}/')} исчезнет с сайта, "
                         "практика пропадёт со страницы школы")
        else:
            lines.append("  - на сайте не публиковалась")
    else:
        if before and before.title != after.title:
            lines.append(f"  - прежнее название: {_title(before)}")
        was = before or after
        lines.append(_changed("школа", _school(was), _school(after)))
        lines.append(_changed("статус", text(was.status) or "не указан", text(after.status) or "не указан"))
        if entry.evidence:
            lines.append(f"  - уровень доказанности: {text(entry.evidence)} "
                         f"(ступень {entry.evidence_step} из {summary.evidence_steps})")
        else:
            lines.append("  - уровень доказанности: будет вычислен, когда ошибки в записи будут исправлены")
        lines.append(f"  - страницы на сайте: {_pages(entry, summary)}")
    if entry.materials:
        lines.append("  - файлы материалов: " + ", ".join(code_span(rel) for rel in entry.materials))
    return lines


def _pages(entry: PracticeEntry, summary: PullRequestSummary) -> str:
    if entry.after is None or not entry.after.published:
        return "не публикуется (статус «черновик» или не указан)"
    labels = ("страница практики", "страница школы")
    pages = ", ".join(f"{_page(summary, page)} ({label})" for page, label in zip(entry.pages, labels, strict=False))
    return f"появятся, когда ошибки будут исправлены: {pages}" if entry.has_errors else pages


def _other(change: OtherChange) -> str:
    line = f"- {_FILE_CHANGES[change.change]} файл {code_span(change.rel)} ({change.kind})"
    if change.change == "renamed" and change.old_rel:
        line += f", прежде {code_span(change.old_rel)}"
    return line


def _changes(summary: PullRequestSummary) -> list[str]:
    lines = ["### 1. Что добавляет и меняет pull request", ""]
    for entry in summary.practices:
        lines += _practice(entry, summary)
    if summary.practices and summary.others:
        lines.append("")
    if summary.others:
        lines += ["Другие записи и файлы:", ""]
        lines += [_other(change) for change in summary.others]
    if not summary.practices and not summary.others:
        lines.append("Pull request не меняет ни одного файла.")
    return lines


def _problem(problem: Problem, contributing: str) -> str:
    mark = "❌" if problem.severity == "error" else "⚠️ предупреждение:"
    where = f"{code_span(problem.path)}, строка {problem.line}"
    if problem.field:
        where += f", поле {code_span(problem.field)}"
    message = text(problem.message)
    line = f"- {mark} {where}: {message}"
    section = section_for(problem)
    if section:
        stop = "" if message.endswith((".", "!", "?")) else "."
        line += f"{stop} Подробнее: [{section}]({contributing}#{anchor(section)})."
    return line


def _problems(summary: PullRequestSummary) -> list[str]:
    lines = ["### 2. Что исправить", ""]
    if summary.problems:
        lines += [_problem(problem, summary.contributing) for problem in summary.problems]
    else:
        lines.append("В файлах pull request ошибок и предупреждений нет ✅")
    elsewhere = summary.elsewhere
    if elsewhere.files:
        lines += [
            "",
            f"В других файлах, которые этот pull request не меняет ({elsewhere.files}), найдено ошибок: "
            f"{elsewhere.errors}, предупреждений: {elsewhere.warnings}. Это не ошибки автора pull request: их "
            "исправит сопровождающий, а `shnor validate` покажет их отдельно.",
        ]
    return lines


def _by_school(summary: PullRequestSummary, files: tuple[str, ...]) -> str:
    groups: dict[str, list[str]] = {}
    for entry in summary.practices:
        if entry.rel not in files:
            continue
        for facts in dict.fromkeys(f for f in (entry.before, entry.after) if f and f.school_id):
            label = text(facts.school) if facts.school else code_span(facts.school_id)
            if code_span(entry.rel) not in groups.setdefault(label, []):
                groups[label].append(code_span(entry.rel))
    return "; ".join(f"{label} — {', '.join(rels)}" for label, rels in groups.items())


def _entry(summary: PullRequestSummary, rel: str) -> PracticeEntry:
    return next(entry for entry in summary.practices if entry.rel == rel)


def _left_page(entry: PracticeEntry, summary: PullRequestSummary) -> str:
    """What the site shows at a deleted or renamed practice's old address, from its entry in the file."""
    if entry.replaced_by:
        return f"«Практика перенесена» со ссылкой на {_page(summary, f'practices/{entry.replaced_by}/')}"
    return "«Практика снята с публикации» с причиной из записи"


def _paste(old_id: str, summary: PullRequestSummary, replaced_by: str | None = None) -> str:
    """The lines to add to data/removed-practices.yml, as a YAML block inside the list item."""
    if not _ID.fullmatch(old_id) or (replaced_by is not None and not _ID.fullmatch(replaced_by)):
        return (f" Имя файла {code_span(old_id)} не годится в id (только строчные латинские буквы, цифры и дефис): "
                "запись напишет рецензент.")
    day = summary.today or date.today()
    block = "".join(f"  {line}\n" for line in entry_yaml(old_id, day, replaced_by).splitlines())
    return f"\n\n  ```yaml\n{block}  ```"


def _needs_entry(what: str) -> str:
    return (f" Проверка не пройдёт, пока в {code_span(REMOVED_FILE)} нет записи о прежнем адресе: добавьте в конец "
            f"файла (создайте его, если его нет) эти строки{what}:")


def _flag(flag: Flag, summary: PullRequestSummary) -> list[str]:
    if flag.kind == "deleted":
        lines = []
        for rel in flag.files:
            entry = _entry(summary, rel)
            facts = entry.facts
            said = (f"удалена опубликованная практика {code_span(rel)} ({_title(facts)}, {_school(facts)}, "
                    f"статус «{text(facts.status)}»): ")
            gone = (f"её страница {_page(summary, f'practices/{facts.id}/')} исчезнет с сайта, ссылки на неё "
                    "перестанут работать.")
            if flag.needs_entry:
                what = (", а в `reason` напишите одно предложение для читателей, почему практика снята (если её "
                        "место заняла другая практика, вместо `reason` укажите `replaced_by` и её id). По прежнему "
                        "адресу сайт покажет страницу «Практика снята с публикации»")
                lines.append(f"- ❌ {said}{gone}{_needs_entry(what)}{_paste(facts.id, summary)}")
            elif flag.blocking:
                said += gone
                lines.append(f"- ❌ {said} Проверка не пройдёт, пока файл не вернут в pull request: снять практику "
                             "с публикации может только рецензент банка практик.")
            else:
                said += (f"по её адресу {_page(summary, f'practices/{facts.id}/')} будет страница "
                         f"{_left_page(entry, summary)} ({code_span(REMOVED_FILE)}).")
                lines.append(f"- ⚠️ {said} Pull request своего человека репозитория: проверка его пропускает, "
                             "убедитесь, что удаление задумано.")
        return lines
    if flag.kind == "renamed":
        return [_renamed(flag, _entry(summary, rel), summary) for rel in flag.files]
    if flag.kind == "schools":
        return [f"- ⚠️ pull request затрагивает практики разных школ: {_by_school(summary, flag.files)}. Обычно "
                "школа предлагает и меняет только свои практики: убедитесь, что другая школа согласна."]
    files = ", ".join(code_span(rel) for rel in flag.files)
    return [f"- 🛠 нужен сопровождающий: pull request меняет код или настройки сборки — {files}. Эти файлы "
            "выполняются при сборке, их просматривает и одобряет сопровождающий сайта (см. SECURITY.md). "
            "Автору практики менять их не нужно."]


def _renamed(flag: Flag, entry: PracticeEntry, summary: PullRequestSummary) -> str:
    new_id = entry.facts.id
    said = (f"переименована {'опубликованная ' if flag.needs_entry else ''}практика {_title(entry.facts)}: "
            f"{code_span(entry.old_rel or '')} → {code_span(entry.rel)}.")
    moved = (f" Адрес страницы меняется с {_page(summary, f'practices/{entry.old_id}/')} на "
             f"{_page(summary, f'practices/{new_id}/')}")
    if flag.needs_entry:
        what = ", и по старому адресу сайт покажет ссылку на новый"
        return (f"- ❌ {said}{moved}, ссылки на старый адрес перестанут работать.{_needs_entry(what)}"
                f"{_paste(entry.old_id, summary, new_id)}")
    if entry.recorded:
        return (f"- ⚠️ {said}{moved}; по старому адресу будет страница {_left_page(entry, summary)} "
                f"({code_span(REMOVED_FILE)}). Убедитесь, что это та же практика.")
    return (f"- ⚠️ {said} На сайте она не публиковалась: запись в {code_span(REMOVED_FILE)} не нужна. "
            "Убедитесь, что это та же практика.")


def _flags(summary: PullRequestSummary) -> list[str]:
    lines = ["### 3. На что обратить внимание рецензенту", ""]
    for flag in summary.flags:
        lines += _flag(flag, summary)
    if not summary.flags:
        lines.append("Отметок нет.")
    return lines


def _files(count: int) -> str:
    return f"{count} {plural_ru(count, 'файл', 'файла', 'файлов')}"


def _next(summary: PullRequestSummary) -> list[str]:
    lines = ["### 4. Что дальше", ""]
    if summary.exit_code:
        lines.append("1. Исправьте ошибки и отметки ❌ выше и добавьте коммит в ту же ветку: проверка запустится "
                     "снова, и эта сводка обновится.")
    else:
        lines.append("1. Проверка не нашла ошибок: исправлять ничего не нужно, дождитесь рецензента.")
    if summary.reviewers:
        owners = "; ".join(f"{text(owner)} — {_files(count)}" for owner, count in summary.reviewers)
        lines.append(f"2. Pull request рассматривают (по `.github/CODEOWNERS`): {owners}. Обычно в течение 10 "
                     "рабочих дней; рецензент может попросить уточнить текст.")
    else:
        lines.append(f"2. Pull request рассматривает {REVIEWER}, обычно в течение 10 рабочих дней; рецензент может "
                     "попросить уточнить текст.")
    shown = [_page(summary, entry.pages[0]) for entry in summary.practices if entry.pages]
    gone = [_page(summary, f"practices/{entry.facts.id}/") for entry in summary.practices
            if entry.change == "deleted" and entry.facts.published and not entry.recorded]
    told = [_page(summary, f"practices/{entry.old_id}/") for entry in summary.practices if entry.recorded]
    after = "3. После слияния сайт пересобирается автоматически, через несколько минут"
    if shown:
        after += " практики появятся или обновятся по своим адресам: " + ", ".join(shown) + "."
    else:
        after += " изменения будут на сайте."
    if gone:
        after += " " + plural_ru(len(gone), "Исчезнет страница", "Исчезнут страницы", "Исчезнут страницы") + " "
        after += ", ".join(gone) + "."
    if told:
        after += " По " + plural_ru(len(told), "прежнему адресу", "прежним адресам", "прежним адресам") + " "
        after += ", ".join(told) + " будет сказано, куда делась практика."
    lines.append(after)
    return lines


def render(summary: PullRequestSummary) -> str:
    """The whole summary: a heading with the verdict, then the four parts."""
    verdict = "❌ есть что исправить" if summary.exit_code else "✅ ошибок нет"
    marks = [(flag.blocking, line) for flag in summary.flags for line in _flag(flag, summary)]
    lines = [
        f"## Проверка pull request: {verdict}",
        "",
        f"Ошибок в файлах pull request: {len(summary.errors)}, предупреждений: {len(summary.warnings)}. "
        f"Отметок для рецензента: {len(marks)}, из них не дают пройти проверку: {sum(b for b, _ in marks)}.",
        "",
    ]
    for part in (_changes, _problems, _flags, _next):
        lines += part(summary)
        lines.append("")
    return "\n".join(lines)
