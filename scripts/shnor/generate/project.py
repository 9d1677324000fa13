"""``shnor generate``: the project's site as a plain MkDocs project (``shnor.generate``).

The pages are the plugin's own: its ``on_config`` and ``on_files`` run once, as in ``mkdocs build``, and every
file it adds is written out (the generated tables and charts, which the plugin keeps away from Python-Markdown
while it builds, written into the Markdown: ``shnor.site.raw_html``). The docs pages that say
``render_macros: true`` are rendered by mkdocs-macros with the site's macros, and written with what they printed.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from shnor.generate import plain_config
from shnor.site import trusted_html
from shnor.site.mkdocs_internals import MATERIAL_BLOCK_COPIES
from shnor.site.pages.removed_practices import removed_pages
from shnor.site.raw_html import HtmlStore

HOOKS = "hooks"
HOOK_FILE = f"{HOOKS}/shnor_hooks.py"
PAGES = f"{HOOKS}/shnor-pages.json"  # shnor.generate.hooks.PAGES, beside the hook file
MAIN_TEMPLATE = "main.html"
# overrides/main.html's blocks that need the plugin's Jinja globals: made Material's again (the same HTML; the
# navigation is rendered for every page instead of once per folder, and the hooks swap the search worker).
_CONFIG_BLOCK = re.compile(r"\{% block config %\}\{\{ super\(\) \| shnor_search_worker \}\}\{% endblock %\}\n?")
_FRONT_MATTER = re.compile(r"^-{3}[ \t]*\n.*?\n(?:\.{3}|-{3})[ \t]*\n", re.S)  # as MkDocs' meta reader


class GenerateError(Exception):
    """The project could not be written; the message says why, in Russian."""


@dataclass(frozen=True)
class Pages:
    """What ``write_pages`` wrote, and what the hooks need to know of the pages (``shnor-pages.json``)."""

    pages: int
    files: int
    facts: dict
    config: MkDocsConfig


def write_pages(root: Path, docs_out: Path) -> Pages:
    """The docs pages and every page and file the shnor plugin adds, written into ``docs_out``."""
    config = load_config(config_file=str(root / "mkdocs.yml"))
    config.plugins.on_startup(command="build", dirty=False)
    plugin = config.plugins["shnor"]
    macros = next((p for name, p in config.plugins.items() if name.split("/")[-1] == "macros"), None)
    try:
        config = plugin.on_config(config)
        if macros is not None:
            macros.on_config(config)  # returns nothing: its Jinja environment with the site's macros
        files = plugin.on_files(Files([]), config=config)
        plugin.background.wait()  # the workbooks are written by a second process
        shutil.copytree(config.docs_dir, docs_out, dirs_exist_ok=True)
        if macros is not None:
            _render_macros(docs_out, config, macros, plugin.build.html)
        pages = 0
        for file in files:
            target = docs_out / file.src_uri
            target.parent.mkdir(parents=True, exist_ok=True)
            content = file.content_bytes  # generated content, or the copied file (a material)
            if file.src_uri.endswith(".md"):
                content = plugin.build.html.expand(content.decode("utf-8"), consume=False).encode("utf-8")
                pages += 1
            target.write_bytes(content)
        ctx = plugin.context
        facts = {
            "site_url": ctx.site_url,
            "untrusted": sorted(plugin.untrusted),
            # in the plugin's order: MkDocs renders the pages, lists them in sitemap.xml and the feeds break their
            # ties in the order of its files, the project's own first, then the plugin's as it added them
            "generated": [f.src_uri for f in files if f.src_uri.endswith(".md")],
            "edit_urls": {src: ctx.hosting.edit(path) for src, path in sorted(plugin.edit_paths.items())}
            if ctx.repo_url else {},
            "event_posts": sorted(plugin.event_posts),
            "removed_urls": sorted(removed_pages.removed_urls(ctx.repo.removed)),
            # the sealed blocks' key (shnor.site.trusted_html): the hooks unseal the generated blocks with it; a
            # contributor's text, written before any build, cannot know it. hooks/ is not published.
            "seal_key": trusted_html.process_key().hex(),
        }
    finally:
        plugin.on_shutdown()
    return Pages(pages, len(files), facts, config)


def _render_macros(docs: Path, config: MkDocsConfig, macros, store: HtmlStore) -> None:
    """Each docs page that says ``render_macros: true``, with what its macros print written in (its front matter
    as it was)."""
    for path in sorted(docs.rglob("*.md")):
        rel = path.relative_to(docs).as_posix()
        file = File(rel, src_dir=str(docs), dest_dir=config.site_dir, use_directory_urls=config.use_directory_urls)
        page = Page(None, file, config)
        page.read_source(config)
        if page.meta.get("render_macros") is not True:
            continue
        text = path.read_text(encoding="utf-8-sig")
        head = _FRONT_MATTER.match(text)
        markdown = macros.on_page_markdown(page.markdown, page=page, config=config, files=Files([]))
        markdown = store.expand(markdown, consume=False)
        path.write_text((head.group(0) if head else "") + markdown, encoding="utf-8")


def plain_overrides(text: str) -> str:
    """``overrides/main.html`` without the plugin's Jinja globals (see ``_CONFIG_BLOCK``)."""
    for block in ("tabs", "site_nav"):
        for ours, materials in MATERIAL_BLOCK_COPIES[block]:
            if text.count(ours) != 1:
                raise GenerateError(f"В overrides/{MAIN_TEMPLATE} не найден блок {block} в том виде, который "
                                    f"ожидает shnor generate: {ours}")
            text = text.replace(ours, materials)
    text, count = _CONFIG_BLOCK.subn("", text)
    if count != 1:
        raise GenerateError(f"В overrides/{MAIN_TEMPLATE} не найден блок config с фильтром shnor_search_worker.")
    return text


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _prepare(out: Path, root: Path) -> None:
    out, root = out.resolve(), root.resolve()
    if _inside(root, out) or _inside(out, root / "docs"):
        raise GenerateError(f"Папка {out} не подходит: она не должна содержать проект или лежать в его docs/.")
    if out.exists() and any(out.iterdir()):
        if not (out / PAGES).is_file():
            raise GenerateError(f"Папка {out} не пуста и не похожа на результат shnor generate: укажите пустую "
                                "или новую папку.")
        shutil.rmtree(out)  # the previous generated project: written anew


def generate_project(root: Path, out: Path) -> Pages:
    """``root``'s site as a plain project in ``out`` (replaced when it holds an earlier generated project)."""
    _prepare(out, root)
    out.mkdir(parents=True, exist_ok=True)
    config_text = (root / "mkdocs.yml").read_text(encoding="utf-8")
    docs_rel = os.path.relpath(load_config(config_file=str(root / "mkdocs.yml")).docs_dir, root)
    written = write_pages(root, out / docs_rel)
    config = written.config
    custom_dir = config.theme.custom_dir
    if custom_dir:
        overrides = out / os.path.relpath(custom_dir, root)
        shutil.copytree(custom_dir, overrides)
        main = overrides / MAIN_TEMPLATE
        if main.is_file():
            main.write_text(plain_overrides(main.read_text(encoding="utf-8")), encoding="utf-8")
    (out / HOOKS).mkdir(exist_ok=True)
    shutil.copy(Path(__file__).with_name("hooks.py"), out / HOOK_FILE)
    (out / PAGES).write_text(json.dumps(written.facts, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    try:
        text = plain_config.plain_config(config_text, site_url=config.site_url, edit_uri=config.edit_uri,
                                         hooks=[HOOK_FILE])
    except plain_config.ConfigTextError as error:
        raise GenerateError(str(error)) from None
    (out / "mkdocs.yml").write_text(text, encoding="utf-8")
    return written
