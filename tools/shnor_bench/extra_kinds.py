"""Record kinds beyond schools and practices: monitoring tables, partnerships and announcements.

Each is written only when the source project has that kind (its folder, or for monitoring the indicator catalogue),
so the synthetic project registers exactly what the real one does.
"""

from __future__ import annotations

import random
from pathlib import Path

import yaml

from shnor.taxonomy import Taxonomies
from shnor_bench.events import make_events
from shnor_bench.monitoring import monitoring_files
from shnor_bench.partnerships import make_partnerships
from shnor_bench.schools import SyntheticSchool


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")


def _blog_authors(out: Path) -> list[str]:
    path = out / "docs" / "blog" / ".authors.yml"
    if not path.is_file():
        return []
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return sorted((data.get("authors") or {}).keys())


def write_extra_kinds(
    out: Path, source: Path, sizes, rng: random.Random, schools: list[SyntheticSchool], taxonomies: Taxonomies
) -> dict[str, int]:
    counts: dict[str, int] = {}
    if (source / "data" / "indicators.yml").is_file() or (source / "data" / "monitoring").is_dir():
        files = monitoring_files(rng, schools, out)
        for name, text in files.items():
            _write(out / "data" / "monitoring" / name, text)
        counts["monitoring_rows"] = sum(text.count("\n") - 1 for text in files.values())
    partnerships = []
    if (source / "partnerships").is_dir():
        partnerships = make_partnerships(
            rng,
            schools,
            taxonomies["partnership_activity_types"].ids,
            taxonomies["activity_statuses"].ids,
            taxonomies["directions"].ids,
        )
        for partnership in partnerships:
            _write(out / "partnerships" / f"{partnership.id}.md", partnership.markdown)
        counts["partnerships"] = len(partnerships)
    authors = _blog_authors(out)
    if (source / "events").is_dir() and authors and sizes.events:
        events = make_events(
            sizes.events,
            rng,
            schools,
            partnerships,
            taxonomies["event_types"].ids,
            taxonomies["event_formats"].ids,
            taxonomies["post_categories"].names,
            authors,
        )
        for event_id, text in events:
            _write(out / "events" / f"{event_id}.md", text)
        counts["events"] = len(events)
    counts |= _programme_records(out, source, rng, schools, taxonomies)
    return counts


def _published_practices(out: Path) -> list[str]:
    return sorted(
        path.stem for path in (out / "practices").glob("*.md") if "\n  status: draft\n" not in path.read_text("utf-8")
    )


def _programme_records(
    out: Path, source: Path, rng: random.Random, schools: list[SyntheticSchool], taxonomies: Taxonomies
) -> dict[str, int]:
    from shnor_bench import programme_records as pr

    counts: dict[str, int] = {}
    ids = {key: taxonomies[key].ids for key in ("directions", "subjects", "risk_factors")}
    if (source / "documents").is_dir():
        documents = pr.make_documents(
            rng,
            max(7, len(schools) // 50),
            taxonomies["document_kinds"].ids,
            taxonomies["issuer_levels"].ids,
            ids["directions"],
            ids["risk_factors"],
        )
        for doc_id, text in documents:
            _write(out / "documents" / f"{doc_id}.md", text)
        counts["documents"] = len(documents)
    if (source / "people").is_dir():
        people = pr.make_people(
            rng,
            max(4, len(schools) // 20),
            taxonomies["support_roles"].ids,
            ids["directions"],
            ids["subjects"],
            ids["risk_factors"],
            schools,
        )
        for person_id, text in people:
            _write(out / "people" / f"{person_id}.md", text)
        counts["people"] = len(people)
    if (source / "programmes").is_dir():
        from shnor.indicators.catalogue import load_catalogue

        catalogue, _ = load_catalogue(out)
        frame = catalogue.frame
        indicators = sorted(frame[frame["scope"] == "school"]["indicator"])
        programmes = pr.make_programmes(
            rng, schools, taxonomies["risk_levels"].ids, _published_practices(out), indicators
        )
        for programme_id, text in programmes:
            _write(out / "programmes" / f"{programme_id}.md", text)
        counts["programmes"] = len(programmes)
    return counts
