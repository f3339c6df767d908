# Sourced by scripts/bot.sh and scripts/test.sh: make ./.venv (once) and install the project into it.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
VENV="${VENV:-$root/.venv}"
PYTHON="${PYTHON:-python3}"
extras="${1:-}"
stamp="$VENV/.installed$extras"
if [ ! -x "$VENV/bin/python" ]; then
  "$PYTHON" -m venv "$VENV"
fi
# Reinstall only when pyproject.toml changed since the last install.
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e ".$extras"
  touch "$stamp"
fi
