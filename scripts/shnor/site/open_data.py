"""The bank's metadata as open data: JSON with every field, and CSV that Excel opens (UTF-8 with BOM, «; » lists)
whose text cells are inert (shnor.spreadsheet_cells)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

from shnor.site.generated import GeneratedFile, SiteContext
from shnor.site.urls import page_url, practice_page
from shnor.site.views import PracticeView
from shnor.spreadsheet_cells import inert

CSV_COLUMNS = (
    "id", "title", "summary", "school", "school_name", "type", "direction", "levels", "grades", "subjects",
    "risk_factors", "evidence_level", "status", "submitted", "updated", "since", "license", "keywords", "url",
)  # fmt: skip


def practice_row(view: PracticeView, site_url: str) -> dict[str, object]:
    p = view.practice
    return {
        "id": p.id,
        "title": p.title,
        "summary": p.summary,
        "school": p.school,
        "school_name": view.school.name,
        "type": view.practice_type.name,
        "direction": view.direction.name,
        "levels": view.levels,
        "grades": list(p.grades),
        "subjects": view.subjects,
        "risk_factors": view.risk_factors,
        "evidence_level": view.evidence_term.name,
        "status": view.status.name,
        "submitted": p.submitted.isoformat(),
        "updated": p.updated.isoformat(),
        "since": p.since.isoformat() if p.since else None,
        "license": p.license,
        "keywords": list(p.keywords),
        "url": site_url + page_url(practice_page(p.id)),
    }


def generate(ctx: SiteContext) -> Iterator[GeneratedFile]:
    views = [PracticeView(r, ctx.repo) for r in ctx.repo.published]
    full = []
    for view in views:
        # The record as written (taxonomy ids) plus what the site computes; authors consented to name and position.
        row = practice_row(view, ctx.site_url)
        computed = {key: row[key] for key in ("school_name", "evidence_level", "url")}
        full.append({**view.practice.model_dump(mode="json"), **computed})
    yield GeneratedFile("api/practices.json", json.dumps(full, ensure_ascii=False, indent=1))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, delimiter=";", lineterminator="\r\n")
    writer.writeheader()
    for view in views:
        row = practice_row(view, ctx.site_url)
        writer.writerow(
            {k: inert("; ".join(map(str, v)) if isinstance(v, list) else ("" if v is None else v))
             for k, v in row.items()}
        )
    yield GeneratedFile("api/practices.csv", "\ufeff" + buffer.getvalue())
