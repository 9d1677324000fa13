"""Where the repository's parts live. Everything is found from the project root, never from the working directory."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cached_property
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

    @cached_property
    def _resolved_root(self) -> Path:
        return self.root.resolve()  # once: every record file asks for its relative path

    @cached_property
    def _folder_rels(self) -> dict[Path, str | None]:
        return {}

    def _folder_rel(self, folder: Path) -> str | None:
        """``folder``'s resolved path relative to the root ("" for the root itself, None outside it), worked out
        once per folder: a region has thousands of records in a few folders."""
        rels = self._folder_rels
        if folder not in rels:
            try:
                rel = folder.resolve().relative_to(self._resolved_root).as_posix()
                rels[folder] = "" if rel == "." else rel
            except ValueError:
                rels[folder] = None
        return rels[folder]

    def rel(self, path: Path) -> str:
        name = path.name
        # A file in a folder under the root that is not a link itself: its folder's path and its name.
        if name not in ("", ".", "..") and not os.path.islink(path):
            folder = self._folder_rel(path.parent)
            if folder is not None:
                return f"{folder}/{name}" if folder else name
        try:
            return path.resolve().relative_to(self._resolved_root).as_posix()
        except ValueError:
            return path.as_posix()


def find_root(start: Path | None = None) -> Path:
    """The nearest folder upwards that holds data/taxonomies.yml."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "data" / "taxonomies.yml").is_file():
            return folder
    raise FileNotFoundError(f"не найден корень проекта (папка с data/taxonomies.yml) над {here}")
