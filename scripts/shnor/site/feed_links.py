"""The feeds' ``<link rel="alternate">`` in every page's head, kept out of reach of Material's language switch.

Material's bundle fetches ``sitemap.xml`` beside the address of every ``link[rel=alternate]`` of a page, looking
for the same page in another language; the two RSS links that the theme writes when the rss plugin is on are
matched too (the same code is reported upstream: zensical/zensical#908). The sitemap lists every page: 1.2 MB at
5,000 practices, downloaded on every first visit (issue 15). Written ``rel="alternate feed"`` the links still tell
feed readers where the feeds are (``rel`` is a set of words), and the bundle's ``[rel=alternate]`` matches only the
exact value.
"""

from __future__ import annotations

THEME_FEED_LINK = '<link rel="alternate" type="application/rss+xml"'
FEED_LINK = '<link rel="alternate feed" type="application/rss+xml"'


def unmatched_by_theme(html: str) -> str:
    return html.replace(THEME_FEED_LINK, FEED_LINK)
