"""The baseline: bare mkdocs-material with a minimal navigation, building the same Markdown pages as the project.

The pages are the project's own docs/ plus every page the shnor plugin generates, written out as files (probe
``materialise``); the configuration keeps the project's Markdown extensions (same HTML) and Russian search, and
drops everything else: no shnor plugin, no macros, blog or RSS, no theme features, extra CSS or JavaScript.
"""

from __future__ import annotations

import re
from pathlib import Path

_TEMPLATE = """\
site_name: Baseline
site_url: http://127.0.0.1:8000/
theme:
  name: material
  language: ru
  font: false
plugins:
  - search:
      lang: ru
nav:
  - index.md
{extensions}
"""


def markdown_extensions(config_text: str) -> str:
    """The project's ``markdown_extensions:`` block, verbatim (it may hold a python tag for the slugify function)."""
    match = re.search(r"^markdown_extensions:\n(?:(?:[ \t].*)?\n)+", config_text, flags=re.MULTILINE)
    return match.group(0).rstrip() + "\n" if match else ""


def write_baseline_config(project: Path, baseline: Path) -> Path:
    text = (project / "mkdocs.yml").read_text(encoding="utf-8")
    path = baseline / "mkdocs.yml"
    path.write_text(_TEMPLATE.format(extensions=markdown_extensions(text)), encoding="utf-8")
    return path
