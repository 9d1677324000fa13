"""The site's parts beyond the practice bank, by ``module:function`` name (strings keep imports acyclic).

- PAGE_GENERATORS: ``f(ctx: SiteContext) -> Iterable[GeneratedFile]``, the pages and files of one section.
- SCHOOL_SECTIONS: ``f(school: School, ctx: SiteContext) -> str``, a Markdown block for the school's page
  ("" when the school has nothing there), in the order given.
- MACROS: ``f(env, ctx_provider) -> None``, registers mkdocs-macros functions for docs pages
  (``ctx_provider()`` returns the current SiteContext).
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import Any

PRACTICE_PAGES = "shnor.site.practice_pages:generate"  # the only section that shows a practice's text
PAGE_GENERATORS: tuple[str, ...] = (
    PRACTICE_PAGES,
    "shnor.site.school_pages:generate",
    "shnor.site.open_data:generate",
    "shnor.site.contribute_pages:generate",
    "shnor.site.partnership_pages:generate",
    "shnor.site.event_pages:generate",
    "shnor.site.monitoring_pages:generate",
    "shnor.site.document_pages:generate",
    "shnor.site.programme_pages:generate",
    "shnor.site.people_pages:generate",
)

SCHOOL_SECTIONS: tuple[str, ...] = (
    "shnor.site.school_links:school_partnerships",
    "shnor.site.school_links:school_events",
    "shnor.site.monitoring_pages:school_dashboard",
    "shnor.site.programme_pages:school_section",
)

MACROS: tuple[str, ...] = (
    "shnor.site.macros:register",
    "shnor.site.contribute_form:register",
    "shnor.site.school_links:register",
    "shnor.site.monitoring_macros:register",
)


def resolve(dotted: str) -> Callable[..., Any]:
    module, function = dotted.split(":")
    return getattr(import_module(module), function)
