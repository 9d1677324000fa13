"""Files of the site for contributors: the JSON Schema of a practice's front matter, for editors and tools, and
the schools the «Предложить практику» form offers."""

from __future__ import annotations

import json
from collections.abc import Iterator

from shnor.contrib.form_data import school_choices
from shnor.contrib.json_schema import SCHEMA_PATH, schema_text
from shnor.site.generated import GeneratedFile, SiteContext

SCHOOLS_PATH = "contribute/schools.json"


def generate(ctx: SiteContext) -> Iterator[GeneratedFile]:
    yield GeneratedFile(SCHEMA_PATH, content=schema_text(ctx.repo.taxonomies))
    yield GeneratedFile(SCHOOLS_PATH, content=json.dumps(school_choices(ctx.repo), ensure_ascii=False))
