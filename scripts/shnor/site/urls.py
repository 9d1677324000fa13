"""Links between generated pages.

Raw HTML in Markdown is not rewritten by MkDocs, so generated HTML links are computed here, relative to the
page they appear on, for ``use_directory_urls: true`` (the MkDocs default this site uses).
"""

from __future__ import annotations

import posixpath


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


def school_page(school_id: str) -> str:
    return f"schools/{school_id}.md"
