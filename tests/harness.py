"""Running the real Butt Kick Coach bot against the Discord stand-in, for end-to-end tests."""

from __future__ import annotations

from collections.abc import AsyncIterator
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
