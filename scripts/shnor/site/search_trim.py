"""What the search index leaves out: tables of monitoring figures, lists that repeat other pages, boilerplate.

Measured at 1,000 schools (benchmark, issue 7), the monitoring dashboards on school pages were two thirds of the
search index and the monitoring section a seventh of it: numbers no reader searches for. The monitoring pages say
``search: {exclude: true}`` (set by the plugin: ``excluded_page``) and are not indexed; on a school page, the
dashboard's sections (their ids start with ``monitoring-``: shnor.site.monitoring.monitoring_pages) are left out.
The pages
themselves are unchanged, and the sections after the dashboard (the school's programme) stay searchable.

A query's cost grows with the number of pages it matches, so the generators also mark with ``data-search-exclude``
what only repeats other pages or every page of a kind (``shnor.site.pagefind_marks`` turns the mark into Pagefind's
``data-pagefind-ignore`` after the sanitizer, which drops every ``data-pagefind-*`` attribute of a contributor's):

* on a heading (``SECTION_NOT_INDEXED`` after a Markdown heading), the whole section: lists of practices, schools
  or partnerships that link to pages indexed on their own (a school's practices, «Школы, похожие на мою»,
  «Что может помочь», the programmes' and partnerships' overview lists) and tables of figures (a practice's
  «Данные «до» и «после»», a programme's risk profile);
* on an element (``NOT_INDEXED``), that element: the labels of fact lists («Время педагогов» was in every practice,
  so «педагогов» matched all of them), a practice's evidence ladder (its badge keeps the level) and the «Предложить
  правку» line.

Titles, summaries, keywords, the texts of practices and school names stay in the index.
"""

from __future__ import annotations

EXCLUDED_PREFIXES = ("monitoring/",)  # whole pages: the municipal tables, identification, roadmaps
SCHOOL_PAGES = "schools/"
DASHBOARD_IDS = "monitoring-"  # the id of every heading of the school page's monitoring block starts so
NOT_INDEXED = "data-search-exclude"
SECTION_NOT_INDEXED = " { data-search-exclude }"  # attr_list, after the text of a Markdown heading


def excluded_page(src_uri: str) -> bool:
    return src_uri.startswith(EXCLUDED_PREFIXES)
