"""The ``shnor`` command: arguments only; the work is done by the modules it calls."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from shnor import clock
from shnor.paths import find_root
from shnor.problem_output import CODE_QUALITY_HELP, report
from shnor.problems import RecordError


def _record_count(repo) -> int:
    """Practices and the records of every other kind that keeps a list (monitoring tables are not records)."""
    return len({s.rel for s in repo.sources} | {p.path for p in repo.problems}) + repo.other_records


def _validate(args: argparse.Namespace) -> int:
    from shnor.validation.checks import validate_repository

    root = find_root(Path(args.root) if args.root else None)
    only = [Path(p).resolve() for p in args.paths] or None
    try:
        repo = validate_repository(root, args.today or clock.today(), only, cache=False if args.no_cache else None)
    except RecordError as error:  # a data file nothing can be checked without (data/taxonomies.yml)
        problems, checked = error.problems, 0
    else:
        problems, checked = repo.problems, len(only) if only else _record_count(repo)
    report(problems, args.format, args.code_quality)
    errors = sum(p.severity == "error" for p in problems)
    warnings = len(problems) - errors
    if errors:
        print(
            f"Найдено ошибок: {errors}, предупреждений: {warnings}. Исправьте ошибки и запустите проверку снова.",
            file=sys.stderr,
        )
        return 1
    print(f"Проверено записей: {checked}. Ошибок нет, предупреждений: {warnings}.", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="shnor", description="Банк практик ШНОР/НСУ: проверка записей и сборка данных"
    )
    parser.add_argument("--root", help="корень проекта (по умолчанию ищется вверх от текущей папки)")
    commands = parser.add_subparsers(dest="command", required=True)

    validate = commands.add_parser("validate", help="проверить записи: все или перечисленные файлы")
    validate.add_argument("paths", nargs="*", help="файлы практик; по умолчанию все")
    validate.add_argument(
        "--format",
        choices=("terminal", "github"),
        default="terminal",
        help="github — аннотации для проверок pull request",
    )
    validate.add_argument("--code-quality", metavar="FILE", help=CODE_QUALITY_HELP)
    validate.add_argument("--today", type=date.fromisoformat, help="дата проверки (ГГГГ-ММ-ДД), по умолчанию сегодня")
    validate.add_argument(
        "--no-cache",
        action="store_true",
        help="проверить всё заново, не используя .cache/shnor/ (то же, что SHNOR_NO_CACHE=1)",
    )
    validate.set_defaults(run=_validate)

    from shnor.contrib.commands import add_commands as add_contributor_commands

    add_contributor_commands(commands)

    from shnor.contrib.page_commands import add_commands as add_page_commands

    add_page_commands(commands)

    from shnor.export.commands import add_commands as add_export_commands

    add_export_commands(commands)

    from shnor.generate.commands import add_commands as add_generate_commands

    add_generate_commands(commands)

    try:  # the development tools (tools/shnor_bench: synthetic regions, the benchmark), not part of the runtime
        from shnor_bench.commands import add_commands as add_bench_commands
    except ImportError:
        pass
    else:
        add_bench_commands(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except RecordError as error:  # e.g. data/taxonomies.yml refused: every command needs it
        print(error)
        print(f"Найдено ошибок: {len(error.problems)}. Исправьте их и запустите команду снова.", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
