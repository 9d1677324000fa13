"""Files of the site for contributors: the JSON Schema of a practice's front matter, for editors and tools."""

from __future__ import annotations

from collections.abc import Iterator

from shnor.contrib.json_schema import SCHEMA_PATH, schema_text
from shnor.site.generated import GeneratedFile, SiteContext


def generate(ctx: SiteContext) -> Iterator[GeneratedFile]:
    yield GeneratedFile(SCHEMA_PATH, content=schema_text(ctx.repo.taxonomies))
