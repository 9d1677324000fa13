"""What the search index leaves out: tables of monitoring figures.

Measured at 1,000 schools (benchmark, issue 7), the monitoring dashboards on school pages were two thirds of the
search index and the monitoring section a seventh of it: numbers no reader searches for, downloaded before the first
query. The monitoring pages say ``search: {exclude: true}`` (set by the plugin before Material's search reads the
page); on a school page, the dashboard's sections (their ids start with ``monitoring-``: shnor.site.monitoring_pages)
are dropped from the index when it is rewritten after the build. The pages themselves are unchanged, and the
sections after the dashboard (the school's programme) stay searchable.
"""

from __future__ import annotations

EXCLUDED_PREFIXES = ("monitoring/",)  # whole pages: the municipal tables, identification, roadmaps
SCHOOL_PAGES = "schools/"
DASHBOARD_ANCHOR = "#monitoring-"  # every heading of the school page's monitoring block


def excluded_page(src_uri: str) -> bool:
    return src_uri.startswith(EXCLUDED_PREFIXES)


def without_dashboards(entries: list[dict]) -> list[dict]:
    """Index entries without the sections of school pages' monitoring dashboards."""
    return [e for e in entries
            if not (str(e.get("location", "")).startswith(SCHOOL_PAGES) and DASHBOARD_ANCHOR in str(e["location"]))]
