"""``shnor export <kind>``: arguments only; the work is in the export modules."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from shnor import clock
from shnor.paths import find_root
from shnor.problems import RecordError


def _regional_bank(args: argparse.Namespace) -> int:
    from shnor.export.regional_bank import export_regional_bank

    root = find_root(Path(args.root) if args.root else None)
    out = Path(args.out) if args.out else root / "export"
    try:
        result = export_regional_bank(root, args.today or clock.today(), out)
    except RecordError as error:
        print(error, file=sys.stderr)
        print(f"Записи с ошибками ({len(error.problems)}): выгрузка не создана. Исправьте их (shnor validate).",
              file=sys.stderr)  # fmt: skip
        return 1
    print(f"Реестр: {result.register}")
    print(f"Архив: {result.archive}")
    print(f"Практик в выгрузке: {len(result.practices)} (статус «одобрена» или «рекомендована»).", file=sys.stderr)
    return 0


def add_commands(commands: argparse._SubParsersAction) -> None:
    export = commands.add_parser("export", help="выгрузки для передачи за пределы сайта")
    kinds = export.add_subparsers(dest="kind", required=True)
    bank = kinds.add_parser(
        "regional-bank",
        help="практики со статусом «одобрена» и «рекомендована» для регионального банка: XLSX и ZIP",
        description="Пишет реестр regional-bank-<дата>.xlsx (строка на практику) и архив regional-bank-<дата>.zip: "
        "в нём реестр и папка на каждую практику — документ Word для печати и материалы.",
    )
    bank.add_argument("--out", help="папка для файлов (по умолчанию export/ в корне проекта)")
    bank.add_argument("--today", type=date.fromisoformat, help="дата выгрузки (ГГГГ-ММ-ДД), по умолчанию сегодня")
    bank.set_defaults(run=_regional_bank)
