"""Reading one folder of Markdown records (partnerships, announcements) the way practices are read: decoded,
front matter with line numbers, one pydantic model, every problem collected. The text checks that guard practice
bodies (unsafe markup, pupils' personal data) guard these bodies too."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ValidationError

from shnor.problems import Problem
from shnor.records.attached_files import linked_record
from shnor.records.file_cache import MISS
from shnor.records.messages import problems_from_validation
from shnor.records.record import Record
from shnor.records.source import SourceError, SourceFile, read_source, restored_source, source_state

if TYPE_CHECKING:
    from shnor.records.repository import Repository

M = TypeVar("M", bound=BaseModel)


def record_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    found = (p for p in folder.glob("*.md") if p.name != "README.md" and not p.name.startswith("_"))
    return sorted(found, key=lambda p: p.name)  # one folder: the order of the paths


def _text_checks() -> list[tuple[str, Callable[[SourceFile, Repository], Iterable[Problem]]]]:
    from shnor.validation.rules.practices import personal_data, unsafe_markup

    return [(unsafe_markup.RULE.code, unsafe_markup.check), (personal_data.RULE.code, personal_data.check)]


def load_folder(
    repo: Repository, folder: Path, model: type[M], context: dict, kind: str
) -> tuple[list[Record[M]], list[Problem]]:
    """Every file of ``folder`` read against ``model``; ``kind`` names the record in messages («партнёрство»)."""
    records: list[Record[M]] = []
    problems: list[Problem] = []
    pack = folder.name  # one cache pack per record folder
    # The taxonomies and the registry are in repo.cache_context; the kind's own context (blog authors) is added.
    extra = {k: sorted(v) if isinstance(v, set | frozenset) else v for k, v in context.items()
             if k not in ("taxonomies", "school_ids")}
    cache_context = repo.cache_context + f"{model.__module__}.{model.__qualname__} {extra!r}".encode()
    for path in record_files(folder):
        if linked := linked_record(path, repo.paths.root):
            problems.append(linked)
            continue
        rel = repo.paths.rel(path)
        raw = path.read_bytes()
        entry, kept = repo.cache.lookup(pack, rel, raw, cache_context)
        if kept is MISS:
            record, own = _read_record(repo, path, rel, raw, model, context)
            state = source_state(record.source) if record else None
            repo.cache.store(pack, entry, (state, record.data if record else None, own))
        else:
            state, data, own = kept
            record = Record(restored_source(path, rel, state), data) if state else None
        problems.extend(own)
        if record is not None:
            records.append(record)
    problems.extend(_id_problems(records, kind))
    return records, problems


def _read_record(
    repo: Repository, path: Path, rel: str, raw: bytes, model: type[M], context: dict
) -> tuple[Record[M] | None, list[Problem]]:
    """Everything one record file gives on its own: the record if it is valid, and the file's own problems."""
    try:
        source = read_source(path, rel, raw)
    except SourceError as error:
        return None, [error.problem]
    problems: list[Problem] = []
    for code, check in _text_checks():
        problems.extend(_coded(p, code) for p in check(source, repo))
    try:
        data = model.model_validate(source.meta.data, context=context)
    except ValidationError as error:
        problems.extend(problems_from_validation(error, rel, source.meta, model))
        return None, problems
    return Record(source, data), problems


def load_section(
    repo: Repository,
    folder: str,
    model: type[M],
    kind: str,
    order: Callable[[Record[M]], Any],
    reverse: bool = False,
    **context: Any,
) -> tuple[list[Record[M]], list[Problem]]:
    """The records of ``<root>/<folder>/`` in ``order``, and their own problems; the kind stores them in its field
    of the repository; its rules run once every kind is loaded (``shnor.validation.checks``)."""
    context = {"taxonomies": repo.taxonomies, "school_ids": set(repo.schools), **context}
    records, problems = load_folder(repo, repo.paths.root / folder, model, context, kind)
    return sorted(records, key=order, reverse=reverse), problems


def _id_problems(records: list[Record], kind: str) -> Iterable[Problem]:
    """The id is the file name: links and calendar UIDs stay stable, and two records cannot share one."""
    for record in records:
        stem = record.source.path.stem
        if record.data.id != stem:
            yield record.problem(
                "id", f"id записи ({kind}) «{record.data.id}» должен совпадать с именем файла «{stem}.md»"
            )


def _coded(problem: Problem, code: str) -> Problem:
    if problem.rule:
        return problem
    return Problem(problem.path, problem.line, problem.field, problem.message, problem.severity, code)
