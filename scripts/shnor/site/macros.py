"""mkdocs-macros functions for the site's own docs pages (only pages with ``render_macros: true``; never a
contributed record). Each section registers its functions through ``MACROS``."""

from __future__ import annotations

from collections.abc import Callable

from shnor.formatting import plural_ru
from shnor.site import contribute_form, monitoring_macros, open_data_macros, school_links
from shnor.site.badges import status_badges
from shnor.site.generated import SiteContext
from shnor.site.html import bullet_list, esc, link, table
from shnor.site.urls import practice_page, relative
from shnor.site.views import PracticeView


def define_env(env) -> None:
    """The mkdocs-macros entry point (``modules: [shnor.site.macros]`` in mkdocs.yml)."""

    def context() -> SiteContext:
        return env.conf["plugins"]["shnor"].context

    for register_section in MACROS:
        register_section(env, context)


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


# Every section's macros: this module's (the practices'), then the contribute form's, the schools' and events',
# the monitoring's, the open-data page's.
MACROS = (register, contribute_form.register, school_links.register, monitoring_macros.register,
          open_data_macros.register)
