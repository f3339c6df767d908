#!/usr/bin/env bash
# Install (first time) and run the bot: bash scripts/bot.sh [run|console|ask "…"|sync|db upgrade|backup FILE|…]
set -euo pipefail
source "$(dirname "$0")/venv.sh" ""
exec "$VENV/bin/python" -m bot "$@"
