"""MkDocs hooks of a project written by ``shnor generate``: what the shnor plugin does to the rendered pages, for a
plain build (``mkdocs build``, ``properdocs build``; ``hooks:`` is stock MkDocs). ``shnor generate`` copies this
file to ``hooks/shnor_hooks.py`` of the generated project, beside ``shnor-pages.json``, what it knows of the pages.

The pages themselves (Markdown, front matter, the macros' output, the tables and charts) are in ``docs/``; these
hooks only finish the HTML, with the very functions the plugin calls (the shnor package must be installed):

* the front matter's title and description escaped for the theme (``shnor.site.theme_text``), every page left out
  of Material's own search index (Pagefind's is the site's), Material's lunr files not shipped;
* the pages that carry contributors' text sanitized (``shnor.site.sanitize``; the generated blocks sealed past the
  sanitizer, a practice's card and facets, unsealed with the key they were sealed with, from ``shnor-pages.json``:
  ``hooks/`` is never published), the search marks put in
  (``shnor.site.pagefind_marks``), «Редактировать» pointed at the record or taken off a generated page;
* the feed links out of reach of the theme's language switch, Material's search worker swapped for Pagefind's, the
  Content-Security-Policy ``<meta>`` (``shnor.site.csp``), the pages at old addresses left out of sitemap.xml;
* after the build, Material's index reduced to its config and the Pagefind index made (``shnor.site.pagefind_index``).

The priorities are the plugin's; the two hooks at 50 run where the plugin ran among the plugins (before the blog's
and the feeds' own handlers of the same event).
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from shnor.site import csp, feed_links, pagefind_index, pagefind_marks, trusted_html
from shnor.site.pages.removed_practices import removed_pages
from shnor.site.plugin import _LUNR_FILES, _WORKER, SEARCH_WORKER
from shnor.site.sanitize import sanitize
from shnor.site.search_index import config_only
from shnor.site.search_trim import excluded_page
from shnor.site.theme_text import escape_meta

log = logging.getLogger("mkdocs.hooks.shnor")
PAGES = "shnor-pages.json"
_facts = json.loads(Path(__file__).with_name(PAGES).read_text(encoding="utf-8"))
_untrusted = frozenset(_facts["untrusted"])
_order = {src_uri: n for n, src_uri in enumerate(_facts["generated"])}
_edit_urls: dict[str, str] = _facts["edit_urls"]
_event_posts = frozenset(_facts["event_posts"])
_search_kinds: dict[str, str] = {}
trusted_html.use_key(bytes.fromhex(_facts["seal_key"]))  # the key the generated pages' blocks were sealed with
_state: dict[str, object] = {"serving": False, "theme_scripts": None}


def on_startup(command: str, dirty: bool) -> None:
    _state["serving"] = command == "serve"


@event_priority(100)  # before the blog reads its posts: posts of one date are listed in the order of the files
def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Without Material's lunr files; the generated pages after the project's own, in the plugin's order."""
    _search_kinds.clear()
    kept = [f for f in files if not _LUNR_FILES.fullmatch(f.src_uri)]
    own = [f for f in kept if f.src_uri not in _order]
    generated = sorted((f for f in kept if f.src_uri in _order), key=lambda f: _order[f.src_uri])
    return Files(own + generated)


@event_priority(100)
def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    escape_meta(page)
    search = page.meta.get("search") or {}
    src_uri = page.file.src_uri
    if not search.get("exclude") and not excluded_page(src_uri):
        _search_kinds[src_uri] = pagefind_marks.page_kind(src_uri, _event_posts)
    page.meta["search"] = {**search, "exclude": True}
    return markdown


@event_priority(50)
def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    src_uri = page.file.src_uri
    if src_uri in _untrusted:
        html = sanitize(html)
    if src_uri in _search_kinds:
        html = pagefind_marks.content(html, src_uri)
    return html


@event_priority(50)
def on_page_context(context, page: Page, config: MkDocsConfig, nav):
    src_uri = page.file.src_uri
    if src_uri in _edit_urls:
        page.edit_url = _edit_urls[src_uri]
    elif src_uri in _order or page.file.generated_by:
        page.edit_url = None  # generated from data (or by the blog): there is no page file to edit
    return context


def _search_worker(output: str) -> str:
    swapped, count = _WORKER.subn(rf'\g<1>\g<2>{SEARCH_WORKER}"', output)
    if count != 1:
        raise PluginError("Не найден адрес поискового обработчика Material в блоке config страницы: "
                          "изменилась версия темы?")
    return swapped


def _with_policy(output: str, where: str, config: MkDocsConfig) -> str:
    if _state["serving"]:
        return output
    if _state["theme_scripts"] is None:
        _state["theme_scripts"] = csp.ThemeScripts.of_theme(config.theme.dirs)
    return csp.with_policy(output, _state["theme_scripts"], unknown=lambda script: log.warning(  # type: ignore[arg-type]
        "%s: an inline script the theme does not make, blocked by the Content-Security-Policy: %.80r",
        where, script.strip()))


@event_priority(-100)
def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    kind = _search_kinds.get(page.file.src_uri)
    if kind is not None:
        output = pagefind_marks.body(output, kind)
    output = _search_worker(feed_links.unmatched_by_theme(output))
    return _with_policy(output, page.file.src_uri, config)


@event_priority(-100)
def on_post_template(output: str, template_name: str, config: MkDocsConfig) -> str:
    if template_name == "sitemap.xml":
        return removed_pages.without_removed(output, _facts["site_url"], set(_facts["removed_urls"]))
    if not template_name.endswith(".html"):
        return output
    output = _search_worker(feed_links.unmatched_by_theme(output))
    return _with_policy(output, template_name, config)


@event_priority(-100)
def on_post_build(config: MkDocsConfig) -> None:
    site = Path(config.site_dir)
    config_only(site)
    if _state["serving"]:
        return
    try:
        indexed = pagefind_index.build_index(site)
    except pagefind_index.PagefindError as error:
        raise PluginError(str(error)) from None
    log.debug("Pagefind: %d pages indexed in %.2f s, %d bytes", indexed.pages, indexed.seconds, indexed.bytes)
