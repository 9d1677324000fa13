"""mkdocs-macros functions for the site's own docs pages (only pages with ``render_macros: true``; never a
contributed record). Each kind registers its own (``Kind.macros``)."""

from __future__ import annotations

from shnor.site.generated import SiteContext
from shnor.site.kinds import macro_registrars


def define_env(env) -> None:
    """The mkdocs-macros entry point (``modules: [shnor.site.macros]`` in mkdocs.yml)."""

    def context() -> SiteContext:
        return env.conf["plugins"]["shnor"].context

    for register in macro_registrars():
        register(env, context)
