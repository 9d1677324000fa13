"""School dashboards made by the second process during a build are the ones the build would make itself, and the
school page that needs one is made only when MkDocs reads it."""

from __future__ import annotations

from shnor.kinds import load_repository
from shnor.site import raw_html
from shnor.site.background import Background
from shnor.site.generated import SiteContext
from shnor.site.kinds import school_blocks
from shnor.site.monitoring.monitoring_pages import school_dashboard, start_dashboards
from shnor.site.pages.schools.school_pages import generate
from tests.conftest import REPO, TODAY


def _context() -> SiteContext:
    return SiteContext(load_repository(REPO, TODAY), TODAY, "http://127.0.0.1/", "", {}, school_blocks())


def test_worker_dashboards_equal_the_ones_made_in_the_build():
    ctx = _context()
    school = ctx.repo.schools["sosh-2-berezovka"]
    with raw_html.active(ctx.build.html):
        inline = ctx.build.html.expand(school_dashboard(school, ctx))
        background = Background(parallel=True)
        try:
            start_dashboards(ctx, background)
            assert ctx.build.dashboards is not None
            made = ctx.build.dashboards.dashboard(school, ctx)
            assert made is not None  # from the worker, not made here
            # Its tables came back with it: the placeholders expand to the same page.
            assert "data-shnor-html" in made and ctx.build.html.expand(made) == inline
            assert "### Критерии ШНОР" in inline and "### Дорожная карта школы" in inline
            assert ctx.build.dashboards.dashboard(school, _context()) is None  # another build's records: not these
        finally:
            background.close()
    assert _context().build.dashboards is None  # nothing started: the caller makes it


def test_school_pages_are_made_when_read():
    ctx = _context()
    pages = {f.path: f for f in generate(ctx)}
    page = pages["schools/sosh-2-berezovka.md"]
    assert page.content is None and page.deferred is not None
    assert "## Мониторинг: показатели школы {#monitoring-dashboard}" in str(page.made().content)
