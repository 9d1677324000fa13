"""Arguments of ``shnor demo-data`` and ``shnor bench``; the work is in generate.py and bench.py."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from shnor.paths import find_root


def _demo_data(args: argparse.Namespace) -> int:
    from shnor_bench.generate import OutputError, Sizes, generate_project

    source = find_root(Path(args.root) if args.root else None)
    sizes = Sizes(args.schools, args.practices, args.events, args.seed)
    try:
        counts = generate_project(Path(args.out), source, sizes)
    except OutputError as error:
        print(f"Ошибка: {error}", file=sys.stderr)
        return 2
    written = ", ".join(f"{kind}: {n}" for kind, n in counts.items())
    print(f"Создан демонстрационный проект в {args.out} ({written}).", file=sys.stderr)
    return 0


def _bench(args: argparse.Namespace) -> int:
    from shnor_bench.bench import BenchOptions, run_bench

    source = find_root(Path(args.root) if args.root else None)
    sizes = [int(n) for n in args.sizes.split(",")] if args.sizes else None
    options = BenchOptions.make(
        source=source,
        work=Path(args.work),
        out=Path(args.out) if args.out else source / "docs-dev" / "benchmark",
        quick=args.quick,
        practice_sizes=sizes,
        schools=args.schools,
        events=args.events,
        browser=not args.no_browser,
        seed=args.seed,
        serve_max=args.serve_max,
    )
    return run_bench(options)


def add_commands(commands) -> None:
    demo = commands.add_parser(
        "demo-data", help="создать синтетический проект заданного размера (для проверки скорости)"
    )
    demo.add_argument("--schools", type=int, default=1000, help="число школ (по умолчанию 1000)")
    demo.add_argument("--practices", type=int, default=2000, help="число практик (по умолчанию 2000)")
    demo.add_argument("--events", type=int, default=200, help="число мероприятий (по умолчанию 200)")
    demo.add_argument("--seed", type=int, default=1, help="зерно генератора: одно зерно — одни и те же файлы")
    demo.add_argument("--out", required=True, help="папка проекта (вне practices/, data/ и docs/ репозитория)")
    demo.set_defaults(run=_demo_data)

    bench = commands.add_parser(
        "bench", help="замер скорости сборки, проверки и поиска против «голого» mkdocs-material"
    )
    bench.add_argument("--sizes", help="числа практик через запятую (по умолчанию 500,2000,5000)")
    bench.add_argument("--schools", type=int, help="число школ (по умолчанию 1000)")
    bench.add_argument("--events", type=int, help="число мероприятий (по умолчанию 10 %% от числа практик)")
    bench.add_argument("--quick", action="store_true", help="малые размеры: проверка, что замер работает")
    bench.add_argument("--no-browser", action="store_true", help="без замеров в Chromium")
    bench.add_argument("--seed", type=int, default=1)
    bench.add_argument(
        "--serve-max", type=int, default=100_000, help="не замерять mkdocs serve при большем числе практик"
    )
    bench.add_argument("--work", default="/tmp/shnor-bench", help="рабочая папка для проектов и сайтов")
    bench.add_argument("--out", help="куда записать results.md и results.json (по умолчанию docs-dev/benchmark/)")
    bench.set_defaults(run=_bench)
