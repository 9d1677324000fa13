"""Small HTML builders for generated pages. Every value from a record passes through ``esc``."""

from __future__ import annotations

import html
import json
from collections.abc import Iterable

from shnor.site.raw_html import keep
from shnor.site.search_trim import NOT_INDEXED


def esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def link(href: str, text: str, **attrs: str) -> str:
    # class_="x" -> class="x", aria_label="y" -> aria-label="y"
    extra = "".join(f' {name.rstrip("_").replace("_", "-")}="{esc(value)}"' for name, value in attrs.items())
    return f'<a href="{esc(href)}"{extra}>{esc(text)}</a>'


def badge(text: str, kind: str) -> str:
    return f'<span class="shnor-badge shnor-badge--{esc(kind)}">{esc(text)}</span>'


def definition_list(rows: Iterable[tuple[str, str]], css: str = "shnor-facts") -> str:
    """``rows`` are (label, already-escaped HTML); empty values are left out."""
    # The spaces keep values apart in the search index's text; the labels, the same on every page of a kind, stay
    # out of it (shnor.site.search_trim).
    items = "".join(f"<dt {NOT_INDEXED}>{esc(label)}</dt> <dd>{value}</dd> " for label, value in rows if value)
    return f'<dl class="{css}">{items}</dl>'


def bullet_list(items: Iterable[str], css: str = "") -> str:
    """``items`` are already-escaped HTML."""
    cls = f' class="{css}"' if css else ""
    return f"<ul{cls}>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def table(
    headers: list[str], rows: Iterable[list[str]], caption: str = "", numeric: Iterable[int] = (), css: str = ""
) -> str:
    """A table in a scrolling box; ``rows`` hold already-escaped HTML cells, ``numeric`` column indexes align right."""
    right = set(numeric)

    def cell(tag: str, index: int, value: str) -> str:
        cls = ' class="shnor-num"' if index in right else ""
        scope = ' scope="col"' if tag == "th" else ""
        return f"<{tag}{cls}{scope}>{value}</{tag}>"

    head = "".join(cell("th", i, esc(h)) for i, h in enumerate(headers))
    body = "".join("<tr>" + "".join(cell("td", i, v) for i, v in enumerate(row)) + "</tr>" for row in rows)
    cap = f"<caption>{esc(caption)}</caption>" if caption else ""
    table_css = f' class="{css}"' if css else ""
    return keep(
        f'<div class="shnor-table-scroll" tabindex="0" role="region" aria-label="{esc(caption or "Таблица")}">'
        f"<table{table_css}>{cap}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>"
    )


def front_matter(title: str, **meta: object) -> str:
    """YAML front matter for a generated page. Values are JSON-encoded, which YAML reads as plain strings,
    so a contributor's title cannot add keys (``render_macros``, ``template``) to the page."""
    lines = [f"title: {json.dumps(title, ensure_ascii=False)}"]
    for key, value in meta.items():
        lines.append(f"{key}: {json.dumps(value, ensure_ascii=False)}")
    return "---\n" + "\n".join(lines) + "\n---\n\n"
