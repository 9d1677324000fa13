"""The generated project's mkdocs.yml and overrides (shnor.generate), from the repository's own: nothing is built."""

from __future__ import annotations

import yaml

from shnor.generate.plain_config import blocks, plain_config
from shnor.generate.project import plain_overrides
from tests.conftest import REPO

TEXT = (REPO / "mkdocs.yml").read_text(encoding="utf-8")


def _plain() -> str:
    return plain_config(TEXT, site_url="https://shnor.example/", edit_uri="edit/main/docs/",
                        hooks=["hooks/shnor_hooks.py"])


def test_the_blocks_are_the_text_cut_at_its_top_level_keys():
    cut = blocks(TEXT)
    assert "".join(text for _, text in cut) == TEXT
    keys = [key for key, _ in cut if key]
    assert keys[:3] == ["site_name", "site_description", "site_url"]
    assert {"theme", "plugins", "markdown_extensions", "extra", "nav", "not_in_nav"} <= set(keys)


def test_the_plain_config_has_the_other_plugins_and_no_shnor_nor_macros():
    config, own = yaml.load(_plain(), Loader=_Loader), yaml.load(TEXT, Loader=_Loader)
    names = [p if isinstance(p, str) else next(iter(p)) for p in config["plugins"]]
    assert names == ["search", "blog", "rss"]
    assert config["plugins"][1]["blog"]["post_url_format"] == "{slug}"
    assert config["site_url"] == "https://shnor.example/"  # written in: the pages were generated for it
    assert config["edit_uri"] == "edit/main/docs/"
    assert config["hooks"] == ["hooks/shnor_hooks.py"]
    assert config["theme"]["custom_dir"] == "overrides"
    for key in ("theme", "markdown_extensions", "extra", "nav", "not_in_nav", "extra_css", "extra_javascript"):
        assert config[key] == own[key], key


def test_the_other_keys_are_copied_as_written():
    plain = _plain()
    assert "slugify: !!python/object/apply:pymdownx.slugs.slugify {kwds: {case: lower}}" in plain
    assert "!ENV" not in plain
    for key, text in blocks(TEXT):
        if key in {"theme", "markdown_extensions", "extra", "extra_css", "extra_javascript", "nav", "not_in_nav"}:
            assert text.strip() in plain


def test_the_overrides_need_no_plugin():
    main = plain_overrides((REPO / "overrides" / "main.html").read_text(encoding="utf-8"))
    assert "shnor_fragment" not in main and "shnor_search_worker" not in main
    assert '{% include "partials/tabs.html" %}' in main and '{% include "partials/nav.html" %}' in main
    assert "{% block htmltitle %}" in main and 'localStorage.getItem("shnor-a11y")' in main


class _Loader(yaml.SafeLoader):
    """mkdocs.yml's tags read as their names: the slugify function, the environment variable."""


_Loader.add_multi_constructor("tag:yaml.org,2002:python/object/apply:", lambda loader, suffix, node: suffix)
_Loader.add_constructor("!ENV", lambda loader, node: "!ENV")
