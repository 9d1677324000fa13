"""The partnerships' pages, and their block on the pages of both schools."""

from shnor.kinds import partnerships
from shnor.site.pages.partnerships import partnership_pages
from shnor.site.pages.schools import school_links
from shnor.site.site_kind import SiteKind

SITE_KIND = SiteKind(partnerships.KIND, pages=(partnership_pages.generate,),
                     school_blocks=(school_links.school_partnerships,))
