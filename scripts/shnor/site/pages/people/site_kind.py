"""«Кто поможет»: the people's pages."""

from shnor.kinds import people
from shnor.site.pages.people import people_pages
from shnor.site.site_kind import SiteKind

SITE_KIND = SiteKind(people.KIND, pages=(people_pages.generate,))
