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
exec .venv/bin/python -m pytest "$@"
