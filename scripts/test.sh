#!/usr/bin/env bash
# Install (first time) and run the whole test suite: bash scripts/test.sh [pytest args]
# Set TEST_DATABASE_URL=postgresql+asyncpg://postgres@127.0.0.1:5432/test to run every database test on
# PostgreSQL as well as SQLite.
set -euo pipefail
source "$(dirname "$0")/venv.sh" "[dev]"
exec "$VENV/bin/python" -m pytest "$@"
