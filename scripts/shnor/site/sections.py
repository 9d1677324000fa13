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

PAGE_GENERATORS: tuple[str, ...] = (
    "shnor.site.practice_pages:generate",
    "shnor.site.school_pages:generate",
    "shnor.site.open_data:generate",
)

SCHOOL_SECTIONS: tuple[str, ...] = ()

MACROS: tuple[str, ...] = ("shnor.site.macros:register",)


def resolve(dotted: str) -> Callable[..., Any]:
    module, function = dotted.split(":")
    return getattr(import_module(module), function)
