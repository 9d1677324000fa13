"""The one way the data files are read: ``data/taxonomies.yml``, ``data/indicators.yml``, ``docs/blog/.authors.yml``,
``data/schools.csv`` and the tables under ``data/monitoring/``.

They come by pull request like the records, so they get the records' guards: a size limit per kind of file, checked
before the file is read (a huge or sparse file is refused, not loaded into memory), and YAML through the front-matter
loader (``shnor.records.yaml_lines``), which refuses anchors and aliases (the «billion laughs» bomb), tags, repeated
keys and nesting deeper than ``MAX_DEPTH``. A refusal is a ``DataFileError`` carrying the Problem at its line.

The limits are generous for a region (1,000 schools, 5,000 practices: the generated region of ``shnor demo-data``
has a 0.4 MB registry, an 8.6 MB values.csv and a 40 KB indicator catalogue) and finite.
"""

from __future__ import annotations

from pathlib import Path

from shnor.problems import Problem
from shnor.records.source import SourceError, decode
from shnor.records.yaml_lines import MAX_DEPTH, LinedYaml, YamlError, load_yaml

MB = 1_000_000
YAML_LIMIT = 2 * MB  # taxonomies.yml, indicators.yml, .authors.yml: tens of KB in a region
SCHOOLS_LIMIT = 20 * MB  # data/schools.csv: about 0.4 KB a school, 0.4 MB for 1,000 schools
MONITORING_LIMIT = 50 * MB  # each CSV under data/monitoring/: values.csv is 8.6 MB for 1,000 schools
LARGEST_LIMIT = max(YAML_LIMIT, SCHOOLS_LIMIT, MONITORING_LIMIT)

__all__ = ["MAX_DEPTH", "DataFileError", "load_data_yaml", "read_data_file"]


class DataFileError(Exception):
    def __init__(self, problem: Problem):
        self.problem = problem
        super().__init__(problem.format())


def _megabytes(size: int) -> str:
    tenths = -(-size // (MB // 10))  # rounded up: a file just over the limit does not read as equal to it
    return f"{tenths // 10},{tenths % 10} МБ"


def read_data_file(path: Path, rel: str, limit: int) -> bytes:
    """The bytes of a data file of at most ``limit`` bytes; ``rel`` names it in the problem. A missing file raises
    FileNotFoundError (each caller words what its absence means)."""
    size = path.stat().st_size
    if size <= limit:
        with path.open("rb") as handle:
            raw = handle.read(limit + 1)  # a file growing meanwhile is still read no further than the limit
        if len(raw) <= limit:
            return raw
        size = len(raw)
    raise DataFileError(Problem(rel, 1, "", f"файл слишком большой ({_megabytes(size)}, допустимо до "
                                            f"{_megabytes(limit)}): проверьте, что в нём только нужные данные"))


def load_data_yaml(path: Path, rel: str, limit: int = YAML_LIMIT) -> LinedYaml:
    """A YAML data file, parsed as front matter is (no anchors, aliases, tags, repeated keys, nesting deeper than
    ``MAX_DEPTH``), its lines worked out when a problem asks for one."""
    raw = read_data_file(path, rel, limit)
    try:
        text = decode(raw, rel)
    except SourceError as error:
        raise DataFileError(error.problem) from None
    try:
        return load_yaml(text)
    except YamlError as error:
        raise DataFileError(Problem(rel, error.line, "", error.message)) from None
