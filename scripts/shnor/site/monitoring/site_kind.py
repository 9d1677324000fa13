"""The monitoring's pages and downloads, a school's dashboard, and the macros of the monitoring's docs pages."""

from shnor.kinds import monitoring
from shnor.site.monitoring import monitoring_macros, monitoring_pages
from shnor.site.site_kind import SiteKind

SITE_KIND = SiteKind(monitoring.KIND, pages=(monitoring_pages.generate,),
                     school_blocks=(monitoring_pages.school_dashboard,), macros=(monitoring_macros.register,))
