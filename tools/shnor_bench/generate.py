"""``shnor demo-data``: a complete synthetic project of any size, deterministic for a seed.

The project gets the source project's taxonomies, site configuration and docs/, a generated school registry and
practices with their materials, and the other record kinds the source project registers (see ``extra_kinds``).
Every random choice comes from one ``random.Random(seed)``, drawn in a fixed order, so a seed gives the same bytes.
"""

from __future__ import annotations

import random
import shutil
from dataclasses import dataclass
from pathlib import Path

from shnor.records.removed_practices import FILE as REMOVED_FILE
from shnor.taxonomy import taxonomies_at
from shnor_bench.practices import Vocab, make_practice
from shnor_bench.schools import SyntheticSchool, make_schools, schools_csv

MARKER = ".shnor-demo-data"  # a folder holding it was made by this command and may be regenerated in place
# The site and the vocabularies, never records: records of the source project name schools that the synthetic
# registry does not have. data/*.yml are configuration (taxonomies, the indicator catalogue), but for the record of
# removed practices, which names the source project's practices.
COPIED = ("mkdocs.yml", "docs", "overrides")
NOT_COPIED = (REMOVED_FILE,)


@dataclass(frozen=True)
class Sizes:
    schools: int = 1000
    practices: int = 2000
    events: int = 200
    seed: int = 1


class OutputError(Exception):
    pass


def _prepare(out: Path, source: Path) -> None:
    out = out.resolve()
    source = source.resolve()
    if out == source or any(out.is_relative_to(source / part) for part in ("practices", "data", "docs")):
        raise OutputError(f"{out}: папка внутри содержимого проекта; укажите папку вне practices/, data/ и docs/")
    if out.exists() and any(out.iterdir()):
        if not (out / MARKER).exists():
            raise OutputError(f"{out}: папка не пуста и создана не командой demo-data; укажите пустую папку")
        shutil.rmtree(out)
    out.mkdir(parents=True, exist_ok=True)
    (out / MARKER).write_text("synthetic project made by `shnor demo-data`\n", encoding="utf-8")


def _copy_site(out: Path, source: Path) -> None:
    data_files = (p.relative_to(source).as_posix() for p in sorted((source / "data").glob("*.yml")))
    for name in (*COPIED, *(name for name in data_files if name not in NOT_COPIED)):
        origin = source / name
        if origin.is_dir():
            shutil.copytree(origin, out / name, dirs_exist_ok=True)
        elif origin.is_file():
            (out / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(origin, out / name)


def _write(path: Path, content: str | bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="\n")


def write_practices(out: Path, count: int, rng: random.Random, vocab: Vocab, schools: list[SyntheticSchool]) -> int:
    by_level: dict[str, list[SyntheticSchool]] = {}
    for school in schools:
        for level in school.levels:
            by_level.setdefault(level, []).append(school)
    written = 0
    for index in range(count):
        practice = make_practice(index, rng, vocab, by_level, schools)
        _write(out / "practices" / f"{practice.id}.md", practice.markdown)
        for rel, content in practice.materials.items():
            _write(out / "practices" / rel, content)
        written += 1 + len(practice.materials)
    return written


def generate_project(out: Path, source: Path, sizes: Sizes) -> dict[str, int]:
    """Write the project into ``out``; returns how many files of each kind were written."""
    if sizes.schools < 4 or sizes.practices < 1:
        raise OutputError("нужно не меньше 4 школ и 1 практики")
    _prepare(out, source)
    _copy_site(out, source)
    taxonomies = taxonomies_at(out)
    rng = random.Random(sizes.seed)
    vocab = Vocab(
        subjects=taxonomies["subjects"].ids,
        risk_factors=taxonomies["risk_factors"].ids,
        statuses=taxonomies["review_statuses"].ids,
        published=frozenset(t.id for t in taxonomies["review_statuses"].terms if t.extra.get("published")),
        licenses=taxonomies["licenses"].ids,
        units=taxonomies["evidence_units"].ids,
    )
    schools = make_schools(sizes.schools, rng, vocab.risk_factors)
    _write(out / "data" / "schools.csv", schools_csv(schools))
    counts = {"schools": len(schools), "practice_files": write_practices(out, sizes.practices, rng, vocab, schools)}
    from shnor_bench.extra_kinds import write_extra_kinds

    counts |= write_extra_kinds(out, source, sizes, rng, schools, taxonomies)
    return counts
