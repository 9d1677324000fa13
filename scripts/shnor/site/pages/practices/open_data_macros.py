"""The open-data page's macros: every endpoint with its JSON Schema, a real example of each, the embed code, and
the licence of every published practice. The paths are open_data's and embed_cards', so the page cannot name a
file the build does not write."""

from __future__ import annotations

import json
import textwrap
from collections import Counter
from collections.abc import Callable

from shnor.site.generated import SiteContext
from shnor.site.html import esc, link, table
from shnor.site.pages.practices import open_data
from shnor.views.adoption import every_adoption
from shnor.views.practice import PracticeView
from shnor.views.urls import embed_page, page_url, practice_page, relative

PAGE = "open-data.md"
LICENCES_LISTED = 100  # practices listed one by one on the page; beyond that the files and the practice pages say

ENDPOINTS = (
    (open_data.PRACTICES_JSON, "JSON, UTF-8", "все поля каждой опубликованной практики, адрес её страницы и карточки"),
    (open_data.PRACTICES_CSV, "CSV, UTF-8 с BOM (открывается в Excel)", "одна строка на практику, списки через «; »"),
    (open_data.ADOPTIONS_JSON, "JSON, UTF-8", "внедрения практик в других школах: статус, сроки, результат"),
    (open_data.FEED_JSON, "JSON Feed 1.1", f"{open_data.FEED_ITEMS} последних новых и обновлённых практик"),
)


def _code(value: object, title: str) -> str:
    """A folded example (pymdownx.details). Inside the fenced block nothing is Markdown or HTML; json.dumps puts
    every string on a line that starts with a space or a bracket, so no record's text can close the fence."""
    block = "```json\n" + json.dumps(value, ensure_ascii=False, indent=1) + "\n```"
    return f'??? example "{title}"\n\n' + textwrap.indent(block, "    ")


def register(env, context: Callable[[], SiteContext]) -> None:
    @env.macro
    def open_data_endpoints() -> str:
        """The endpoints: file, format, what it holds, its JSON Schema."""
        rows = []
        for path, kind, what in ENDPOINTS:
            schema = open_data.SCHEMAS.get(path)
            rows.append([link(relative(PAGE, path), path), esc(kind), esc(what),
                         link(relative(PAGE, schema), "JSON Schema") if schema else "колонки как в practices.json"])
        return table(["Адрес", "Формат", "Что внутри", "Схема"], rows, caption="Открытые данные: адреса")

    @env.macro
    def open_data_example(path: str) -> str:
        """The first item of an endpoint as the build writes it."""
        ctx = context()
        views = [PracticeView(r, ctx.repo) for r in ctx.repo.published]
        if path == open_data.PRACTICES_JSON:
            return _code(open_data.practice_item(views[0], ctx.site_url), "Пример: первая практика") if views else ""
        if path == open_data.ADOPTIONS_JSON:
            adoptions = every_adoption(ctx.repo)
            return (_code(open_data.adoption_item(adoptions[0], ctx.site_url), "Пример: первое внедрение")
                    if adoptions else "")
        if path == open_data.FEED_JSON:
            whole = open_data.feed(views, ctx.site_url)
            return _code({**whole, "items": whole["items"][:1]}, "Пример: лента с первой записью")
        raise ValueError(f"open_data_example: нет примера для {path}")

    @env.macro
    def embed_code() -> str:
        """The iframe a portal pastes, for the first published practice."""
        ctx = context()
        if not ctx.repo.published:
            return ""
        view = PracticeView(ctx.repo.published[0], ctx.repo)
        src = ctx.site_url + page_url(embed_page(view.id))
        snippet = (f'<iframe src="{src}" title="Практика «{esc(view.practice.title)}» — банк практик ШНОР и НСУ"\n'
                   '        width="100%" height="340" loading="lazy" style="border:0"></iframe>')
        return "```html\n" + snippet + "\n```"

    @env.macro
    def practice_licences() -> str:
        """The licences with their number of practices; for a bank that fits a page, every practice with its own.
        A region's thousands are in practices.csv and .json (``license``) and on each practice's page."""
        ctx = context()
        licences = ctx.repo.taxonomies["licenses"]
        published = sorted(ctx.repo.published, key=lambda r: r.data.title)
        counts = Counter(r.data.license for r in published)

        def named(term_id: str) -> str:
            term = licences.by_id(term_id)
            url = term.extra.get("url", "")
            return link(url, term.name) if url else esc(term.name)

        summary = table(["Лицензия", "Код", "Практик"],
                        [[named(t.id), f"<code>{esc(t.id)}</code>", esc(counts[t.id])] for t in licences
                         if counts[t.id]],
                        caption="Лицензии практик банка", numeric=(2,))  # fmt: skip
        if len(published) > LICENCES_LISTED:
            return summary
        rows = [[link(relative(PAGE, practice_page(r.data.id)), r.data.title), named(r.data.license)]
                for r in published]  # fmt: skip
        return summary + "\n\n" + table(["Практика", "Лицензия"], rows, caption="Лицензия каждой практики")
