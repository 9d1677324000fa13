"""Files of the repository generated from data/taxonomies.yml and the schema model: the marked block of
CONTRIBUTING.md, schema/practice.schema.json and the issue form of «Хочу внедрить». ``shnor docs`` rewrites them;
``--check`` and a test make sure the committed copies are current."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from shnor.contrib import adoption_request
from shnor.contrib.json_schema import SCHEMA_PATH, schema_text
from shnor.contrib.taxonomy_tables import taxonomy_section
from shnor.taxonomy import Taxonomies, taxonomies_at

CONTRIBUTING = "CONTRIBUTING.md"
ADOPTION_FORM = ".github/ISSUE_TEMPLATE/" + adoption_request.FORM
BEGIN = "<!-- shnor docs: начало — этот блок создаётся командой «shnor docs» из data/taxonomies.yml, не правьте его -->"
END = "<!-- shnor docs: конец -->"


class MissingMarkers(ValueError):
    pass


def with_block(text: str, block: str) -> str:
    """``text`` with everything between the markers replaced by ``block``."""
    start, end = text.find(BEGIN), text.find(END)
    if start < 0 or end < start:
        raise MissingMarkers(f"в {CONTRIBUTING} нет пары строк-меток:\n{BEGIN}\n{END}")
    return f"{text[: start + len(BEGIN)]}\n\n{block}\n\n{text[end:]}"


@dataclass(frozen=True)
class DocFile:
    path: str  # relative to the repository root
    expected: str


def expected_files(root: Path, taxonomies: Taxonomies | None = None) -> list[DocFile]:
    taxonomies = taxonomies or taxonomies_at(root)
    files = [DocFile(SCHEMA_PATH, schema_text(taxonomies)), DocFile(ADOPTION_FORM, adoption_request.form_yaml())]
    contributing = root / CONTRIBUTING
    if contributing.is_file():
        current = contributing.read_text(encoding="utf-8")
        files.append(DocFile(CONTRIBUTING, with_block(current, taxonomy_section(taxonomies))))
    return files


def outdated(root: Path) -> list[str]:
    """Paths whose committed content differs from what ``shnor docs`` would write."""
    stale = []
    for doc in expected_files(root):
        path = root / doc.path
        if not path.is_file() or path.read_text(encoding="utf-8") != doc.expected:
            stale.append(doc.path)
    return stale


def write(root: Path) -> list[str]:
    """Write every generated file; return those that changed."""
    changed = []
    for doc in expected_files(root):
        path = root / doc.path
        if not path.is_file() or path.read_text(encoding="utf-8") != doc.expected:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(doc.expected, encoding="utf-8")
            changed.append(doc.path)
    return changed
