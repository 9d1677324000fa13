"""Where the repository's parts live. Everything is found from the project root, never from the working directory."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ProjectPaths:
    root: Path

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def practices(self) -> Path:
        return self.root / "practices"

    @property
    def taxonomies(self) -> Path:
        return self.data / "taxonomies.yml"

    @property
    def schools(self) -> Path:
        return self.data / "schools.csv"

    def rel(self, path: Path) -> str:
        try:
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return path.as_posix()


def find_root(start: Path | None = None) -> Path:
    """The nearest folder upwards that holds data/taxonomies.yml."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "data" / "taxonomies.yml").is_file():
            return folder
    raise FileNotFoundError(f"не найден корень проекта (папка с data/taxonomies.yml) над {here}")
