"""A page at the old address of every practice taken off the site or moved (``data/removed-practices.yml``,
``shnor.records.removed_practices``): a link a school printed in its programme or a reader bookmarked still leads
somewhere (issue 17).

* Moved (``replaced_by``): «Практика перенесена» and a link to the practice that took its place. No
  ``<meta http-equiv="refresh">``: a page that changes under the reader is announced by no screen reader before it
  goes (WCAG 2.2.1 and 3.2.5 ask for no unrequested change of context), the reader would never learn that the
  bookmark is stale, and «Назад» would lead back to the redirect. One clear sentence and one link cost a click.
* Taken off (``reason``): «Практика снята с публикации», the reason, the date and a link to the catalogue.

The pages are outside the catalogue (it lists published practices only) and the navigation (generated pages are
not in it), are left out of the search index (``search: {exclude: true}``: the plugin marks no Pagefind body) and of
sitemap.xml (``without_removed``), and say ``<meta name="robots" content="noindex">`` (``NOINDEX``, printed by
overrides/main.html). Every value from the file is escaped and the page is sanitized like a contributed one; no
macros run on it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from shnor.formatting import date_ru
from shnor.records.removed_practices import RemovedRecord
from shnor.site.generated import GeneratedFile, SiteContext
from shnor.site.html import esc, front_matter, link
from shnor.views.urls import PRACTICES, page_url, practice_page, relative

MOVED = "Практика перенесена"
TAKEN_OFF = "Практика снята с публикации"
NOINDEX = "noindex"  # the front matter's «robots»: overrides/main.html prints the meta tag for it


def generate(ctx: SiteContext) -> Iterator[GeneratedFile]:
    titles = {record.data.id: record.data.title for record in ctx.repo.published}
    for record in ctx.repo.removed:
        yield GeneratedFile(practice_page(record.data.id), removed_markdown(record, titles), untrusted=True)


def removed_markdown(record: RemovedRecord, titles: dict[str, str]) -> str:
    """The page at ``record``'s old address; ``titles``: the published practices' titles by id."""
    entry = record.data
    here = practice_page(entry.id)
    catalogue = link(relative(here, PRACTICES), "Все практики — в банке практик")
    when = esc(date_ru(entry.date))
    if entry.replaced_by:
        title = MOVED
        new = entry.replaced_by
        lines = [
            f"<p>Практика, которая была по этому адресу, теперь на другой странице: "
            f"{link(relative(here, practice_page(new)), titles.get(new, new))}.</p>",
            f"<p>Перенесена {when}. Если вы сохранили ссылку на эту страницу, замените её новой.</p>",
        ]
        if entry.reason:
            lines.append(f"<p>{esc(entry.reason)}</p>")
    else:
        title = TAKEN_OFF
        lines = [
            f"<p>{esc(entry.reason or '')}</p>",
            f"<p>Снята с публикации {when}.</p>",
        ]
    lines.append(f"<p>{catalogue}</p>")
    # One raw HTML block with no blank line in it: Markdown reads none of the values (a reason is one line).
    block = '<div class="shnor-removed">\n' + "\n".join(lines) + "\n</div>\n"
    return (front_matter(title, description=title, search={"exclude": True}, robots=NOINDEX)
            + f"# {title}\n\n" + block)


def removed_urls(records: Iterable[RemovedRecord]) -> set[str]:
    """The site-relative addresses of the pages (``practices/<id>/``)."""
    return {page_url(practice_page(record.data.id)) for record in records}


_URL = re.compile(r"\s*<url>\s*<loc>([^<]*)</loc>.*?</url>", re.DOTALL)


def without_removed(sitemap: str, site_url: str, urls: set[str]) -> str:
    """MkDocs' sitemap.xml without the pages at old addresses: they say where a practice went, search engines
    need not list them."""
    if not urls:
        return sitemap
    gone = {site_url + url for url in urls}
    return _URL.sub(lambda match: "" if match.group(1) in gone else match.group(0), sitemap)
