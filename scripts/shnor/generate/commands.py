"""``shnor generate``: arguments only; the work is in shnor.generate.project."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

from shnor.paths import find_root
from shnor.problems import RecordError


def _generate(args: argparse.Namespace) -> int:
    from mkdocs.exceptions import MkDocsException

    from shnor.generate.project import GenerateError, generate_project

    root = find_root(Path(args.root) if args.root else None)
    if args.today:
        os.environ["SHNOR_TODAY"] = args.today.isoformat()  # shnor.clock: the plugin's build date
    try:
        written = generate_project(root, Path(args.out))
    except (GenerateError, MkDocsException) as error:
        print(f"Ошибка: {error}", file=sys.stderr)
        return 1
    except RecordError as error:
        print(error, file=sys.stderr)
        return 1
    print(f"Проект записан в {args.out}: страниц {written.pages}, файлов {written.files} (созданных из записей). "
          f"Сборка: mkdocs build -f {Path(args.out) / 'mkdocs.yml'}", file=sys.stderr)
    return 0


def add_commands(commands: argparse._SubParsersAction) -> None:
    generate = commands.add_parser(
        "generate",
        help="записать сайт как обычный проект MkDocs (без плагина shnor и макросов)",
        description="Пишет в папку --out страницы (docs/), оформление (overrides/), hooks/ и mkdocs.yml: "
        "mkdocs build или properdocs build собирает из них те же страницы, что и сборка проекта.",
    )
    generate.add_argument("--out", required=True, help="папка проекта (новая, пустая или прежний результат)")
    generate.add_argument("--today", type=date.fromisoformat, help="дата сборки (ГГГГ-ММ-ДД), по умолчанию сегодня")
    generate.set_defaults(run=_generate)
