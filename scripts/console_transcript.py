"""Record a real console session for the README: a coach and three members on a terminal (a pty), with a
reminder set for the next minute that fires while the console waits. Prints the screen, cleaned up.

    .venv/bin/python scripts/console_transcript.py [WORKDIR]     # WORKDIR gets a fresh data/ directory
"""

from __future__ import annotations

import os
import pty
import re
import select
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
ZONE = "Europe/London"


class Screen:
    def __init__(self, cwd: Path) -> None:
        self.master, slave = pty.openpty()
        env = {k: v for k, v in os.environ.items() if k not in {"DISCORD_TOKEN", "DATABASE_URL"}}
        env.update(PYTHONPATH=str(ROOT), TERM="dumb", USER="coach")
        self.proc = subprocess.Popen([sys.executable, "-m", "bot", "console"], stdin=slave, stdout=slave,
                                     stderr=slave, cwd=cwd, env=env)
        os.close(slave)
        self.text = ""

    def wait_for(self, what: str, count: int, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while self.text.count(what) < count:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"no {what!r} after {timeout} s")
            ready, _, _ = select.select([self.master], [], [], left)
            if ready:
                chunk = os.read(self.master, 65536)
                if not chunk:
                    raise EOFError("the console ended")
                self.text += chunk.decode(errors="replace")

    def type(self, line: str) -> None:
        prompts = self.text.count("> ")
        os.write(self.master, (line + "\r").encode())
        self.wait_for("> ", prompts + 1, 30)  # the answer is printed, then the next prompt


def main() -> int:
    work = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="console-demo-"))
    work.mkdir(parents=True, exist_ok=True)  # a WORKDIR that does not exist yet is made, not a traceback
    screen = Screen(work)
    screen.wait_for("> ", 1, 60)
    local = datetime.now(ZoneInfo(ZONE))
    at = (local + timedelta(minutes=1)).strftime("%H:%M")
    for line in ["/settings timezone Europe/London", "/settings team_role Team", "/settings team_goal 3",
                 "/as maya role:Team", "/as sam role:Team", "/as lee role:Team", "/as coach",
                 "/warmup team:true", "/as maya", "1", "/as sam", "i did it", "/as lee", "1", "1",
                 "/as coach", f"/reminder add {at} role:Team | Legs ready, team?", "/as maya",
                 f"/remindme add {at} daily"]:
        screen.type(line)
    prompts = screen.text.count("> ")
    screen.wait_for("[direct message to maya]", 1, 75)  # nobody types: the reminders fire by themselves
    screen.wait_for("[reminder posted", 1, 15)
    screen.wait_for("> ", prompts + 1, 15)
    for line in ["/team", "/leaderboard", "/as coach", "/export", "/as lee", "/forget-me", "1", "/team"]:
        screen.type(line)
    os.write(screen.master, b"/quit\r")
    screen.proc.wait(30)
    try:  # what it printed before leaving
        while chunk := os.read(screen.master, 65536):
            screen.text += chunk.decode(errors="replace")
    except OSError:
        pass
    text = re.sub(r"\r\n?", "\n", screen.text).replace("\x1b[K", "")
    print(text.rstrip() + f"\n[exit status {screen.proc.returncode}]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
