"""School dashboards made by the second process while MkDocs reads the practice pages (a plain ``mkdocs build``).

A dashboard is a dozen small pandas steps, ~17 ms per school: with 1,000 schools the largest cost the build had
beyond bare mkdocs-material (benchmark, issue 7), all of it on one core while the other waited. A
``DashboardWorker`` hands the work to shnor.site.background's worker, forked with the records this build loaded; the
school pages are deferred (``GeneratedFile.deferred``), so MkDocs asks for them after the thousands of practice
pages, by when the worker has sent back every dashboard and the HTML blocks it kept (shnor.site.raw_html). Under
serve nothing is started: the dashboards are made in the process and remembered between rebuilds
(shnor.site.serve_memo).
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from shnor.records.schools import School
from shnor.site import raw_html
from shnor.site.background import Background
from shnor.site.generated import SiteContext
from shnor.site.raw_html import HtmlStore

Make = Callable[[School, SiteContext], str]


class DashboardWorker:
    """The dashboards of one build (its session holds the worker): asked for by the school pages, made by the
    background's second process, whose blocks join the build's store when they arrive."""

    def __init__(self, ctx: SiteContext, background: Background, make: Make, store: HtmlStore) -> None:
        self.ctx = ctx
        self.store = store
        self._received: dict[str, str] | None = None
        self._result = background.call(functools.partial(_make_all, ctx, make))

    def dashboard(self, school: School, ctx: SiteContext) -> str | None:
        """The worker's dashboard for ``school`` (waiting for it if need be); None when no worker was started or
        ``ctx`` is another build's."""
        if self._result is None or ctx is not self.ctx:
            return None
        if self._received is None:
            dashboards, blocks = self._result()
            self.store.merge(blocks)
            self._received = dashboards
        return self._received.get(school.id, "")


def _make_all(ctx: SiteContext, make: Make) -> tuple[dict[str, str], dict[str, list]]:
    """In the worker: every school's dashboard, and the blocks they kept."""
    with raw_html.active(HtmlStore()) as store:
        dashboards = {school.id: make(school, ctx) for school in ctx.repo.schools.values()}
    return dashboards, store.kept()
