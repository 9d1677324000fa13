"""What the search index leaves out: tables of monitoring figures.

Measured at 1,000 schools (benchmark, issue 7), the monitoring dashboards on school pages were two thirds of the
search index and the monitoring section a seventh of it: numbers no reader searches for, downloaded before the first
query. The monitoring pages say ``search: {exclude: true}`` (set by the plugin before Material's search reads the
page); on a school page, the dashboard and the sections after it (charts, ВПР and ГИА tables) are dropped from the
index when it is rewritten after the build. The pages themselves are unchanged.
"""

from __future__ import annotations

EXCLUDED_PREFIXES = ("monitoring/",)  # whole pages: the municipal tables, identification, roadmaps
SCHOOL_PAGES = "schools/"
DASHBOARD_ANCHOR = "#monitoring-dashboard"  # the school page's monitoring block (shnor.site.monitoring_pages)


def excluded_page(src_uri: str) -> bool:
    return src_uri.startswith(EXCLUDED_PREFIXES)


def without_dashboards(entries: list[dict]) -> list[dict]:
    """Index entries in page order; on a school page, the dashboard section and every section after it go."""
    kept, skipping = [], None
    for entry in entries:
        location = str(entry.get("location", ""))
        page = location.split("#", 1)[0]
        if skipping is not None and page != skipping:
            skipping = None
        if location.startswith(SCHOOL_PAGES) and location.endswith(DASHBOARD_ANCHOR):
            skipping = page
        if skipping is None:
            kept.append(entry)
    return kept
