"""What one build holds from its start (``on_config``) to its end, owned by the plugin and dropped with the build:
the generated HTML blocks kept away from Python-Markdown, the navigation fragments rendered once per folder, the
worker making the school dashboards. What a serve session keeps from one rebuild to the next is the plugin's
``ServeMemo`` (shnor.site.serve_memo)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from shnor.site.fragments import FragmentCache
from shnor.site.raw_html import HtmlStore

if TYPE_CHECKING:
    from shnor.site.monitoring.dashboard_worker import DashboardWorker


@dataclass
class BuildSession:
    html: HtmlStore = field(default_factory=HtmlStore)
    fragments: FragmentCache = field(default_factory=FragmentCache)
    dashboards: DashboardWorker | None = None
