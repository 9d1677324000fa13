"""The school programmes' pages, and a school's programme on its page."""

from shnor.kinds import programmes
from shnor.site.pages.programmes import programme_pages
from shnor.site.site_kind import SiteKind

SITE_KIND = SiteKind(programmes.KIND, pages=(programme_pages.generate,),
                     school_blocks=(programme_pages.school_section,))
