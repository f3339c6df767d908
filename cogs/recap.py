"""The weekly recap's scheduling hook: a check once a minute posts the recaps that are due (bot/recap)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import TYPE_CHECKING

import discord
from discord.ext import commands

from bot.discord.render import message_kwargs
from bot.recap.service import build_recap, claim_due, nonce_for, release

if TYPE_CHECKING:
    from bot.discord.client import CoachBot

log = logging.getLogger(__name__)
CHECK_EVERY = 60.0  # seconds


class RecapCog(commands.Cog):
    def __init__(self, bot: CoachBot) -> None:
        self.bot = bot
        self.app = bot.app
        self._task: asyncio.Task[None] | None = None

    async def cog_load(self) -> None:
        self._task = asyncio.create_task(self._loop(), name="weekly-recap")

    async def cog_unload(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def _loop(self) -> None:
        await self.bot.wait_until_ready()
        while True:
            try:
                await self.tick()
            except Exception:
                log.exception("weekly recap check failed; retrying in a minute")
            await asyncio.sleep(CHECK_EVERY)

    async def tick(self) -> int:
        """Post every recap due now for this process's guilds; returns how many were posted."""
        posted = 0
        for recap, week, day in await claim_due(self.app, {g.id for g in self.bot.guilds}):
            try:
                card = await build_recap(self.app, recap.guild_id, day)
                channel = self.bot.get_partial_messageable(recap.channel_id, guild_id=recap.guild_id)
                await channel.send(nonce=nonce_for(recap.guild_id, week), **message_kwargs(card))
                posted += 1
            except (discord.Forbidden, discord.NotFound):
                log.warning("weekly recap of guild %s: channel %s is gone or closed to me; skipped this week",
                            recap.guild_id, recap.channel_id)
            except Exception:
                log.exception("weekly recap of guild %s failed; it will be retried", recap.guild_id)
                await release(self.app, recap, week)
        return posted


async def setup(bot: CoachBot) -> None:
    await bot.add_cog(RecapCog(bot))
