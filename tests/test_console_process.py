"""A real ``python -m bot console`` process: fed by stdin (a pipe) or typed at in a terminal (a pty), with
readline's line editing and history, and a clean exit on Ctrl-C and end of input (status 0, no traceback)."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import signal
import subprocess
import sys
import termios
import time
from pathlib import Path

from tests.test_foundation import ROOT, run_cli

TIMEOUT = 30.0


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"DISCORD_TOKEN", "DATABASE_URL"}}
    env.update(PYTHONPATH=str(ROOT), TERM="xterm", PYTHONUNBUFFERED="1")
    return env


class Terminal:
    """The console on a pseudo-terminal: what a person at a keyboard sees and types."""

    def __init__(self, cwd: Path) -> None:
        self.master, slave = pty.openpty()
        # A session of its own with the pty as its controlling terminal: Ctrl-C typed there is a SIGINT.
        self.proc = subprocess.Popen([sys.executable, "-m", "bot", "console"], stdin=slave, stdout=slave,
                                     stderr=slave, cwd=cwd, env=_env(), start_new_session=True,
                                     preexec_fn=lambda: fcntl.ioctl(0, termios.TIOCSCTTY, 0))
        os.close(slave)
        self.seen = ""

    def wait_for(self, text: str, count: int = 1) -> str:
        """Read the screen until ``text`` has appeared ``count`` times (bounded by TIMEOUT)."""
        deadline = time.monotonic() + TIMEOUT
        while self.seen.count(text) < count:
            left = deadline - time.monotonic()
            assert left > 0, f"timed out waiting for {text!r}; screen so far:\n{self.seen}"
            ready, _, _ = select.select([self.master], [], [], left)
            if ready:
                try:
                    chunk = os.read(self.master, 4096)
                except OSError:  # the process ended and closed the terminal
                    chunk = b""
                if not chunk:
                    break
                self.seen += chunk.decode(errors="replace")
        assert self.seen.count(text) >= count, f"{text!r} never appeared; screen:\n{self.seen}"
        return self.seen

    def type(self, keys: str) -> None:
        os.write(self.master, keys.encode())

    def finish(self) -> int:
        try:
            code = self.proc.wait(timeout=TIMEOUT)
            with_rest = self.seen
            while True:  # whatever it printed while leaving
                ready, _, _ = select.select([self.master], [], [], 0.5)
                if not ready:
                    break
                try:
                    chunk = os.read(self.master, 4096)
                except OSError:
                    break
                if not chunk:
                    break
                with_rest += chunk.decode(errors="replace")
            self.seen = with_rest
            return code
        finally:
            os.close(self.master)
            if self.proc.poll() is None:
                self.proc.kill()


def test_ctrl_c_at_the_prompt_exits_at_once_with_status_0(tmp_path: Path) -> None:
    term = Terminal(tmp_path)
    term.wait_for("> ")
    term.type("/ab")  # a half-typed line: Ctrl-C must not wait for Enter
    term.wait_for("/ab")
    term.type("\x03")  # Ctrl-C: the terminal sends SIGINT to the console
    assert term.finish() == 0
    assert "Traceback" not in term.seen and "KeyboardInterrupt" not in term.seen


def test_arrow_keys_recall_history_kept_across_runs_and_ctrl_d_leaves(tmp_path: Path) -> None:
    term = Terminal(tmp_path)
    term.wait_for("> ")
    term.type("/about\r")
    term.wait_for("== Butt Kick Coach ==")
    screen = term.wait_for("> ", count=2)
    assert screen.rindex("> ") > screen.index("-- Reminders:")  # the next prompt comes after the answer
    term.type("\x1b[A\r")  # arrow up: the previous line again, not "^[[A"
    term.wait_for("== Butt Kick Coach ==", count=2)
    term.wait_for("> ", count=3)  # the prompt is up: readline reads the keys from here
    term.type("\x04")  # Ctrl-D: end of input
    assert term.finish() == 0
    assert "^[[A" not in term.seen and "Unknown command" not in term.seen and "Traceback" not in term.seen
    assert (tmp_path / "data" / "console_history").read_text().splitlines()[-1] == "/about"

    again = Terminal(tmp_path)  # a new run remembers the last one's lines
    again.wait_for("> ")
    again.type("\x1b[A\r")
    again.wait_for("== Butt Kick Coach ==")
    again.wait_for("> ", count=2)
    again.type("/quit\r")
    assert again.finish() == 0


def test_ctrl_c_with_piped_stdin_that_stays_open(tmp_path: Path) -> None:
    proc = subprocess.Popen([sys.executable, "-m", "bot", "console"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=tmp_path, env=_env(), text=True)
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write("/about\n")
    proc.stdin.flush()
    seen = ""
    while "-- Reminders:" not in seen:  # the last line of the /about card: the console is reading again
        line = proc.stdout.readline()
        assert line, "the console ended before answering"
        seen += line
    proc.send_signal(signal.SIGINT)  # stdin is still open: the reading thread is blocked in readline()
    try:
        assert proc.wait(timeout=TIMEOUT) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
    assert "Traceback" not in proc.stderr.read() if proc.stderr else True


def test_a_team_warmup_over_stdin(tmp_path: Path) -> None:
    script = "\n".join([
        "/settings team_role Team", "/settings team_goal 3",
        "/as maya role:Team", "/as sam role:Team", "/as lee role:Team",
        "/as coach coach", "/warmup team:true",
        "/as maya", "1", "/as sam", "i did it", "/as lee", "1",
        "/team", "/quit", "/about",  # nothing after /quit runs
    ]) + "\n"
    proc = run_cli("console", stdin=script, cwd=tmp_path)
    assert proc.returncode == 0 and "Traceback" not in proc.stderr
    out = proc.stdout
    assert "== Team warm-up: butt kicks · in place · 45 s ==" in out
    for n, name in enumerate(("maya", "sam", "lee"), start=1):
        assert f"✅ {name} checked in! {n} teammate" in out
    assert "3 checked in" in out and "✅ goal met" in out and "== Butt Kick Coach ==" not in out
