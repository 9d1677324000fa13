"""What the site's «Предложить практику» form needs, computed at build time from the same sources as the
validator: the vocabularies, the body sections and the JSON Schema (for lengths, patterns and list sizes), and the
school registry as a file of its own. The form's script reads these; it holds no list of its own."""

from __future__ import annotations

from typing import Any

from shnor.contrib.hosts import Hosting
from shnor.contrib.json_schema import practice_schema
from shnor.contrib.scaffold import SUBMITTED_STATUS
from shnor.records.repository import Repository

FOLDER = "practices"  # where a contributed practice file goes


def _terms(repo: Repository, key: str) -> list[dict[str, Any]]:
    return [{"id": t.id, "name": t.name, "label": t.label, **t.extra} for t in repo.taxonomies[key]]


def host_data(hosting: Hosting) -> dict[str, Any]:
    """The links the form's script fills in: a new-file template with ``{name}`` and ``{content}`` (``None`` where
    the host cannot prefill one: then the file is downloaded and uploaded on ``upload``), built by
    shnor.contrib.hosts, so the script spells no host's address."""
    host = hosting.host
    return {
        "kind": host.kind,
        "name": host.name,
        "on": host.on,
        "newFile": hosting.new_file_template(FOLDER),
        "upload": hosting.upload(FOLDER) if hosting.url else None,
        "uploadSteps": host.upload_steps,
        "maxUrl": host.max_url,
    }


def form_data(repo: Repository, hosting: Hosting) -> dict[str, Any]:
    statuses = repo.taxonomies["review_statuses"]
    return {
        "repoUrl": hosting.url,
        "branch": hosting.branch,
        "folder": FOLDER,
        "host": host_data(hosting),
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
