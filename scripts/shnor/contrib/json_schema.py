"""The practice front matter as JSON Schema, generated from the pydantic model.

Fields typed ``Choice(...)`` carry ``x-taxonomy`` (see ``shnor.records.choices.TaxonomyRef``); here they get an
``enum`` of the vocabulary's Russian names and ids, as the validator accepts both. Editors (VS Code with a
front-matter schema linter) and the site's form read this file, so both check what ``shnor validate`` checks.
"""

from __future__ import annotations

import json
from typing import Any

from shnor.contrib.fields import FIELDS
from shnor.records.practice import Practice
from shnor.taxonomy import Taxonomies

SCHEMA_PATH = "schema/practice.schema.json"  # in the repository and on the site
_DIALECT = "http://json-schema.org/draft-07/schema#"  # what editors and ajv read by default


def _fill_enums(node: Any, taxonomies: Taxonomies) -> None:
    if isinstance(node, dict):
        key = node.get("x-taxonomy")
        if key:
            vocabulary = taxonomies[key]
            node["enum"] = list(dict.fromkeys([*vocabulary.names, *vocabulary.ids]))
        for value in node.values():
            _fill_enums(value, taxonomies)
    elif isinstance(node, list):
        for value in node:
            _fill_enums(value, taxonomies)


def _describe(schema: dict[str, Any]) -> None:
    """Russian titles and hints on the properties, for editor tooltips."""
    targets = {"": schema["properties"]}
    for name, definition in schema["$defs"].items():
        prefix = {"Author": "authors", "Evidence": "evidence"}.get(name)
        if prefix:
            targets[prefix] = definition["properties"]
    for prefix, properties in targets.items():
        for field, prop in properties.items():
            help_ = FIELDS.get(f"{prefix}.{field}" if prefix else field)
            if help_:
                prop["title"] = help_.label
                prop.setdefault("description", help_.hint)


def practice_schema(taxonomies: Taxonomies) -> dict[str, Any]:
    schema = Practice.model_json_schema()
    _fill_enums(schema, taxonomies)
    _describe(schema)
    return {
        "$schema": _DIALECT,
        "title": "Практика банка ШНОР/НСУ: метаданные (front matter)",
        "description": (
            "Поля блока метаданных файла practices/<код>.md. Значения справочников — из data/taxonomies.yml; "
            "можно писать название по-русски или код. Файл создаётся командой «shnor docs», не правьте его вручную."
        ),
        **{k: v for k, v in schema.items() if k not in ("title", "description")},
    }


def schema_text(taxonomies: Taxonomies) -> str:
    return json.dumps(practice_schema(taxonomies), ensure_ascii=False, indent=2) + "\n"
