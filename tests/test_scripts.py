"""scripts/venv.sh: a first install prints one line; pip's chatter goes to a log shown only on failure.

A stand-in ``python`` makes the virtual environment (a ``bin/python`` that prints pip-like noise), so the
test checks the script's output discipline without installing anything."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

FAKE_PYTHON = """#!/usr/bin/env bash
# `python -m venv DIR` makes DIR/bin/python, a copy of this script; `-m pip ...` prints noise.
if [ "$1 $2" = "-m venv" ]; then mkdir -p "$3/bin" && cp "$0" "$3/bin/python" && exit 0; fi
echo "WARNING: setuptools deprecation noise"; echo "noise on stderr" >&2
exit "${FAKE_PIP_RC:-0}"
"""


def _source(tmp_path: Path, rc: int) -> subprocess.CompletedProcess[str]:
    fake = tmp_path / "python3"
    fake.write_text(FAKE_PYTHON)
    fake.chmod(0o755)
    env = {**os.environ, "VENV": str(tmp_path / "venv"), "PYTHON": str(fake), "FAKE_PIP_RC": str(rc)}
    return subprocess.run(["bash", "-c", f'source "{ROOT}/scripts/venv.sh" ""; echo "venv ready"'],
                          capture_output=True, text=True, env=env, timeout=60)


def test_first_install_prints_one_line_and_logs_pip(tmp_path: Path) -> None:
    out = _source(tmp_path, 0)
    assert out.returncode == 0, out.stderr
    assert out.stdout == "venv ready\n"
    assert out.stderr.count("\n") == 1 and out.stderr.startswith("Installing Butt Kick Coach")
    assert "noise" in (tmp_path / "venv" / "install.log").read_text()
    again = _source(tmp_path, 0)  # installed: silent
    assert (again.stdout, again.stderr) == ("venv ready\n", "")


def test_failed_install_shows_the_log_and_points_to_it(tmp_path: Path) -> None:
    out = _source(tmp_path, 1)
    assert out.returncode == 1
    assert "venv ready" not in out.stdout
    assert "noise" in out.stderr
    assert out.stderr.rstrip().splitlines()[-1].startswith("Installation failed")
    assert str(tmp_path / "venv" / "install.log") in out.stderr
