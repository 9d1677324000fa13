"""The practices a pull request adds, changes, renames or deletes, with what a teacher recognises them by: title,
school, status, the computed evidence level and the pages the site will have. A record with errors is read
leniently (its title and school are still shown); a deleted one is read as the merge base has it."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import PurePosixPath

from shnor.contrib.git_changes import FileChange, blob_at
from shnor.records.repository import PracticeRecord, Repository
from shnor.records.source import SourceError, read_source
from shnor.taxonomy import normalise
from shnor.views.practice import PracticeView
from shnor.views.urls import page_url, practice_page, school_page

# The order practices are listed in: new ones first, deletions last.
CHANGE_ORDER = ("added", "renamed", "modified", "materials", "deleted")


@dataclass(frozen=True)
class PracticeFacts:
    """What one version of a practice file says; empty strings where it says nothing readable."""

    id: str  # the file name without .md: the page's address (SH101 keeps the id equal to it)
    title: str
    school_id: str  # as written
    school: str  # the registry's short name; "" when the school is not in the registry
    status: str  # the Russian name of the review status, or the text as written when it is no status
    published: bool  # the status is one the site publishes (not «черновик»)


@dataclass(frozen=True)
class PracticeEntry:
    change: str  # one of CHANGE_ORDER; "materials": only files in the practice's folder changed
    rel: str  # practices/<id>.md in the pull request; a deleted practice's name at the merge base
    old_rel: str | None  # the file at the merge base (a renamed practice's old name); None when added
    before: PracticeFacts | None  # at the merge base; None when added
    after: PracticeFacts | None  # in the pull request; None when deleted
    evidence: str  # the computed evidence level's name; "" when the record does not pass the schema
    evidence_step: int  # 1-based step of ``evidence``; 0 when not computed
    materials: tuple[str, ...]  # changed files in practices/<id>/
    has_errors: bool = False  # validation found errors in the file
    # data/removed-practices.yml has an entry for the old id of this deleted or renamed practice; ``replaced_by``:
    # the id its page at the old address links to ("" when the entry gives only a reason)
    recorded: bool = False
    replaced_by: str = ""

    @property
    def old_id(self) -> str:
        """The id the practice had at the merge base; "" when added."""
        return self.before.id if self.before else ""

    @property
    def facts(self) -> PracticeFacts:
        return self.after or self.before  # type: ignore[return-value]

    @property
    def pages(self) -> tuple[str, ...]:
        """The site's pages of the practice once merged: its page and its school's; none for a draft."""
        facts = self.after
        if facts is None or not facts.published:
            return ()
        pages = [page_url(practice_page(facts.id))]
        if facts.school:
            pages.append(page_url(school_page(facts.school_id)))
        return tuple(pages)


def practice_file_id(rel: str) -> str | None:
    """``practices/<id>.md`` -> ``<id>``; None for any other file (the folder's README.md and ``_`` files are not
    practices, as shnor.records.practices.practice_files reads them)."""
    path = PurePosixPath(rel)
    if len(path.parts) != 2 or path.parts[0] != "practices" or path.suffix != ".md":
        return None
    if path.name == "README.md" or path.name.startswith("_"):
        return None
    return path.stem


def material_owner(rel: str) -> str | None:
    """``practices/<id>/…`` -> ``<id>``: a material of that practice."""
    parts = PurePosixPath(rel).parts
    return parts[1] if len(parts) > 2 and parts[0] == "practices" else None


def _facts(raw: bytes | None, rel: str, repo: Repository) -> PracticeFacts:
    practice_id = PurePosixPath(rel).stem
    meta: dict = {}
    if raw is not None:
        try:
            data = read_source(repo.paths.root / rel, rel, raw).meta.data
            meta = data if isinstance(data, dict) else {}
        except SourceError:
            pass
    title = meta.get("title") if isinstance(meta.get("title"), str) else ""
    school_id = meta.get("school") if isinstance(meta.get("school"), str) else ""
    school = repo.schools.get(school_id)
    review = meta.get("review") if isinstance(meta.get("review"), dict) else {}
    written = review.get("status")
    term = repo.taxonomies["review_statuses"].find(written) if isinstance(written, str) else None
    status = term.name if term else (written if isinstance(written, str) else "")
    published = bool(term and term.extra.get("published"))
    return PracticeFacts(practice_id, " ".join(title.split()), school_id, school.short_name if school else "",
                         status, published)


def _entry(change: FileChange, repo: Repository, base_commit: str, records: dict[str, PracticeRecord]
           ) -> PracticeEntry:
    root = repo.paths.root
    kind = {"A": "added", "R": "renamed", "D": "deleted"}.get(change.status, "modified")
    before = _facts(blob_at(root, base_commit, change.old), change.old, repo) if change.old else None
    after = None
    if kind != "deleted":
        path = root / change.rel
        after = _facts(path.read_bytes() if path.is_file() else None, change.rel, repo)
    evidence, step = "", 0
    record = records.get(change.rel)
    if record is not None and kind != "deleted":
        view = PracticeView(record, repo)
        evidence, step = view.evidence_term.name, view.evidence_level
    return PracticeEntry(kind, change.rel, change.old, before, after, evidence, step, ())


def _paired_renames(entries: list[PracticeEntry]) -> list[PracticeEntry]:
    """A practice deleted and another added with the same title: one practice under a new name."""
    added = {normalise(e.after.title): e for e in entries if e.change == "added" and e.after and e.after.title}
    kept, paired = [], set()
    for entry in entries:
        twin = added.get(normalise(entry.before.title)) if entry.change == "deleted" and entry.before else None
        if twin is None or twin.rel in paired:
            kept.append(entry)
            continue
        paired.add(twin.rel)
        kept.append(replace(twin, change="renamed", old_rel=entry.rel, before=entry.before,
                            materials=tuple(sorted({*twin.materials, *entry.materials}))))
    return [e for e in kept if not (e.change == "added" and e.rel in paired)]


def practice_entries(repo: Repository, changes: list[FileChange], base_commit: str) -> list[PracticeEntry]:
    """One entry per practice the changes touch: its file, or only files in its materials folder. A material
    whose practice file is neither changed nor present is left to the caller."""
    records = {record.rel: record for record in repo.practices}
    by_id: dict[str, PracticeEntry] = {}
    renamed_from: dict[str, str] = {}  # an old id -> the id it was renamed to
    materials: dict[str, set[str]] = {}
    for change in changes:
        if practice_file_id(change.rel) is None and change.old and practice_file_id(change.old) is not None:
            change = FileChange("D", change.old, change.old)  # moved out of practices/: gone from the bank
        if (practice_id := practice_file_id(change.rel)) is not None:
            by_id[practice_id] = _entry(change, repo, base_commit, records)
            if change.old and change.old != change.rel and (old_id := practice_file_id(change.old)):
                renamed_from[old_id] = practice_id
        for rel in {change.rel, change.old} - {None}:
            if owner := material_owner(rel):
                materials.setdefault(renamed_from.get(owner, owner), set()).add(rel)
    for practice_id, files in materials.items():
        practice_id = renamed_from.get(practice_id, practice_id)  # a material listed before its practice's rename
        entry = by_id.get(practice_id)
        if entry is None:  # the practice file itself did not change
            rel = f"practices/{practice_id}.md"
            if not (repo.paths.root / rel).is_file():
                continue
            entry = replace(_entry(FileChange("M", rel, rel), repo, base_commit, records), change="materials")
        by_id[practice_id] = replace(entry, materials=tuple(sorted({*entry.materials, *files})))
    entries = _paired_renames(list(by_id.values()))
    return sorted(entries, key=lambda e: (CHANGE_ORDER.index(e.change), e.rel))


def attributed_files(entries: list[PracticeEntry]) -> set[str]:
    """The files the entries describe: practice files under both names and their materials."""
    return {rel for e in entries for rel in (e.rel, e.old_rel, *e.materials) if rel}


def with_errors(entries: list[PracticeEntry], files_with_errors: set[str]) -> list[PracticeEntry]:
    return [replace(e, has_errors=e.change != "deleted" and e.rel in files_with_errors) for e in entries]


def with_removals(entries: list[PracticeEntry], removals: dict[str, str | None]) -> list[PracticeEntry]:
    """``removals``: the entries of data/removed-practices.yml in the pull request, old id -> ``replaced_by``."""
    return [replace(e, recorded=True, replaced_by=removals[e.old_id] or "")
            if e.change in ("deleted", "renamed") and e.old_id in removals else e for e in entries]
