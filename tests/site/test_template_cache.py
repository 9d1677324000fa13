"""Under `mkdocs serve` the theme's templates are compiled once per session (shnor.site.template_cache): MkDocs makes
a new Jinja environment for every rebuild, and an edited template must still be compiled again."""

from __future__ import annotations

import pytest
from jinja2 import DictLoader, Environment

from shnor.site.template_cache import SessionBytecodeCache


def _not_compiled(*args, **kwargs):
    pytest.fail("compiled again although the session has it")


def test_a_template_is_compiled_once_per_session_and_again_once_edited():
    cache = SessionBytecodeCache()
    templates = {"main.html": "Здравствуйте, {{ name }}!"}
    first = Environment(loader=DictLoader(templates), bytecode_cache=cache)
    assert first.get_template("main.html").render(name="коллеги") == "Здравствуйте, коллеги!"

    rebuild = Environment(loader=DictLoader(templates), bytecode_cache=cache)  # the next rebuild's environment
    rebuild.compile = _not_compiled
    assert rebuild.get_template("main.html").render(name="учителя") == "Здравствуйте, учителя!"

    templates["main.html"] = "Добрый день, {{ name }}!"  # an override edited during the session
    edited = Environment(loader=DictLoader(templates), bytecode_cache=cache)
    assert edited.get_template("main.html").render(name="коллеги") == "Добрый день, коллеги!"
