"""School dashboards made by the second process while MkDocs reads the practice pages (a plain ``mkdocs build``).

A dashboard is a dozen small pandas steps, ~17 ms per school: with 1,000 schools the largest cost the build had
beyond bare mkdocs-material (benchmark, issue 7), all of it on one core while the other waited. ``start`` hands the
work to shnor.site.background's worker, forked with the records this build loaded; the school pages are deferred
(``GeneratedFile.deferred``), so MkDocs asks for them after the thousands of practice pages, by when the worker has
sent back every dashboard and the HTML blocks it kept (shnor.site.raw_html). Under serve nothing is started: the
dashboards are made in the process and remembered between rebuilds (shnor.site.serve_memo).
"""

from __future__ import annotations

from collections.abc import Callable

from shnor.records.schools import School
from shnor.site import raw_html
from shnor.site.background import Background
from shnor.site.generated import SiteContext

Make = Callable[[School, SiteContext], str]

_ctx: SiteContext | None = None
_make: Make | None = None
_result: Callable[[], tuple[dict[str, str], dict[str, list]]] | None = None
_received: dict[str, str] | None = None


def start(ctx: SiteContext, background: Background, make: Make) -> None:
    global _ctx, _make, _result, _received
    _ctx, _make, _received = ctx, make, None
    _result = background.call(_make_all)


def stop() -> None:
    global _ctx, _make, _result, _received
    _ctx = _make = _result = _received = None


def _make_all() -> tuple[dict[str, str], dict[str, list]]:
    """In the worker: every school's dashboard, and the blocks they kept."""
    assert _ctx is not None and _make is not None
    raw_html.start()
    dashboards = {school.id: _make(school, _ctx) for school in _ctx.repo.schools.values()}
    return dashboards, raw_html.kept()


def dashboard(school: School, ctx: SiteContext) -> str | None:
    """The worker's dashboard for ``school`` (waiting for it if need be); None when no worker was started."""
    global _received
    if _result is None or ctx is not _ctx:
        return None
    if _received is None:
        dashboards, blocks = _result()
        raw_html.merge(blocks)
        _received = dashboards
    return _received.get(school.id, "")
