"""Compare two built sites page for page: ``python tools/compare_sites.py BEFORE AFTER``.

A redesign must leave the demo site as it was (issue 16). Build it before and after (``mkdocs build -d DIR`` with
``SHNOR_TODAY`` pinned) and run this: it lists the files only one site has, the files that differ, and for the first
differing pages the first lines that differ, then exits 1 if anything differs.

What a build writes anew every time is left out of the comparison, each for its reason:

* the build time in the feeds: ``lastBuildDate`` and the channel's ``pubDate``, and in the feeds of updates every
  item's date, and every item's ``date_modified`` in the JSON feeds (mkdocs-rss-plugin dates a generated post's
  update at the build), and the compressed sitemap (gzip
  stores the time it was made);
* the time stamps inside the workbooks (``.xlsx`` are zip files: each member's date, ``docProps/core.xml``): the
  workbooks are compared member by member;
* Pagefind's files, whose names carry a hash of their content: the index is compared by what it holds instead
  (every page's URL, text, metadata and filters, from its fragments).
"""

from __future__ import annotations

import difflib
import re
import sys
import zipfile
from pathlib import Path

from shnor.site.pagefind_index import read_fragments

# The channel's pubDate, written just before lastBuildDate, is the build time too (the items' dates are the records').
BUILD_TIME = re.compile(rb"(?:<pubDate>[^<]*</pubDate>\s*)?<lastBuildDate>[^<]*</lastBuildDate>")
SKIPPED = {"sitemap.xml.gz"}
PAGEFIND = "pagefind"  # shnor.site.pagefind_index.OUTPUT


def _files(site: Path) -> dict[str, Path]:
    return {
        p.relative_to(site).as_posix(): p
        for p in site.rglob("*")
        if p.is_file() and p.name not in SKIPPED and p.relative_to(site).parts[0] != PAGEFIND
    }


MODIFIED_AT = re.compile(rb'"date_modified": "[^"]*"')
UPDATED_AT = re.compile(rb"<pubDate>[^<]*</pubDate>")


def _content(path: Path) -> bytes:
    if path.suffix == ".xlsx":
        with zipfile.ZipFile(path) as book:
            return b"".join(name.encode() + book.read(name) for name in sorted(book.namelist())
                            if name != "docProps/core.xml")  # fmt: skip
    raw = BUILD_TIME.sub(b"", path.read_bytes())
    if path.name.startswith("feed_"):
        raw = MODIFIED_AT.sub(b"", raw)
        if "_updated" in path.name:
            raw = UPDATED_AT.sub(b"", raw)
    return raw


def _index(site: Path) -> dict[str, dict]:
    """Pagefind's pages, as a search finds and shows them."""
    return {url: {k: fragment.get(k) for k in ("content", "meta", "filters", "anchors")}
            for url, fragment in read_fragments(site).items()}  # fmt: skip


def compare(before: Path, after: Path, shown: int = 5) -> list[str]:
    """The differences, one line each (and a few lines of diff for the first pages); empty when the same."""
    out: list[str] = []
    old, new = _files(before), _files(after)
    out += [f"only before: {rel}" for rel in sorted(old.keys() - new.keys())]
    out += [f"only after: {rel}" for rel in sorted(new.keys() - old.keys())]
    differing = [rel for rel in sorted(old.keys() & new.keys()) if _content(old[rel]) != _content(new[rel])]
    for index, rel in enumerate(differing):
        out.append(f"differs: {rel}")
        if index < shown and rel.endswith((".html", ".xml", ".json", ".md", ".csv", ".ics", ".svg", ".txt")):
            a = _content(old[rel]).decode("utf-8", "replace").splitlines()
            b = _content(new[rel]).decode("utf-8", "replace").splitlines()
            diff = list(difflib.unified_diff(a, b, "before", "after", n=0, lineterm=""))[2:12]
            out += [f"    {line[:200]}" for line in diff]
    index_before, index_after = _index(before), _index(after)
    out += [f"search index: only before: {url}" for url in sorted(index_before.keys() - index_after.keys())]
    out += [f"search index: only after: {url}" for url in sorted(index_after.keys() - index_before.keys())]
    out += [f"search index: differs: {url}" for url in sorted(index_before.keys() & index_after.keys())
            if index_before[url] != index_after[url]]  # fmt: skip
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.split("\n\n")[0], file=sys.stderr)
        return 2
    before, after = Path(argv[0]), Path(argv[1])
    differences = compare(before, after)
    for line in differences:
        print(line)
    pages = sum(1 for _ in after.rglob("*.html"))
    print(f"{pages} pages compared: " + (f"{len(differences)} differences" if differences else "the same"),
          file=sys.stderr)  # fmt: skip
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
