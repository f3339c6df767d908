"""Running the real Butt Kick Coach bot against the Discord stand-in, for end-to-end tests."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path

from bot.app import App
from bot.discord.client import make_bot
from tests.standin import FakeDiscord, point_discord_at, run_bot


@asynccontextmanager
async def coach_bot(fake: FakeDiscord, app: App) -> AsyncIterator:
    """The project's bot (all cogs, scheduler, command sync), connected and READY against ``fake``.

    ``app`` is the core it runs on (the ``app`` fixture: a migrated test database, a FixedClock).
    A restart is simply a second ``async with coach_bot(fake, app)`` on the same fake and app.
    """
    with point_discord_at(fake):
        bot = make_bot(app, guild_ready_timeout=0.05)
        async with run_bot(fake, bot):
            yield bot


# A card with a picture (heatmap, muscle diagram) can take past the bot's 2-second defer point on a loaded
# machine: the interaction is then deferred and answered by an edit, so tests wait for the settled @original
# message rather than the first callback.
PICTURE_WAIT = 15.0


async def eventually(check: Callable[[], object], *, timeout: float = 10.0, what: str = "a condition") -> None:
    """Poll ``check`` until it is truthy: for state the stand-in does not see (scheduler jobs, rows)."""
    deadline = asyncio.get_running_loop().time() + timeout
    while not check():
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError(f"timed out after {timeout}s waiting for {what}")
        await asyncio.sleep(0.02)


ROOT = Path(__file__).resolve().parents[1]


def bot_env(fake: FakeDiscord, data_dir: Path, **extra: str) -> dict[str, str]:
    """The environment of a real `python -m bot` process pointed at ``fake`` (no DATABASE_URL unless given)."""
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL"}}
    env.update(
        DISCORD_TOKEN=fake.token, DISCORD_API_BASE=fake.api_base, DISCORD_GATEWAY_URL=fake.gateway_url,
        DATA_DIR=str(data_dir), LOG_LEVEL="DEBUG", PYTHONPATH=str(ROOT),
    )
    env.update(extra)
    return env


@dataclass
class BotProcess:
    """A real `python -m bot` child process: for promises about crashes (SIGKILL) and signals."""

    proc: asyncio.subprocess.Process
    output: list[str] = field(default_factory=list)
    _reader: asyncio.Task[None] | None = None

    @property
    def text(self) -> str:
        return "".join(self.output)

    async def _read(self) -> None:
        assert self.proc.stdout is not None
        async for line in self.proc.stdout:
            self.output.append(line.decode(errors="replace"))

    def kill(self) -> None:
        """SIGKILL: no shutdown code runs, as when a platform or the OOM killer stops the worker."""
        if self.proc.returncode is None:
            self.proc.send_signal(signal.SIGKILL)

    async def wait(self, timeout: float = 20.0) -> int:
        code = await asyncio.wait_for(self.proc.wait(), timeout)
        if self._reader is not None:
            await asyncio.wait_for(self._reader, timeout)
        return code


@asynccontextmanager
async def bot_process(fake: FakeDiscord, cwd: Path, *args: str, env: dict[str, str] | None = None,
                      ready: bool = True, ready_timeout: float = 30.0) -> AsyncIterator[BotProcess]:
    """Runs `python -m bot ARGS` in ``cwd``; waits for its gateway READY unless ``ready=False``.

    Whatever happens in the block, the process is killed on exit (never left running).
    """
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", *args, cwd=cwd, env=env or bot_env(fake, cwd / "data"),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )
    bp = BotProcess(proc)
    bp._reader = asyncio.create_task(bp._read())
    try:
        if ready:
            identified = fake.gateway.identify_count
            await eventually(lambda: fake.gateway.identify_count > identified or proc.returncode is not None,
                             timeout=ready_timeout, what="the bot process to connect")
            if proc.returncode is not None:
                raise AssertionError(f"bot exited {proc.returncode}:\n{bp.text[-3000:]}")
            await fake.wait_ready(timeout=ready_timeout)
        yield bp
    finally:
        bp.kill()
        await bp.wait()
