"""A page at every old address of a practice taken off or moved."""

from shnor.kinds import removed_practices
from shnor.site.pages.removed_practices import removed_pages
from shnor.site.site_kind import SiteKind

SITE_KIND = SiteKind(removed_practices.KIND, pages=(removed_pages.generate,))
