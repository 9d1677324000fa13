"""Arguments of ``shnor new practice``, ``shnor adopt``, ``shnor docs``, ``shnor review-guard``,
``shnor code-changes`` and ``shnor pr-summary``; the work is in the modules they call."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

from shnor import clock
from shnor.paths import ProjectPaths, find_root
from shnor.problem_output import CODE_QUALITY_HELP, report


def _new_practice(args: argparse.Namespace) -> int:
    from shnor.contrib.new_practice import ScaffoldError, ask_missing, create, draft_from_args
    from shnor.records.schools import load_schools
    from shnor.taxonomy import taxonomies_at

    root = find_root(Path(args.root) if args.root else None)
    paths, taxonomies = ProjectPaths(root), taxonomies_at(root)
    draft = draft_from_args(args, clock.today())
    interactive = args.interactive if args.interactive is not None else sys.stdin.isatty()
    if interactive:
        schools, _ = load_schools(paths, taxonomies)
        draft = ask_missing(draft, taxonomies, schools)
    try:
        created = create(paths, draft, taxonomies, [Path(p) for p in args.material or []])
    except ScaffoldError as error:
        print(f"Ошибка: {error}", file=sys.stderr)
        return 1
    print(f"Создан файл {paths.rel(created.practice)} и папка для материалов {paths.rel(created.materials)}/.")
    print("Заполните пустые поля и разделы текста, затем проверьте: shnor validate " + paths.rel(created.practice))
    return 0


def _docs(args: argparse.Namespace) -> int:
    from shnor.contrib.generated_docs import outdated, write

    root = find_root(Path(args.root) if args.root else None)
    if args.check:
        stale = outdated(root)
        for path in stale:
            print(f"{path}: устарел, выполните «shnor docs» и добавьте изменения в коммит", file=sys.stderr)
        return 1 if stale else 0
    changed = write(root)
    print("Обновлены: " + ", ".join(changed) if changed else "Всё актуально.")
    return 0


def _adopt(args: argparse.Namespace) -> int:
    from shnor.contrib.adopt import AdoptError, NewAdoption, adopt
    from shnor.contrib.adoption_request import parse_request

    root = find_root(Path(args.root) if args.root else None)
    # The request's answers, as its issue holds them; what the reviewer types on the command line wins.
    received = None
    if args.from_issue:
        text = sys.stdin.read() if args.from_issue == "-" else Path(args.from_issue).read_text(encoding="utf-8")
        received = parse_request(text)
    asked = received.request if received else None

    def pick(given: str | None, key: str) -> str | None:
        return given if given is not None else (getattr(asked, key) or None if asked else None)

    practice, school = pick(args.practice, "practice"), pick(args.school, "school")
    started, changes = pick(args.started, "started"), pick(args.changes, "changes")
    missing = [name for name, value in (("PRACTICE", practice), ("--school", school), ("--started", started),
                                        ("--changes", changes)) if not value]  # fmt: skip
    if missing:
        print(f"Ошибка: не указано {', '.join(missing)} (ни в команде, ни в заявке --from-issue)", file=sys.stderr)
        return 2
    entry = NewAdoption(
        school=school, started=started, changes=changes, status=args.status, finished=args.finished,
        result=args.result, reason=args.reason, contact_name=pick(args.contact, "contact"),
        contact_position=pick(args.position, "position"), contact_email=pick(args.email, "email"),
        consent=args.consent or bool(received and received.consent), partnership=args.partnership,
        activity=args.activity,
    )  # fmt: skip
    try:
        path = adopt(root, practice, entry, args.today or clock.today())
    except AdoptError as error:
        report(error.problems, "terminal", None)
        print(f"Ошибка: {error}", file=sys.stderr)
        return 1
    print(f"Внедрение школы {school} добавлено в {ProjectPaths(root).rel(path)}. Проверьте изменения (git diff) "
          "и закоммитьте их; в сообщении коммита сошлитесь на заявку.")  # fmt: skip
    return 0


def _review_guard(args: argparse.Namespace) -> int:
    from shnor.contrib.review_guard import guard
    from shnor.kinds import load_repository

    root = find_root(Path(args.root) if args.root else None)
    problems = guard(load_repository(root, clock.today()), args.base, args.author_association)
    report(problems, args.format, args.code_quality)
    return 1 if problems else 0


def _code_changes(args: argparse.Namespace) -> int:
    from shnor.contrib.code_paths import (
        annotations,
        changed_files,
        code_changes,
        is_trusted_author,
        needs_code_check,
        summary,
    )

    root = find_root(Path(args.root) if args.root else None)
    changed = changed_files(root, args.base)
    if args.output:  # the path filter, whoever the author is: a step output of GitHub Actions
        with open(args.output, "a", encoding="utf-8") as out:
            out.write(f"code={'true' if needs_code_check(changed) else 'false'}\n")
    if is_trusted_author(args.author_association):
        return 0
    files = code_changes(changed)
    if not files:
        return 0
    if args.format == "github":
        print("\n".join(annotations(files)))
    else:
        print("\n".join(f"{rel}: изменён файл кода или настроек сборки" for rel in files))
        print("Pull request меняет код или настройки сборки: его проверяет сопровождающий.", file=sys.stderr)
    if args.summary:
        with open(args.summary, "a", encoding="utf-8") as out:
            out.write(summary(files))
    return 0


def _pr_summary(args: argparse.Namespace) -> int:
    from shnor.contrib.changed_pages import changed_pages, write_pages
    from shnor.contrib.pr_summary import contributing_link, pull_request_summary, site_url_of
    from shnor.contrib.pr_summary_markdown import render

    root = find_root(Path(args.root) if args.root else None)
    summary = pull_request_summary(
        root, args.base, args.today or clock.today(), site_url=site_url_of(args.site_url),
        author_association=args.author_association, contributing=contributing_link(),
    )
    if args.pages_file:
        write_pages(Path(args.pages_file), changed_pages(summary.practices))
    markdown = render(summary)
    print(markdown, end="")
    target = args.summary_file or os.environ.get("GITHUB_STEP_SUMMARY")
    if target:
        with open(target, "a", encoding="utf-8") as out:
            out.write(markdown)
    return summary.exit_code


def add_commands(commands: argparse._SubParsersAction) -> None:
    new = commands.add_parser("new", help="создать заготовку записи")
    kinds = new.add_subparsers(dest="kind", required=True)
    practice = kinds.add_parser(
        "practice",
        help="заготовка практики practices/<код>.md и папка материалов",
        description="Создаёт practices/<код>.md с полями метаданных и разделами текста. Недостающее спрашивает "
        "в терминале (--no-interactive — не спрашивать, оставить поля пустыми).",
    )
    practice.add_argument("--id", help="код практики латиницей; по умолчанию из названия")
    practice.add_argument("--title", help="название")
    practice.add_argument("--summary", help="краткое описание")
    practice.add_argument("--school", help="код школы из data/schools.csv")
    practice.add_argument("--author", action="append", help="«ФИО; должность», можно несколько раз")
    practice.add_argument("--consent", action="store_true", help="авторы согласны на публикацию имён")
    practice.add_argument("--since", type=date.fromisoformat, help="применяется с (ГГГГ-ММ-ДД)")
    practice.add_argument("--type", help="вид практики")
    practice.add_argument("--direction", help="направление работы")
    practice.add_argument("--level", action="append", help="уровень образования, можно несколько раз")
    practice.add_argument("--grade", action="append", type=int, help="класс, можно несколько раз")
    practice.add_argument("--subject", action="append", help="предмет, можно несколько раз")
    practice.add_argument("--risk", action="append", help="фактор риска, можно несколько раз")
    practice.add_argument("--keyword", action="append", help="ключевое слово, можно несколько раз")
    practice.add_argument("--license", help="лицензия")
    practice.add_argument("--material", action="append", help="файл материала: будет скопирован в папку практики")
    practice.add_argument(
        "--interactive", action=argparse.BooleanOptionalAction, default=None, help="спрашивать недостающее"
    )
    practice.set_defaults(run=_new_practice)

    adoption = commands.add_parser(
        "adopt",
        help="записать внедрение практики другой школой (по принятой заявке «Хочу внедрить»)",
        description="Дописывает запись в adoptions практики, не меняя остальных строк файла, и проверяет её; "
        "если запись не проходит проверку, файл остаётся прежним.",
    )
    adoption.add_argument("practice", nargs="?", help="id практики (practices/<id>.md); или из заявки")
    adoption.add_argument("--from-issue", metavar="FILE",
                          help="текст заявки «Хочу внедрить» (файл или - для стандартного ввода, например "
                               "gh issue view N --json body -q .body): поля и согласие берутся из него")  # fmt: skip
    adoption.add_argument("--school", help="id школы из data/schools.csv")
    adoption.add_argument("--started", help="начало: месяц ГГГГ-ММ или день ГГГГ-ММ-ДД")
    adoption.add_argument("--changes", help="что школа изменит при переносе")
    adoption.add_argument("--status", default="планируется", help="статус (по умолчанию «планируется»)")
    adoption.add_argument("--finished", help="окончание (для «внедрена» и «прекращена»)")
    adoption.add_argument("--result", help="результат (обязателен для «внедрена»)")
    adoption.add_argument("--reason", help="причина (обязательна для «прекращена»)")
    adoption.add_argument("--contact", help="ФИО контактного лица")
    adoption.add_argument("--position", help="его должность")
    adoption.add_argument("--email", help="его адрес почты")
    adoption.add_argument("--consent", action="store_true", help="контакт согласен на публикацию (из заявки)")
    adoption.add_argument("--partnership", help="id партнёрства, в рамках которого внедряют")
    adoption.add_argument("--activity", help="мероприятие плана этого партнёрства")
    adoption.add_argument("--today", type=date.fromisoformat, help="дата проверки (ГГГГ-ММ-ДД), по умолчанию сегодня")
    adoption.set_defaults(run=_adopt)

    docs = commands.add_parser(
        "docs", help="обновить создаваемые файлы: таблицы в CONTRIBUTING.md и schema/practice.schema.json"
    )
    docs.add_argument("--check", action="store_true", help="только проверить, что файлы актуальны (код 1 — нет)")
    docs.set_defaults(run=_docs)

    association = (
        "github.event.pull_request.author_association автора pull request: OWNER, MEMBER или COLLABORATOR — "
        "свой человек репозитория (рецензент или сопровождающий), иначе участник"
    )
    guard = commands.add_parser(
        "review-guard",
        help="добавленные, изменённые и переименованные практики не должны сами себе ставить "
        "«одобрена»/«рекомендована»",
    )
    guard.add_argument("--base", required=True, help="ветка или коммит, с которым сравнивать (основа pull request)")
    guard.add_argument("--author-association", default="", help=association + "; рецензенту статус ставить можно")
    guard.add_argument("--format", choices=("terminal", "github"), default="terminal")
    guard.add_argument("--code-quality", metavar="FILE", help=CODE_QUALITY_HELP)
    guard.set_defaults(run=_review_guard)

    code = commands.add_parser(
        "code-changes",
        help="отметить файлы кода и настроек сборки, изменённые участником: их проверяет сопровождающий",
    )
    code.add_argument("--base", required=True, help="ветка или коммит, с которым сравнивать (основа pull request)")
    code.add_argument("--author-association", default="", help=association + "; у своих людей не отмечается")
    code.add_argument("--format", choices=("terminal", "github"), default="terminal")
    code.add_argument("--summary", help="файл сводки (в GitHub Actions — $GITHUB_STEP_SUMMARY), куда дописать список")
    code.add_argument("--output", help="дописать в этот файл (в GitHub Actions — $GITHUB_OUTPUT) строку code=true, "
                      "если нужна проверка кода (полный набор тестов), иначе code=false")
    code.set_defaults(run=_code_changes)

    pr = commands.add_parser(
        "pr-summary",
        help="сводка pull request по-русски (Markdown): что он добавляет и меняет, что исправить, на что "
        "посмотрит рецензент, что дальше",
        description="Сравнивает HEAD с общим предком ветки --base, проверяет записи, как shnor validate, и "
        "печатает сводку в Markdown. Код 1 — в файлах pull request есть ошибки или удалена опубликованная "
        "практика.",
    )
    pr.add_argument("--base", required=True, help="ветка или коммит, с которым сравнивать (основа pull request)")
    # Also accepted after the command name; SUPPRESS keeps ``shnor --root DIR pr-summary`` from being reset.
    pr.add_argument("--root", default=argparse.SUPPRESS, help="корень проекта (по умолчанию ищется вверх)")
    pr.add_argument("--site-url", help="адрес сайта для ссылок на страницы (по умолчанию SHNOR_SITE_URL)")
    pr.add_argument(
        "--summary-file",
        help="дописать сводку в этот файл; по умолчанию — в $GITHUB_STEP_SUMMARY, если он задан (GitHub Actions)",
    )
    pr.add_argument("--author-association", default="", help=association + "; удалять практики им можно, "
                    "их код не отмечается")
    pr.add_argument("--today", type=date.fromisoformat, help="дата проверки (ГГГГ-ММ-ДД), по умолчанию сегодня")
    pr.add_argument("--pages-file", help="записать в этот файл (JSON) страницы сайта, которые pull request добавляет "
                    "или меняет: их читают shnor check-links и shnor screenshots")
    pr.set_defaults(run=_pr_summary)
