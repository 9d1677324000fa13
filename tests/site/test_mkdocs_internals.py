"""What the plugin relies on beyond MkDocs' and Material's plugin API (shnor.site.mkdocs_internals), checked against
the installed packages: an upgrade that changes any of it fails here, by name, before a page goes wrong."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import material
import mkdocs.commands.build
import pytest
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.livereload import LiveReloadServer
from mkdocs.structure.files import File, InclusionLevel

from shnor.site.mkdocs_internals import MATERIAL_BLOCK_COPIES, DeferredFile, UnchangedFile, scheduled_on
from tests.conftest import REPO


def _config(tmp_path: Path) -> MkDocsConfig:
    (tmp_path / "docs").mkdir(exist_ok=True)
    config = MkDocsConfig()
    config.load_dict({"site_name": "x", "docs_dir": str(tmp_path / "docs"), "site_dir": str(tmp_path / "site")})
    errors, _ = config.validate()
    assert not errors
    config.plugins.on_startup(command="build", dirty=False)  # as a build starts: File.generated reads the plugin
    return config


def test_a_generated_file_keeps_its_markdown_in_content_behind_two_properties(tmp_path: Path):
    file = File.generated(_config(tmp_path), "a.md", content="# A")
    assert file._content == "# A"
    for name in ("content_string", "content_bytes"):
        prop = inspect.getattr_static(File, name)
        assert isinstance(prop, property) and prop.fget and prop.fset, name


def test_a_deferred_page_is_made_once_when_mkdocs_first_reads_it(tmp_path: Path):
    made = []

    def make() -> str:
        made.append(1)
        return "# Сделано"

    file = DeferredFile.deferred(_config(tmp_path), "b.md", make, InclusionLevel.UNDEFINED)
    assert made == []
    assert file.content_string == "# Сделано" and file.content_bytes == "# Сделано".encode()
    assert made == [1]
    file.content_string = "# Заменено"  # a plugin after us sets the Markdown: the maker is dropped
    assert file.content_string == "# Заменено" and made == [1]


def test_dirty_mode_asks_each_file_whether_it_is_modified(tmp_path: Path):
    assert ".is_modified()" in inspect.getsource(mkdocs.commands.build)
    assert File.generated(_config(tmp_path), "c.md", content="x").is_modified()  # why UnchangedFile exists
    unchanged = UnchangedFile("c.md", str(tmp_path), str(tmp_path / "site"), use_directory_urls=True)
    assert unchanged.is_modified() is False


def test_the_live_reload_server_schedules_its_watches_on_its_observer(tmp_path: Path):
    class Recorder:
        def __init__(self) -> None:
            self.scheduled: list[str] = []

        def schedule(self, handler, path, **options):
            self.scheduled.append(path)

    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path))
    try:
        own, recorder = server.observer, Recorder()
        with scheduled_on(server, recorder):
            server.watch(str(tmp_path))
        assert recorder.scheduled == [str(tmp_path)]
        assert server.observer is own
    finally:
        server.server_close()


def _block(template: str, name: str) -> str:
    """The text of ``{% block name %}…{% endblock %}``, whitespace folded (blocks of base.html do not nest these)."""
    match = re.search(r"{%\s*block " + name + r"\s*%}(.*?){%\s*endblock\s*%}", template, flags=re.DOTALL)
    assert match, f"no block {name}"
    return " ".join(match.group(1).split())


@pytest.mark.parametrize("name", sorted(MATERIAL_BLOCK_COPIES))
def test_each_copied_block_of_materials_base_template_is_materials_own_but_for_our_changes(name):
    base = (Path(material.__file__).parent / "templates" / "base.html").read_text(encoding="utf-8")
    ours = _block((REPO / "overrides" / "main.html").read_text(encoding="utf-8"), name)
    for mine, theirs in MATERIAL_BLOCK_COPIES[name]:
        assert mine in ours, f"overrides/main.html: block {name} no longer writes {mine!r}"
        ours = ours.replace(mine, theirs)
    assert ours == _block(base, name), f"Material's block {name} changed: update overrides/main.html from it"


@pytest.mark.parametrize("template", ["base.html", "blog-post.html"])
def test_materials_article_tag_is_where_pagefind_marks_the_indexed_body(template):
    # shnor.site.pagefind_marks.body finds the article by its exact opening in the finished page.
    from shnor.site.pagefind_marks import _ARTICLE

    text = (Path(material.__file__).parent / "templates" / template).read_text(encoding="utf-8")
    assert text.count(_ARTICLE) == 1, f"Material's {template} no longer opens its article with {_ARTICLE!r}"
