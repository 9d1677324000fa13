"""The layers import downwards only: records and validation know no view and no page, views and their users
(exports, feeds, contributor tools) know no page."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest


def _imported(*modules: str) -> set[str]:
    script = ("import json, sys\n" + "".join(f"import {m}\n" for m in modules)
              + "print(json.dumps(sorted(m for m in sys.modules if m.startswith('shnor'))))")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return set(json.loads(done.stdout))


@pytest.mark.parametrize("module", ["shnor.validation.checks", "shnor.kinds"])
def test_validation_imports_no_view_and_no_site(module):
    assert {m for m in _imported(module) if m.startswith(("shnor.site", "shnor.views"))} == set()


@pytest.mark.parametrize("module", ["shnor.export.regional_bank", "shnor.feeds.ics", "shnor.contrib.pr_summary",
                                    "shnor.views.practice", "shnor.views.event"])
def test_exports_feeds_and_views_import_no_site(module):
    assert {m for m in _imported(module) if m.startswith("shnor.site")} == set()
