"""Where every generated page lives, and links between them.

Raw HTML in Markdown is not rewritten by MkDocs, so generated HTML links are computed here, relative to the
page they appear on, for ``use_directory_urls: true`` (the MkDocs default this site uses).
"""

from __future__ import annotations

import datetime as dt
import posixpath

# The sections' own pages.
PRACTICES = "practices/index.md"
SCHOOLS = "schools/index.md"
DOCUMENTS = "documents/index.md"
EVENTS = "events/index.md"
PARTNERSHIPS = "partnerships/index.md"
PROGRAMMES = "programmes/index.md"
PEOPLE = "people/index.md"
MONITORING = "monitoring/index.md"
IDENTIFICATION = "monitoring/identification.md"
ROADMAP = "monitoring/roadmap.md"
VPR = "monitoring/vpr.md"
REPLICATION = "monitoring/replication.md"  # «Тиражирование»: which practices spread where
ADOPT = "adopt.md"  # «Хочу внедрить у себя»: the request form


def page_url(docs_path: str) -> str:
    """``practices/x.md`` -> ``practices/x/``, ``practices/index.md`` -> ``practices/``, files stay as they are."""
    if not docs_path.endswith(".md"):
        return docs_path
    stem = docs_path[: -len(".md")]
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


def relative(from_docs_path: str, to_docs_path: str) -> str:
    """The href from the page ``from_docs_path`` to the page or file ``to_docs_path``."""
    here = page_url(from_docs_path)
    here_dir = here if here.endswith("/") or not here else posixpath.dirname(here)
    target = page_url(to_docs_path)
    rel = posixpath.relpath(target or ".", here_dir or ".")
    if target.endswith("/") or not target:
        rel = rel.rstrip("/") + "/" if rel != "." else "./"
    return rel


def practice_page(practice_id: str) -> str:
    return f"practices/{practice_id}.md"


def embed_page(practice_id: str) -> str:
    """A practice's card for other sites' iframes: plain HTML, no theme (shnor.site.pages.practices.embed_cards)."""
    return f"embed/practices/{practice_id}/index.html"


def school_page(school_id: str) -> str:
    return f"schools/{school_id}.md"


def school_vpr(school_id: str) -> str:
    return f"schools/{school_id}/vpr.md"


def catalogue_page(number: int) -> str:
    """Page ``number`` of the catalogue's complete list (1 is the catalogue itself)."""
    return PRACTICES if number == 1 else f"practices/page/{number}.md"


def document_page(document_id: str) -> str:
    return f"documents/{document_id}.md"


def partnership_page(partnership_id: str) -> str:
    return f"partnerships/{partnership_id}.md"


def programme_page(programme_id: str) -> str:
    return f"programmes/{programme_id}.md"


def post_page(event_id: str) -> str:
    """An announcement, written as a post of the blog plugin."""
    return f"blog/posts/{event_id}.md"


def ics_file(event_id: str) -> str:
    return f"events/{event_id}.ics"


def month_page(month: dt.date) -> str:
    return f"events/{month:%Y-%m}.md"
