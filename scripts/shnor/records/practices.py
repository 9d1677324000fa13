"""Practices, ``practices/<id>.md`` with their materials in ``practices/<id>/``: loaded into ``repo.practices``
(every record that passed the schema) and ``repo.sources`` (every file whose front matter could be read: the text
rules check those too). Declared in ``shnor.kinds``, after the school registry the practices name."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from shnor.paths import ProjectPaths
from shnor.problems import Problem
from shnor.records.attached_files import linked_record
from shnor.records.file_cache import MISS
from shnor.records.messages import problems_from_validation
from shnor.records.practice import Practice
from shnor.records.record import Record
from shnor.records.repository import PracticeRecord, Repository
from shnor.records.source import SourceError, SourceFile, read_source, restored_source, source_state


def load(repo: Repository) -> list[Problem]:
    problems: list[Problem] = []
    root = repo.paths.root
    context = {"taxonomies": repo.taxonomies, "school_ids": set(repo.schools)}
    for path in practice_files(repo.paths):
        if linked := linked_record(path, root):
            problems.append(linked)
            continue
        rel = repo.paths.rel(path)
        raw = path.read_bytes()
        entry, kept = repo.cache.lookup("practices", rel, raw, repo.cache_context)
        if kept is MISS:
            source, record, own = _read_practice(path, rel, raw, context)
            state = source_state(source) if source else None
            repo.cache.store("practices", entry, (state, record.data if record else None, own))
        else:
            state, practice, own = kept
            source = restored_source(path, rel, state) if state else None
            record = Record(source, practice) if source and practice is not None else None
        if source is not None:
            repo.sources.append(source)
        problems.extend(own)
        if record:
            repo.practices.append(record)
    return problems


def practice_files(paths: ProjectPaths) -> list[Path]:
    # One folder: by name is the order of the paths, without comparing thousands of Path objects part by part.
    found = (p for p in paths.practices.glob("*.md") if p.name != "README.md" and not p.name.startswith("_"))
    return sorted(found, key=lambda p: p.name)


def load_practice(source: SourceFile, context: dict) -> tuple[PracticeRecord | None, list[Problem]]:
    try:
        practice = Practice.model_validate(source.meta.data, context=context)
    except ValidationError as error:
        return None, problems_from_validation(error, source.rel, source.meta, Practice)
    return Record(source, practice), []


def _read_practice(path: Path, rel: str, raw: bytes, context: dict
                   ) -> tuple[SourceFile | None, PracticeRecord | None, list[Problem]]:
    """Everything one practice file gives on its own: its source, its record if valid, its problems."""
    try:
        source = read_source(path, rel, raw)
    except SourceError as error:
        return None, None, [error.problem]
    record, problems = load_practice(source, context)
    return source, record, problems
