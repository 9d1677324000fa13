"""The generated project's ``mkdocs.yml``: the project's own, top-level key by key, with what only the shnor
plugin gives a meaning to taken out.

* ``plugins``: without ``shnor`` and ``macros`` (the pages are written out and the macros' output is written into
  the docs pages); every other plugin (search, blog, rss) keeps its settings;
* ``site_url``: the address the pages were generated for, written in (the feeds, calendars and cards carry it);
* ``edit_uri``: the one the plugin makes from ``extra.repository`` (the docs pages' «Редактировать»);
* ``hooks``: the plain hook file (``shnor.generate.hooks``), for what the plugin does to the rendered pages.

Every other key is copied as the project wrote it, comments and YAML tags (the slugify function of ``toc``) too.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

import yaml

DROPPED_PLUGINS = ("shnor", "macros")
_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:")
HEADER = (
    "# Written by `shnor generate` for a plain build (`mkdocs build`, `properdocs build`): the pages are in docs/,\n"
    "# generated from the records. Do not edit: change the records or the project's mkdocs.yml and generate again.\n"
)


class ConfigTextError(ValueError):
    """The project's mkdocs.yml cannot be rewritten; the message says why, in Russian."""


def blocks(text: str) -> list[tuple[str | None, str]]:
    """``text`` cut into top-level blocks, each (its key, its text): the comments and blank lines just above a key
    belong to its block; what comes before the first key is a block without one."""
    lines = text.splitlines(keepends=True)
    starts: list[tuple[int, str]] = []
    for index, line in enumerate(lines):
        match = _KEY.match(line)
        if match:
            start = index
            while start > 0 and (not lines[start - 1].strip() or lines[start - 1].startswith("#")):
                start -= 1
            if starts and start <= starts[-1][0]:
                start = index
            starts.append((start, match.group(1)))
    out: list[tuple[str | None, str]] = []
    if not starts or starts[0][0] > 0:
        out.append((None, "".join(lines[: starts[0][0] if starts else len(lines)])))
    for n, (start, key) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(lines)
        out.append((key, "".join(lines[start:end])))
    return out


def plugin_name(entry: object) -> str:
    return entry if isinstance(entry, str) else next(iter(entry)) if isinstance(entry, dict) and entry else ""


def plain_plugins(block: str) -> str:
    """The ``plugins:`` block without the shnor plugin and macros, as YAML (its comments are not kept)."""
    try:
        plugins = (yaml.safe_load(block) or {}).get("plugins") or []
    except yaml.YAMLError as error:
        raise ConfigTextError(f"Не удалось прочитать раздел plugins в mkdocs.yml: {error}") from None
    if isinstance(plugins, dict):
        plugins = [{name: value} if value else name for name, value in plugins.items()]
    kept = [entry for entry in plugins if plugin_name(entry).split("/")[-1] not in DROPPED_PLUGINS]
    return yaml.safe_dump({"plugins": kept}, allow_unicode=True, sort_keys=False, width=120)


def plain_config(text: str, *, site_url: str | None, edit_uri: str | None, hooks: Iterable[str]) -> str:
    """The project's mkdocs.yml ``text`` for the generated project (see the module's docstring)."""
    out = [HEADER]
    seen = set()
    for key, block in blocks(text):
        seen.add(key)
        if key == "plugins":
            out.append(plain_plugins(block))
        elif key == "site_url":
            out.append(f"site_url: {json.dumps(site_url)}\n" if site_url else "")
        elif key == "edit_uri":
            continue  # written below, as the plugin made it
        elif key == "hooks":
            raise ConfigTextError("В mkdocs.yml проекта уже есть hooks: shnor generate их не переносит — "
                                  "уберите их или перенесите в модули shnor.")
        else:
            out.append(block if block.endswith("\n") else block + "\n")
    if site_url and "site_url" not in seen:
        out.append(f"site_url: {json.dumps(site_url)}\n")
    if edit_uri is not None:
        out.append(f"# The docs pages' «Редактировать», as the shnor plugin made it from extra.repository.\n"
                   f"edit_uri: {json.dumps(edit_uri)}\n")
    out.append("hooks:\n" + "".join(f"  - {json.dumps(path)}\n" for path in hooks))
    return "".join(out)
