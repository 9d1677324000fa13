"""The MkDocs plugin: records in, pages out.

on_config   load and validate every record; any error stops the build with every problem listed
on_files    add the generated pages and files (nothing is written into docs/)
on_page_*   sanitize pages that carry contributors' text; point «Редактировать» at the record itself; mark what
            the search indexes
on_post_build  the search index: Pagefind over the built site (shnor.site.pagefind_index)
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from markupsafe import Markup
from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from watchdog.observers.api import BaseObserver

from shnor import clock
from shnor.contrib.hosts import HostConfigError
from shnor.kinds import watched_folders
from shnor.problems import RecordError
from shnor.records.events import events
from shnor.records.repository import Repository
from shnor.site import csp, feed_links, pagefind_index, pagefind_marks, raw_html
from shnor.site.background import Background
from shnor.site.build_session import BuildSession
from shnor.site.dirty import PageDigests
from shnor.site.generated import GeneratedFile, SiteContext
from shnor.site.kinds import page_generators, school_blocks
from shnor.site.mkdocs_internals import DeferredFile
from shnor.site.monitoring import monitoring_pages
from shnor.site.pages.practices import practice_pages
from shnor.site.pages.removed_practices import removed_pages
from shnor.site.record_watch import watch_records
from shnor.site.records_signature import RecordsSignature
from shnor.site.sanitize import sanitize
from shnor.site.search_index import config_only
from shnor.site.search_synonyms import PUBLISHED, load_synonyms, published
from shnor.site.search_trim import excluded_page
from shnor.site.serve_heap import SessionHeap
from shnor.site.serve_memo import ServeMemo
from shnor.site.site_kind import PageGenerator
from shnor.site.template_cache import SessionBytecodeCache
from shnor.site.theme_text import escape_meta
from shnor.validation.checks import checked, rechecked_texts, validate_repository

log = get_plugin_logger(__name__)

# Material's lunr search, replaced by Pagefind: its worker is not started and its language files are not shipped.
_LUNR_FILES = re.compile(r"assets/javascripts/(lunr/.*|workers/search\.[0-9a-f]+\.min\.js(\.map)?)")
_WORKER = re.compile(r'("search":\s*")([^"]*?)assets/javascripts/workers/search\.[0-9a-f]+\.min\.js"')
SEARCH_WORKER = "assets/javascripts/search-worker.js"  # docs/: Material's worker protocol answered by Pagefind


class ShnorConfig(Config):
    root = config_options.Optional(config_options.Dir(exists=True))  # default: the folder of mkdocs.yml
    # Record folders outside docs/: mkdocs serve rebuilds when any of them changes.
    watch = config_options.ListOfItems(
        config_options.Type(str),
        default=watched_folders(),
    )
    # Watch them by the system's file events; false: by MkDocs' polling (for mounts where events do not arrive).
    watch_native = config_options.Type(bool, default=True)


def _not_built(error: RecordError) -> PluginError:
    return PluginError(
        f"Записи с ошибками — сайт не собран ({len(error.problems)}):\n{error}\n"
        "Проверьте записи командой: shnor validate"
    )


class ShnorPlugin(BasePlugin[ShnorConfig]):
    def __init__(self) -> None:
        self.context: SiteContext | None = None
        self.memo = ServeMemo()  # under serve, the session's: what did not change between rebuilds is kept
        self.build = BuildSession()  # this build's, made anew in on_config
        self.untrusted: set[str] = set()
        self.edit_paths: dict[str, str] = {}
        self.digests = PageDigests()  # `mkdocs serve --dirty`: only changed generated pages are rendered
        self.serving = False
        self.background: Background | None = None
        self.records_signature = RecordsSignature()  # under serve: did any record change but a practice's text
        self.served: tuple[bytes, date, Repository] | None = None  # under serve: the last rebuild's records
        self.record_observer: BaseObserver | None = None
        self.templates = SessionBytecodeCache()  # under serve: the theme's templates compiled once
        self.heap = SessionHeap()  # under serve: what the session keeps, out of the garbage collector's way
        self.theme_scripts: csp.ThemeScripts | None = None  # the inline scripts the policy allows (issue 14)
        self.search_kinds: dict[str, str] = {}  # page src_uri -> its kind, for the pages Pagefind indexes
        self.event_posts: frozenset[str] = frozenset()  # announcements that describe an event
        self.synonyms: list[list[str]] = []  # data/synonyms.yml
        self.indexing = pagefind_index.Background(  # under serve: the search index made after the page is served
            lambda done: log.info("Pagefind: %d pages indexed in %.1f s", done.pages, done.seconds),
            lambda problem: log.error("%s", problem))

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.digests.enabled = command == "serve" and dirty
        self.serving = command == "serve"
        self.memo = ServeMemo(enabled=self.serving)

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.indexing.stop()  # under serve: a rebuild begins, MkDocs may empty the site folder Pagefind writes into
        root = Path(self.config.root or Path(config.config_file_path).parent)
        today = clock.today()
        try:
            repo = checked(self._serve_repository(root, today, config) if self.serving
                           else validate_repository(root, today))
            self.synonyms = load_synonyms(root)
        except RecordError as error:
            raise _not_built(error) from None
        site_url = (config.site_url or "/").rstrip("/") + "/"
        self.build = BuildSession()
        self.context = SiteContext(repo, today, site_url, (config.repo_url or "").rstrip("/"), config,
                                   school_blocks(), self.memo, self.build)
        try:
            hosting = self.context.hosting
        except HostConfigError as error:
            raise PluginError(str(error)) from None
        if hosting.url:  # the theme's «Редактировать» on the docs pages, in the host's own address
            config.edit_uri = hosting.edit_uri(Path(os.path.relpath(config.docs_dir, root)).as_posix())
        self.event_posts = frozenset(record.data.id for record in events(repo))
        return config

    def _serve_repository(self, root: Path, today: date, config: MkDocsConfig) -> Repository:
        """Under serve, while no record changed but practices' texts, the last rebuild's records with only those
        texts checked again (a live edit at region scale: issue 7); otherwise every record validated."""
        watched = [*self.config.watch, str(Path(config.config_file_path).resolve())]
        signature = self.records_signature(root, watched)
        repo = None
        if self.served is not None and self.served[:2] == (signature, today):
            repo = rechecked_texts(self.served[2], self.records_signature.changed)
        if repo is None:
            repo = validate_repository(root, today)
            self.heap.unsettled()
        self.served = (signature, today, repo)
        return repo

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        assert self.context is not None
        self.untrusted.clear()
        self.edit_paths.clear()
        self.search_kinds.clear()
        for file in [f for f in files if _LUNR_FILES.fullmatch(f.src_uri)]:
            files.remove(file)
        files.append(File.generated(config, PUBLISHED, content=published(self.synonyms)))
        root = self.context.repo.paths.root
        self.memo.next_rebuild(root / "data", self.served[0] if self.served else b"")
        if self.serving:  # one for the session: unchanged workbooks are not written again
            self.background = self.background or Background(parallel=False)
            self.background.next_rebuild()
        else:
            self._close_background()
            self.background = Background(parallel=True)
            # Generated tables and charts skip Python-Markdown; on_page_content puts them back. Not under serve:
            # pages remembered from an earlier rebuild must not point into an emptied store.
            raw_html.activate(self.build.html)
            monitoring_pages.start_dashboards(self.context, self.background)
        try:
            for generate in page_generators():
                for item in self._generate(generate):
                    files.append(self._file(item, config))
        except RecordError as error:  # a step that refused a record's file (shnor.records.attached_files)
            raise _not_built(error) from None
        return files

    def _generate(self, generate: PageGenerator) -> Iterable[GeneratedFile]:
        assert self.context is not None
        ctx = self.context
        if not self.serving or generate is practice_pages.generate:  # a practice's page shows its text
            return generate(ctx)
        # Under serve a section is kept while no record but a practice's text changed: a live edit of a practice
        # is served in seconds, not after every school page is made again (region scale, issue 7).
        section = f"{generate.__module__}.{generate.__qualname__}"
        return self.memo.remember(("section", section, ctx.today, ctx.site_url),
                                   lambda: [item.made() for item in generate(ctx)], records=True)

    def _file(self, item: GeneratedFile, config: MkDocsConfig) -> File:
        if item.untrusted:
            self.untrusted.add(item.path)
        if item.edit_path:
            self.edit_paths[item.path] = item.edit_path
        inclusion = InclusionLevel.NOT_IN_NAV if item.path.endswith(".md") else InclusionLevel.UNDEFINED
        if item.source is not None:
            return File.generated(config, item.path, abs_src_path=str(item.source), inclusion=inclusion)
        if item.later is not None:
            assert self.background is not None
            path = self.background.submit(item.path, item.later)
            return File.generated(config, item.path, abs_src_path=str(path), inclusion=inclusion)
        if item.deferred is not None and not self.serving:
            return DeferredFile.deferred(config, item.path, lambda: item.made().content or "", inclusion)
        content = item.made().content or ""
        file_class = self.digests.file_class(item.path, content)
        return file_class.generated(config, item.path, content=content, inclusion=inclusion)

    @event_priority(100)  # first: the blog's excerpts, the search index and the feeds read the title later
    def on_page_markdown(self, markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        escape_meta(page)
        search = page.meta.get("search") or {}
        src_uri = page.file.src_uri
        if not search.get("exclude") and not excluded_page(src_uri):
            self.search_kinds[src_uri] = pagefind_marks.page_kind(src_uri, self.event_posts)
        # Pagefind indexes the built pages; Material's search plugin parses none of them (it only keeps the box).
        page.meta["search"] = {**search, "exclude": True}
        return markdown

    def on_page_content(self, html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        html = self.build.html.expand(html)
        if page.file.src_uri in self.untrusted:
            html = sanitize(html)  # the whole page, generated blocks too: a contributor may have typed a placeholder
        if page.file.src_uri in self.search_kinds:
            html = pagefind_marks.content(html, page.file.src_uri)  # after the sanitizer, which drops such marks
        return html

    def on_page_context(self, context, page: Page, config: MkDocsConfig, nav):
        record = self.edit_paths.get(page.file.src_uri)
        if record and self.context and self.context.repo_url:
            page.edit_url = self.context.hosting.edit(record)
        elif page.file.generated_by:
            page.edit_url = None  # generated from data: there is no page file to edit
        return context

    # Last, after every other plugin's changes to the page. Only in `mkdocs build`: under serve MkDocs injects its
    # live-reload <script> after this hook, with the build's epoch and a timestamp in its text, so no hash can allow
    # it and the policy would stop pages reloading on an edit. Serve is a preview on the author's own machine.
    @event_priority(-100)
    def on_post_page(self, output: str, page: Page, config: MkDocsConfig) -> str:
        kind = self.search_kinds.get(page.file.src_uri)
        if kind is not None:
            output = pagefind_marks.body(output, kind)
        output = feed_links.unmatched_by_theme(output)
        return output if self.serving else self._with_policy(output, page.file.src_uri, config)

    @event_priority(-100)
    def on_post_template(self, output: str, template_name: str, config: MkDocsConfig) -> str:
        if template_name == "sitemap.xml" and self.context is not None:  # MkDocs gzips what this returns
            urls = removed_pages.removed_urls(self.context.repo.removed)
            return removed_pages.without_removed(output, self.context.site_url, urls)
        if self.serving or not template_name.endswith(".html"):  # 404.html; not sitemap.xml
            return output
        output = feed_links.unmatched_by_theme(output)
        return self._with_policy(output, template_name, config)

    def _with_policy(self, output: str, where: str, config: MkDocsConfig) -> str:
        if self.theme_scripts is None:
            self.theme_scripts = csp.ThemeScripts.of_theme(config.theme.dirs)
        return csp.with_policy(output, self.theme_scripts, unknown=lambda script: log.warning(
            "%s: an inline script the theme does not make, blocked by the Content-Security-Policy: %.80r",
            where, script.strip()))

    def on_env(self, env, config: MkDocsConfig, files: Files):
        # Pages are rendered to HTML by now; MkDocs copies the static files next, the workbooks among them.
        if self.background is not None:
            self.background.wait()
        env.globals["shnor_fragment"] = self.build.fragments.fragment  # this build's navigation
        env.filters["shnor_search_worker"] = search_worker
        if self.serving:
            env.bytecode_cache = self.templates
        return env

    def on_build_error(self, error: Exception) -> None:
        self.digests.failed()
        self._close_background()
        raw_html.activate(None)

    def on_shutdown(self) -> None:
        self.indexing.stop()
        self._close_background()
        raw_html.activate(None)
        if self.record_observer is not None:
            self.record_observer.stop()
            self.record_observer.join()
            self.record_observer = None

    def _close_background(self) -> None:
        self.build.dashboards = None
        if self.background is not None:
            self.background.close()
            self.background = None

    @event_priority(-100)  # after Material's search plugin has written its index
    def on_post_build(self, config: MkDocsConfig) -> None:
        raw_html.activate(None)
        self.digests.written()
        if self.serving:
            self.heap.settle()
        else:
            self._close_background()
        site = Path(config.site_dir)
        config_only(site)
        try:
            if self.serving:  # the preview searches too, once Pagefind is done
                self.indexing.start(site)
                return
            indexed = pagefind_index.build_index(site)
        except pagefind_index.PagefindError as error:
            raise PluginError(str(error)) from None
        log.debug("Pagefind: %d pages indexed in %.2f s, %d bytes", indexed.pages, indexed.seconds, indexed.bytes)

    def on_serve(self, server, config: MkDocsConfig, builder):
        root = Path(self.config.root or Path(config.config_file_path).parent)
        folders = [root / name for name in self.config.watch]
        self.record_observer = watch_records(server, folders, native=self.config.watch_native)
        return server


def search_worker(config_block: str) -> Markup:
    """Material's ``config`` block with its search worker replaced by ours (``SEARCH_WORKER``, relative as Material's
    URL was): the header's search box and dropdown stay Material's, the answers come from Pagefind."""
    swapped, count = _WORKER.subn(rf'\g<1>\g<2>{SEARCH_WORKER}"', str(config_block))
    if count != 1:
        raise PluginError("Не найден адрес поискового обработчика Material в блоке config (overrides/main.html): "
                          "изменилась версия темы? / Material's search worker URL was not found in its config block.")
    return Markup(swapped)
