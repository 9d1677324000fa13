"""Arguments of ``shnor check-links`` and ``shnor screenshots``: the pages of a pull request in the built site
(the list ``shnor pr-summary --pages-file`` writes); the work is in link_check and screenshots."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from shnor.paths import find_root
from shnor.problem_output import CODE_QUALITY_HELP, report

PAGES_HELP = "файл со страницами pull request (его пишет shnor pr-summary --pages-file)"


def _check_links(args: argparse.Namespace) -> int:
    from shnor.contrib.changed_pages import read_pages
    from shnor.contrib.link_check import check_pages

    root = Path(args.root) if args.root else find_root(None)  # only to read the records' lines
    pages = read_pages(Path(args.pages))
    problems = check_pages(root, Path(args.site), pages, external=args.external)
    report(problems, args.format, args.code_quality)
    errors = sum(p.severity == "error" for p in problems)
    if errors:
        print(f"Битых ссылок: {errors}. Исправьте их в записях и соберите сайт снова.", file=sys.stderr)
        return 1
    print(f"Проверено страниц: {len(pages)}. Битых ссылок нет.", file=sys.stderr)
    return 0


def _screenshots(args: argparse.Namespace) -> int:
    from shnor.contrib.changed_pages import read_pages
    from shnor.contrib.screenshots import ScreenshotError, take

    try:
        written = take(Path(args.site), read_pages(Path(args.pages)), Path(args.out))
    except ScreenshotError as error:
        print(f"Ошибка: {error}", file=sys.stderr)
        return 1
    for path in written:
        print(path)
    print(f"Снимков страниц: {len(written)}.", file=sys.stderr)
    return 0


def add_commands(commands: argparse._SubParsersAction) -> None:
    links = commands.add_parser(
        "check-links",
        help="проверить ссылки на страницах, которые pull request добавляет или меняет, в собранном сайте",
        description="Каждая ссылка и картинка в тексте страницы должна вести на страницу или файл сайта, якорь — на "
        "место на странице. Код 1 — есть битые ссылки; о недоступных внешних адресах (--external) только "
        "предупреждает.",
    )
    links.add_argument("--pages", required=True, help=PAGES_HELP)
    links.add_argument("--site", default="site", help="папка собранного сайта (по умолчанию site)")
    links.add_argument("--external", action="store_true", help="проверить и ссылки на другие сайты (нужна сеть)")
    links.add_argument("--format", choices=("terminal", "github"), default="terminal")
    links.add_argument("--code-quality", metavar="FILE", help=CODE_QUALITY_HELP)
    links.set_defaults(run=_check_links)

    shots = commands.add_parser(
        "screenshots",
        help="снимки страниц pull request в Chromium (компьютер и телефон), для рецензента",
    )
    shots.add_argument("--pages", required=True, help=PAGES_HELP)
    shots.add_argument("--site", default="site", help="папка собранного сайта (по умолчанию site)")
    shots.add_argument("--out", default="screenshots", help="куда сохранить PNG (по умолчанию screenshots)")
    shots.set_defaults(run=_screenshots)
