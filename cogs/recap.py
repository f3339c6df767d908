"""The weekly recap's Discord side: the check (bot/recap/delivery.py) on the app's scheduler, posting with
the reminders' discord.py Sender (the recap's role is the only mention Discord may turn into a ping)."""

from __future__ import annotations

import asyncio
import contextlib
from typing import TYPE_CHECKING

from discord.ext import commands

from bot.recap.delivery import RecapDelivery
from cogs.reminders import DiscordSender

if TYPE_CHECKING:
    from bot.discord.client import CoachBot


class RecapCog(commands.Cog):
    def __init__(self, bot: CoachBot) -> None:
        self.bot = bot
        self.app = bot.app
        self.delivery = RecapDelivery(bot.app, DiscordSender(bot), lambda: {g.id for g in self.bot.guilds})
        self._starter: asyncio.Task[None] | None = None

    async def cog_load(self) -> None:
        self._starter = asyncio.create_task(self._start_when_ready(), name="weekly-recap-start")

    async def cog_unload(self) -> None:
        if self._starter is not None:
            self._starter.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._starter
        self.delivery.stop()

    async def _start_when_ready(self) -> None:
        await self.bot.wait_until_ready()
        self.delivery.start()

    async def tick(self) -> int:
        """Post every recap due now for this process's guilds (and finish unconfirmed ones)."""
        return await self.delivery.tick()


async def setup(bot: CoachBot) -> None:
    await bot.add_cog(RecapCog(bot))
