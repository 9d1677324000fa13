"""The practices' macros for the site's own docs pages (``shnor.site.macros``)."""

from __future__ import annotations

from collections.abc import Callable

from shnor.formatting import plural_ru
from shnor.site.generated import SiteContext
from shnor.site.html import bullet_list, esc, link, table
from shnor.site.pages.practices.badges import status_badges
from shnor.views.practice import PracticeView
from shnor.views.urls import practice_page, relative


def _here(env) -> str:
    return env.page.file.src_uri


def register(env, context: Callable[[], SiteContext]) -> None:
    @env.macro
    def latest_practices(count: int = 6) -> str:
        """The most recently updated published practices, as cards."""
        ctx = context()
        views = [PracticeView(r, ctx.repo) for r in ctx.repo.published[:count]]
        items = [
            f"<strong>{link(relative(_here(env), practice_page(v.id)), v.practice.title)}</strong><br>"
            f"<small>{esc(v.school.short_name)} · {esc(v.direction.label)}</small><br>{status_badges(v)}"
            for v in views
        ]
        return bullet_list(items, "shnor-latest")

    @env.macro
    def bank_stats() -> str:
        ctx = context()
        published = ctx.repo.published
        schools = {r.data.school for r in published}
        replicated = sum(1 for r in published if PracticeView(r, ctx.repo).evidence_level >= 4)
        stats = [
            (len(published), plural_ru(len(published), "практика", "практики", "практик"), "в банке"),
            (len(schools), plural_ru(len(schools), "школа", "школы", "школ"), "поделились опытом"),
            (replicated, plural_ru(replicated, "практика", "практики", "практик"), "повторены в другой школе"),
        ]
        items = "".join(f"<li><strong>{n}</strong> {esc(word)} {esc(tail)}</li>" for n, word, tail in stats)
        return f'<ul class="shnor-stats">{items}</ul>'

    @env.macro
    def taxonomy_table(key: str, caption: str = "") -> str:
        """A vocabulary of data/taxonomies.yml as a table: what contributors may write, and its id. The caption
        also names the table's scrolling region, which a screen reader lists among the page's landmarks."""
        taxonomies = context().repo.taxonomies
        vocabulary = taxonomies.evidence_levels if key == "evidence_levels" else taxonomies[key]
        with_rule = key == "evidence_levels"
        rows = [
            [esc(t.name), f"<code>{esc(t.id)}</code>", *([esc(t.extra.get("rule", ""))] if with_rule else [])]
            for t in vocabulary
        ]
        headers = ["Значение", "Код", *(["Условие"] if with_rule else [])]
        return table(headers, rows, caption=caption)
