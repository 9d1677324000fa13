"""The Content-Security-Policy meta (shnor.site.csp): the hashes of a page's own inline scripts, nothing that lets an
injected event handler, script or foreign host through."""

from __future__ import annotations

import base64
import hashlib
import re

from shnor.site.csp import ThemeScripts, with_policy
from tests.conftest import REPO

FIRST = 'var palette=__md_get("__palette");'
SECOND = '\n    (function () { document.documentElement.setAttribute("data-x", "1"); })();\n  '
JSON = '{"base": "..", "features": []}'
PAGE = f"""<!doctype html>
<html lang="ru">
  <head>
    <title>Страница</title>
    <script>{FIRST}</script>
    <script type="application/json" id="__config">{JSON}</script>
  </head>
  <body>
    <script>{SECOND}</script>
    <img src="x" onerror="alert(1)">
    <script src="assets/javascripts/bundle.js"></script>
  </body>
</html>
"""


def by_hand(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def directives(html: str) -> dict[str, list[str]]:
    content = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', html).group(1)
    return {name: sources for name, *sources in (part.split() for part in content.split(";"))}


def test_the_meta_comes_first_in_head_with_the_hashes_of_exactly_the_two_inline_scripts():
    html = with_policy(PAGE)
    head = html.split("<head>", 1)[1]
    assert head.lstrip().startswith('<meta http-equiv="Content-Security-Policy"')
    assert html.count("Content-Security-Policy") == 1
    # The hashes of the two scripts, not the JSON's.
    assert directives(html)["script-src"] == ["'self'", "'wasm-unsafe-eval'", by_hand(FIRST), by_hand(SECOND)]
    assert html.replace(re.search(r"\n\s*<meta http-equiv[^>]*>", html).group(0), "", 1) == PAGE


def test_an_inline_event_handler_or_javascript_url_is_not_allowed():
    policy = directives(with_policy(PAGE))
    script = policy["script-src"]
    assert "'unsafe-inline'" not in script and "'unsafe-hashes'" not in script and "'unsafe-eval'" not in script
    # WebAssembly only (Pagefind's search), never eval() of JavaScript: the one keyword beside 'self' and the hashes.
    assert [s for s in script if not s.startswith("'sha256-")] == ["'self'", "'wasm-unsafe-eval'"]
    assert not any(source.startswith(("http", "*", "data:", "blob:")) for source in script)
    assert policy["default-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]
    assert policy["form-action"] == ["'self'"]
    assert "'unsafe-inline'" not in policy["style-src"]


def test_the_meta_goes_after_the_charset_declaration():
    html = with_policy('<html><head>\n    <meta charset="utf-8">\n    <title>x</title></head><body></body></html>')
    assert html.startswith('<html><head>\n    <meta charset="utf-8">\n    <meta http-equiv="Content-Security-Policy"')


def test_scripts_the_theme_does_not_make_get_no_hash_and_are_reported():
    own = ThemeScripts(['__md_scope=new URL("{{ config.extra.scope | d(base_url) }}",location)', FIRST])
    injected = "alert(document.cookie)"
    breakout = '__md_scope=new URL("",alert(1),"",location)'  # a value that leaves the string literal
    page = PAGE.replace(SECOND, '__md_scope=new URL("../..",location)').replace(
        "</body>", f"<script>{injected}</script><script>{breakout}</script></body>")
    told: list[str] = []
    script = directives(with_policy(page, own, unknown=told.append))["script-src"]
    assert script == ["'self'", "'wasm-unsafe-eval'", by_hand(FIRST), by_hand('__md_scope=new URL("../..",location)')]
    assert told == [injected, breakout]


def test_every_inline_script_of_the_theme_is_known():
    # Material's own scripts (partials/javascripts/*.html, with the page's base URL in one) and ours.
    from material import templates

    own = ThemeScripts.of_theme([REPO / "overrides", templates.__path__[0]])
    assert own('__md_scope=new URL("../..",location),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),'
               '__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e)),'
               '__md_set=(e,_,t=localStorage,a=__md_scope)=>{try{t.setItem(a.pathname+"."+e,JSON.stringify(_))}'
               "catch(e){}}")
    overrides = (REPO / "overrides" / "main.html").read_text(encoding="utf-8")
    ours = re.search(r"<script>(.*?)</script>", overrides, re.S).group(1)
    assert own(ours)
    assert not own("alert(1)")
