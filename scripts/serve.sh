#!/usr/bin/env bash
# Install the project into .venv and serve the site with the bundled demo content on http://127.0.0.1:8000
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/venv.sh
ensure_venv
export NO_MKDOCS_2_WARNING=1
exec .venv/bin/mkdocs serve --dev-addr 127.0.0.1:8000 "$@"
