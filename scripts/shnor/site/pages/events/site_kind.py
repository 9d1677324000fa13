"""The announcements: blog posts, the events page, calendars; a school's events; the home page's upcoming events."""

from shnor.kinds import events
from shnor.site.pages.events import event_pages
from shnor.site.pages.schools import school_links
from shnor.site.site_kind import SiteKind

SITE_KIND = SiteKind(events.KIND, pages=(event_pages.generate,), school_blocks=(school_links.school_events,),
                     macros=(school_links.register,))
