"""Feeds the roster (bot.roster.service) with the members Discord shows the bot: the invoker of every command and
button, the author of every message that mentions the bot and, with the members intent, the member list."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord
from discord.ext import commands

from bot.roster.service import Sighting, roster_of

if TYPE_CHECKING:
    from bot.discord.client import CoachBot

log = logging.getLogger(__name__)


def sighting(member: discord.Member) -> Sighting:
    # ``_roles`` holds the role ids exactly as Discord sent them with this member; ``roles`` would build
    # Role objects and drop ids the guild cache does not know (e.g. a guild not cached yet).
    raw = getattr(member, "_roles", None)
    ids = frozenset(int(r) for r in raw) if raw is not None else frozenset(r.id for r in member.roles)
    return Sighting(member.id, member.display_name, ids - {member.guild.id})


class RosterCog(commands.Cog):
    def __init__(self, bot: CoachBot) -> None:
        self.bot = bot
        self.roster = roster_of(bot.app)
        self._previous_check = bot.tree.interaction_check

    async def cog_load(self) -> None:
        # Commands: awaited before the command runs, so /team counts the member who just asked.
        self.bot.tree.interaction_check = self._check  # type: ignore[method-assign]

    async def cog_unload(self) -> None:
        self.bot.tree.interaction_check = self._previous_check  # type: ignore[method-assign]

    async def see(self, member: discord.abc.User | None) -> None:
        if not isinstance(member, discord.Member) or member.bot:
            return
        p = sighting(member)
        try:
            await self.roster.seen(member.guild.id, p.user_id, p.display_name, p.role_ids)
        except Exception:  # the roster is bookkeeping: a busy database must not fail the member's command
            log.warning("could not update the roster for member %s of guild %s", member.id, member.guild.id,
                        exc_info=True)

    async def _check(self, interaction: discord.Interaction[CoachBot]) -> bool:
        if interaction.type is discord.InteractionType.application_command:
            await self.see(interaction.user)
        return await self._previous_check(interaction)

    @commands.Cog.listener()
    async def on_interaction(self, interaction: discord.Interaction) -> None:
        # Buttons and modals do not pass the command tree's check.
        if interaction.type in (discord.InteractionType.component, discord.InteractionType.modal_submit):
            await self.see(interaction.user)

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        me = self.bot.user
        if message.guild is not None and me is not None and me in message.mentions:
            await self.see(message.author)

    # -- with the members intent (discord.members_intent) -----------------------------------------------------

    @commands.Cog.listener()
    async def on_guild_available(self, guild: discord.Guild) -> None:
        if not self.bot.intents.members:
            return  # without the intent guild.members is the bot and a few recent authors: nothing to seed
        try:
            written = await self.roster.seed(guild.id, [sighting(m) for m in guild.members if not m.bot])
            log.info("roster of guild %s seeded from its member list (%d changed)", guild.id, written)
        except Exception:
            log.warning("could not seed the roster of guild %s", guild.id, exc_info=True)

    @commands.Cog.listener()
    async def on_guild_join(self, guild: discord.Guild) -> None:
        await self.on_guild_available(guild)

    @commands.Cog.listener()
    async def on_member_update(self, _before: discord.Member, after: discord.Member) -> None:
        await self.see(after)

    @commands.Cog.listener()
    async def on_member_join(self, member: discord.Member) -> None:
        await self.see(member)

    @commands.Cog.listener()
    async def on_raw_member_remove(self, payload: discord.RawMemberRemoveEvent) -> None:
        try:
            await self.roster.left(payload.guild_id, payload.user.id)
        except Exception:
            log.warning("could not remove member %s from the roster", payload.user.id, exc_info=True)


async def setup(bot: CoachBot) -> None:
    await bot.add_cog(RosterCog(bot))
