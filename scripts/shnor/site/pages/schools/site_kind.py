"""The registry's pages: the schools index and a page per school (the other kinds add their blocks to it)."""

from shnor.kinds import schools
from shnor.site.pages.schools import school_pages
from shnor.site.site_kind import SiteKind

SITE_KIND = SiteKind(schools.KIND, pages=(school_pages.generate,))
