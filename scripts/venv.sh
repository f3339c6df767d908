# Sourced by scripts/bot.sh and scripts/test.sh: make ./.venv (once) and install the project into it.
# pip's output goes to $VENV/install.log: a first run prints one line, and the log only when it fails.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
VENV="${VENV:-$root/.venv}"
PYTHON="${PYTHON:-python3}"
extras="${1:-}"
stamp="$VENV/.installed$extras"
# Reinstall only when pyproject.toml changed since the last install.
if [ ! -x "$VENV/bin/python" ] || [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  what="Installing Butt Kick Coach${extras:+ with $extras tools} into ${VENV#"$root"/} (first run, under a minute)…"
  [ -f "$stamp" ] && what="pyproject.toml changed: updating ${VENV#"$root"/} (under a minute)…"
  echo "$what" >&2
  mkdir -p "$VENV"
  log="$VENV/install.log"
  if ! {
    { [ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"; } &&
      "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip &&
      "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e ".$extras"
  } >"$log" 2>&1; then
    tail -n 15 "$log" >&2
    echo "Installation failed (the end of pip's output is above; all of it is in $log)." >&2
    exit 1
  fi
  touch "$stamp"
fi
