"""The bank's metadata as open data: JSON with every field, and CSV that Excel opens (UTF-8 with BOM, «; » lists)
whose text cells are inert (shnor.spreadsheet_cells); the adoptions; a JSON Feed of new and updated practices for
portals that syndicate; and a JSON Schema of each JSON endpoint, which the open-data page documents."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

from shnor.contrib.json_schema import practice_schema
from shnor.records.practice import Adoption
from shnor.site.generated import GeneratedFile, SiteContext
from shnor.spreadsheet_cells import inert
from shnor.views.adoption import AdoptionView, every_adoption
from shnor.views.practice import PracticeView
from shnor.views.urls import embed_page, page_url, practice_page

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


PRACTICES_JSON, PRACTICES_CSV = "api/practices.json", "api/practices.csv"
ADOPTIONS_JSON, FEED_JSON = "api/adoptions.json", "api/feed.json"
SCHEMAS = {PRACTICES_JSON: "api/schema/practices.schema.json", ADOPTIONS_JSON: "api/schema/adoptions.schema.json",
           FEED_JSON: "api/schema/feed.schema.json"}  # fmt: skip
FEED_ITEMS = 50
JSON_FEED = "https://jsonfeed.org/version/1.1"
_DIALECT = "https://json-schema.org/draft/2020-12/schema"
_TEXT, _URL = {"type": "string"}, {"type": "string", "format": "uri"}


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, indent=1)


def practice_item(view: PracticeView, site_url: str) -> dict[str, Any]:
    """The record as written (taxonomy ids) plus what the site computes; authors consented to name and position."""
    row = practice_row(view, site_url)
    computed = {key: row[key] for key in ("school_name", "evidence_level", "url")}
    return {**view.practice.model_dump(mode="json"), **computed, "embed_url": site_url + page_url(embed_page(view.id))}


def adoption_item(adoption: AdoptionView, site_url: str) -> dict[str, Any]:
    """An adoption as the record holds it (contacts only with consent, which the validator requires), with the
    practice, the school and the status named."""
    a = adoption.adoption
    return {
        "practice": adoption.practice.id,
        "practice_title": adoption.practice.practice.title,
        "practice_url": site_url + page_url(practice_page(adoption.practice.id)),
        "school_name": adoption.school.name,
        "municipality": adoption.school.municipality,
        **a.model_dump(mode="json"),
        "status_name": adoption.status.name,
    }


def feed(views: list[PracticeView], site_url: str) -> dict[str, Any]:
    """JSON Feed 1.1: the practices most recently published or updated first."""
    newest = sorted(views, key=lambda v: (v.practice.updated, v.id), reverse=True)[:FEED_ITEMS]
    items = []
    for view in newest:
        p = view.practice
        url = site_url + page_url(practice_page(p.id))
        items.append({
            "id": url, "url": url, "title": p.title, "summary": p.summary, "content_text": p.summary,
            "date_published": f"{p.submitted.isoformat()}T00:00:00+00:00",
            "date_modified": f"{p.updated.isoformat()}T00:00:00+00:00",
            "authors": [{"name": a.name} for a in p.authors], "language": "ru",
            "tags": [view.direction.name, *p.keywords],
            "_shnor": {"school": view.school.name, "evidence_level": view.evidence_term.name, "license": p.license,
                       "embed_url": site_url + page_url(embed_page(p.id))},
        })  # fmt: skip
    return {"version": JSON_FEED, "title": "Банк практик ШНОР и НСУ: новые и обновлённые практики",
            "home_page_url": site_url, "feed_url": site_url + FEED_JSON, "language": "ru", "items": items}  # fmt: skip


def _array_of(item: dict[str, Any], title: str, defs: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"$schema": _DIALECT, "title": title, "type": "array", "items": item, **({"$defs": defs} if defs else {})}


def schemas(ctx: SiteContext) -> dict[str, dict[str, Any]]:
    """The JSON Schema of each JSON endpoint: the record models' own (shnor.contrib.json_schema, Adoption) with the
    fields the site adds."""
    practice = practice_schema(ctx.repo.taxonomies)
    practice_item_schema = {
        "type": "object", "required": [*practice.get("required", []), "school_name", "evidence_level", "url"],
        "properties": {**practice["properties"], "school_name": _TEXT, "evidence_level": _TEXT, "url": _URL,
                       "embed_url": _URL},
    }  # fmt: skip
    adoption = Adoption.model_json_schema(ref_template="#/$defs/{model}")
    adoption_defs = adoption.pop("$defs", {})
    adoption_item_schema = {
        "type": "object",
        "required": ["practice", "practice_title", "practice_url", "school_name", "municipality",
                     *adoption.get("required", []), "status_name"],
        "properties": {"practice": _TEXT, "practice_title": _TEXT, "practice_url": _URL, "school_name": _TEXT,
                       "municipality": _TEXT, **adoption["properties"], "status_name": _TEXT},
    }  # fmt: skip
    feed_item = {
        "type": "object", "required": ["id", "url", "title", "date_published"],
        "properties": {"id": _TEXT, "url": _URL, "title": _TEXT, "summary": _TEXT, "content_text": _TEXT,
                       "date_published": {"type": "string", "format": "date-time"},
                       "date_modified": {"type": "string", "format": "date-time"},
                       "authors": {"type": "array", "items": {"type": "object", "properties": {"name": _TEXT}}},
                       "language": _TEXT, "tags": {"type": "array", "items": _TEXT}, "_shnor": {"type": "object"}},
    }  # fmt: skip
    return {
        PRACTICES_JSON: _array_of(practice_item_schema, "Опубликованные практики", practice.get("$defs")),
        ADOPTIONS_JSON: _array_of(adoption_item_schema, "Внедрения практик", adoption_defs),
        FEED_JSON: {"$schema": _DIALECT, "title": "JSON Feed 1.1 новых и обновлённых практик", "type": "object",
                    "required": ["version", "title", "items"],
                    "properties": {"version": {"const": JSON_FEED}, "title": _TEXT, "home_page_url": _URL,
                                   "feed_url": _URL, "language": _TEXT,
                                   "items": {"type": "array", "items": feed_item}}},
    }  # fmt: skip


def generate(ctx: SiteContext) -> Iterator[GeneratedFile]:
    views = [PracticeView(r, ctx.repo) for r in ctx.repo.published]
    yield GeneratedFile(PRACTICES_JSON, _json([practice_item(v, ctx.site_url) for v in views]))
    yield GeneratedFile(ADOPTIONS_JSON, _json([adoption_item(a, ctx.site_url) for a in every_adoption(ctx.repo)]))
    yield GeneratedFile(FEED_JSON, _json(feed(views, ctx.site_url)))
    for endpoint, schema in schemas(ctx).items():
        yield GeneratedFile(SCHEMAS[endpoint], _json(schema))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, delimiter=";", lineterminator="\r\n")
    writer.writeheader()
    for view in views:
        row = practice_row(view, ctx.site_url)
        writer.writerow(
            {k: inert("; ".join(map(str, v)) if isinstance(v, list) else ("" if v is None else v))
             for k, v in row.items()}
        )
    yield GeneratedFile(PRACTICES_CSV, "\ufeff" + buffer.getvalue())
