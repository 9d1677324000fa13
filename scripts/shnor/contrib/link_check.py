"""The links of the pages a pull request adds or changes, in the built site: every link and image of the page's
article must lead to a file of the site, and an anchor to an element of its page; links to other hosts are tried
only when asked (``--external``: the records check on GitHub has the network, this machine does not). A broken
link is reported at the record's line that writes it, so the annotation lands where the teacher fixes it."""

from __future__ import annotations

import posixpath
import urllib.error
import urllib.request
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from shnor.contrib.changed_pages import ChangedPage
from shnor.problems import Problem

BASE = "http://site.invalid/"  # the site's root, to resolve relative links against
CHECKED_ATTRIBUTES = {"a": "href", "img": "src"}
NOT_CHECKED_SCHEMES = {"mailto", "tel"}


class _PageLinks(HTMLParser):
    """The links inside the page's <article> (the theme's header and menus are the build's, not the record's) and
    every id of the page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()
        self._article_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"] or "")
        if tag == "article":
            self._article_depth += 1
        elif self._article_depth and tag in CHECKED_ATTRIBUTES and values.get(CHECKED_ATTRIBUTES[tag]):
            self.links.append(values[CHECKED_ATTRIBUTES[tag]] or "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "article" and self._article_depth:
            self._article_depth -= 1


def _parse(path: Path) -> _PageLinks:
    parser = _PageLinks()
    parser.feed(path.read_text(encoding="utf-8", errors="replace"))
    return parser


def site_file(site: Path, url_path: str) -> Path | None:
    """The file the site serves for ``url_path`` (without the leading /), as a static host does."""
    rel = unquote(url_path).lstrip("/")
    if ".." in posixpath.normpath(rel or ".").split("/"):
        return None
    target = site / rel
    if target.is_file():
        return target
    if (target / "index.html").is_file():
        return target / "index.html"
    return None


def external_status(url: str, timeout: float = 15.0) -> str:
    """"" when ``url`` answers, else what went wrong (in Russian). HEAD first; some hosts only answer GET."""
    for method in ("HEAD", "GET"):
        request = urllib.request.Request(url, method=method, headers={"User-Agent": "shnor-link-check"})
        try:
            with urllib.request.urlopen(request, timeout=timeout):
                return ""
        except urllib.error.HTTPError as error:
            if method == "HEAD" and error.code in {403, 405, 501}:
                continue
            return f"сервер ответил {error.code}"
        except (urllib.error.URLError, TimeoutError, OSError) as error:
            return f"адрес недоступен ({getattr(error, 'reason', error)})"
    return "сервер не отвечает на запрос страницы"


def _record_lines(root: Path, source: str) -> list[str]:
    try:
        return (root / source).read_text(encoding="utf-8").splitlines()
    except OSError:
        return []  # the record is gone


def _line_of(lines: list[str], link: str) -> int:
    """The first of the record's ``lines`` that writes the link (or its path without the anchor); 1 when none does
    (the page made it from a field, or the record is gone)."""
    wanted = [link, unquote(link), urlsplit(link).path] if link else []
    for number, line in enumerate(lines, start=1):
        if any(part and part in line for part in wanted):
            return number
    return 1


def check_page(
    root: Path, site: Path, page: ChangedPage, external: Callable[[str], str] | None = None
) -> list[Problem]:
    """The problems of the links on ``page`` of the built ``site``; ``external``: how to try another host's link
    (None: not tried)."""
    here = site_file(site, page.url)
    if here is None:
        return [Problem(page.source, 1, "", f"страницы {page.url} нет в собранном сайте", rule="links")]
    parsed = _parse(here)
    ids = {here: parsed.ids}  # of each page an anchor points into, each page read once

    def ids_of(target: Path) -> set[str]:
        if target not in ids:
            ids[target] = _parse(target).ids
        return ids[target]

    found = [(link, _problem(site, page.url, ids_of, link, external)) for link in dict.fromkeys(parsed.links)]
    broken = [(link, problem) for link, problem in found if problem]
    lines = _record_lines(root, page.source) if broken else []
    return [Problem(page.source, _line_of(lines, link), "", message, severity, "links")
            for link, (message, severity) in broken]


def _problem(site: Path, url: str, ids_of: Callable[[Path], set[str]], link: str,
             external: Callable[[str], str] | None) -> tuple[str, str] | None:
    """(message, severity) of a broken link on the page at ``url``; None when it leads somewhere. Another host's
    failure is a warning: the host may be down for an hour, the record is not wrong for that."""
    address = urljoin(BASE + url, link.strip())
    parts = urlsplit(address)
    if parts.scheme in NOT_CHECKED_SCHEMES:
        return None
    if parts.scheme not in {"http", "https"}:
        return f"ссылка «{link}» на странице {url}: такой адрес не открыть в браузере", "error"
    if parts.netloc != urlsplit(BASE).netloc:
        why = external(address) if external else ""
        return (f"внешняя ссылка «{link}» на странице {url}: {why}", "warning") if why else None
    where = parts.path.lstrip("/") or "/"
    target = site_file(site, parts.path)
    if target is None:
        return f"ссылка «{link}» на странице {url} ведёт на {where}: такой страницы или файла на сайте нет", "error"
    anchor = unquote(parts.fragment)
    if anchor and target.suffix == ".html" and anchor not in ids_of(target):
        return f"ссылка «{link}» на странице {url}: на странице {where} нет места «#{anchor}»", "error"
    return None


def check_pages(root: Path, site: Path, pages: list[ChangedPage], *, external: bool = False) -> list[Problem]:
    return sorted(p for page in pages for p in check_page(root, site, page, external_status if external else None))
