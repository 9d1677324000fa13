"""What the site's «Предложить практику» form needs, computed at build time from the same sources as the
validator: the vocabularies, the body sections and the JSON Schema (for lengths, patterns and list sizes), and the
school registry as a file of its own. The form's script reads these; it holds no list of its own."""

from __future__ import annotations

from typing import Any

from shnor.contrib.json_schema import practice_schema
from shnor.contrib.scaffold import SUBMITTED_STATUS
from shnor.records.repository import Repository

BRANCH = "main"  # the branch pull requests go to


def _terms(repo: Repository, key: str) -> list[dict[str, Any]]:
    return [{"id": t.id, "name": t.name, "label": t.label, **t.extra} for t in repo.taxonomies[key]]


def form_data(repo: Repository, repo_url: str) -> dict[str, Any]:
    statuses = repo.taxonomies["review_statuses"]
    return {
        "repoUrl": repo_url,
        "branch": BRANCH,
        "status": statuses.by_id(SUBMITTED_STATUS).name,
        "bodySections": list(repo.taxonomies.body_sections),
        "units": _terms(repo, "evidence_units"),
        "levels": _terms(repo, "levels"),
        "schema": practice_schema(repo.taxonomies),
    }


def school_choices(repo: Repository) -> list[dict[str, str]]:
    """The form's schools, by municipality and name. A file of its own, fetched by the form: inline, a region's
    1,000 schools made the page 350 KB."""
    schools = sorted(repo.schools.values(), key=lambda s: (s.municipality, s.short_name, s.id))
    return [{"id": s.id, "name": s.short_name, "municipality": s.municipality} for s in schools]
