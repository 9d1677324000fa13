#!/usr/bin/env bash
# Install everything from nothing and run the whole test suite: lint, record validation, unit, build and browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/venv.sh
ensure_venv test
ensure_chromium
export NO_MKDOCS_2_WARNING=1
.venv/bin/ruff check scripts tools tests
.venv/bin/mypy  # strict on the kinds layer: pyproject.toml [tool.mypy]
.venv/bin/shnor validate
# Two workers: the browser tests mostly wait on Chromium and the builds on MkDocs, so two keep both cores busy.
# The demo site is built once for both (tests/conftest.py); a module whose fixture builds a site of its own is
# marked xdist_group, so one worker builds it. Arguments come after: `-n 0` runs in one process.
exec .venv/bin/python -m pytest -n 2 --dist loadgroup "$@"
