"""An unknown configuration key is warned about with the key it most likely meant; bench/qa_eval.py with
nothing to score prints its usage and exits 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bot.config import load_config

ROOT = Path(__file__).resolve().parents[1]


def test_unknown_keys_are_warned_about_with_a_did_you_mean(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('[discord]\ntokn = "x"\nlevel = "DEBUG"\n[reminder]\ngrace_minutes = 5\n[foo]\nbar = 1\n'
                    '[logging]\nlevel = "DEBUG"\n')
    config = load_config(path, env={})
    assert sorted(config.warnings) == sorted([
        f"{path}: unknown key 'discord.tokn' is ignored. Did you mean 'discord.token'?",
        f"{path}: unknown key 'discord.level' is ignored. Did you mean 'logging.level'?",
        f"{path}: unknown key 'reminder.grace_minutes' is ignored. Did you mean 'reminders.grace_minutes'?",
        f"{path}: unknown key 'foo.bar' is ignored. Known keys: see config.example.toml.",
    ])
    assert config.log_level == "DEBUG" and config.reminder_grace_minutes == 60  # known keys still read


def _qa_eval(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "bench" / "qa_eval.py"), *args], capture_output=True,
                          text=True, timeout=120, cwd=ROOT)


def test_qa_eval_without_files_prints_usage_and_exits_2(tmp_path: Path) -> None:
    out = _qa_eval()
    assert out.returncode == 2 and out.stderr.startswith("Usage: python bench/qa_eval.py FILE.jsonl")
    assert out.stdout == ""
    missing = _qa_eval(str(tmp_path / "qa_nothing*.jsonl"))  # an unmatched glob reaches us literally
    assert missing.returncode == 2 and "no such file" in missing.stderr and "Usage" in missing.stderr
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n")
    blank = _qa_eval(str(empty))
    assert blank.returncode == 2 and "no questions" in blank.stderr
