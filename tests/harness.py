"""Running the real Butt Kick Coach bot against the Discord stand-in, for end-to-end tests."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

from bot.app import App
from bot.discord_ui.client import make_bot
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


async def eventually(check: Callable[[], object], *, timeout: float = 10.0, what: str = "a condition") -> None:
    """Poll ``check`` until it is truthy: for state the stand-in does not see (scheduler jobs, rows)."""
    deadline = asyncio.get_running_loop().time() + timeout
    while not check():
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError(f"timed out after {timeout}s waiting for {what}")
        await asyncio.sleep(0.02)
