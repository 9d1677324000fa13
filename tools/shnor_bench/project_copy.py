"""A working copy of the repository's project (its demo records, configuration and code) without its history,
environment and outputs: the benchmark's records check and the tests under `mkdocs serve` edit such copies."""

from __future__ import annotations

import shutil
from pathlib import Path

NOT_COPIED = (".git", ".venv", "site", ".cache", "test-artifacts", "node_modules", "*.egg-info", "__pycache__")


def copy_project(source: Path, dest: Path) -> Path:
    shutil.copytree(source, dest, ignore=shutil.ignore_patterns(*NOT_COPIED))
    return dest
