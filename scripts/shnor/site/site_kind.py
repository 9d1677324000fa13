"""What the site makes of a record kind, declared beside its pages (``shnor.site.pages.<kind>.site_kind``, the
monitoring's in ``shnor.site.monitoring.site_kind``) and listed in ``shnor.site.kinds.SITE_KINDS`` (in the order the
pages are read): the pages and files it generates, the blocks it adds to a school's page, the macros it gives
the site's own docs pages."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from shnor.kinds.kind import Kind
    from shnor.records.schools import School
    from shnor.site.generated import GeneratedFile, SiteContext

PageGenerator = Callable[["SiteContext"], "Iterable[GeneratedFile]"]
SchoolBlock = Callable[["School", "SiteContext"], str]  # "" when the kind has nothing for this school
# mkdocs-macros' env, and a way to the build's SiteContext (made only once the plugin has loaded the records).
MacroRegistrar = Callable[[Any, Callable[[], "SiteContext"]], None]


@dataclass(frozen=True)
class SiteKind:
    kind: Kind[Any, Any]
    pages: tuple[PageGenerator, ...] = ()
    school_blocks: tuple[SchoolBlock, ...] = ()
    macros: tuple[MacroRegistrar, ...] = ()
