"""/streak, /team and /leaderboard: thin wrappers over bot.streaks."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord.interactions import guild_of, require_guild, within_deadline
from bot.discord.render import follow_up, respond
from bot.streaks.service import Period, leaderboard_card, streak_card, team_card

if TYPE_CHECKING:
    from bot.discord.client import CoachBot

PERIOD_CHOICES = [app_commands.Choice(name=p.label, value=p.value) for p in Period]


class Streaks(commands.Cog):
    def __init__(self, bot: CoachBot) -> None:
        self.bot = bot
        self.app = bot.app

    @app_commands.command(name="streak", description="Your streak (or a teammate's), freezes and a 12-week heatmap")
    @app_commands.describe(member="Whose streak to show (default: yours)")
    async def streak(self, interaction: discord.Interaction, member: discord.User | None = None) -> None:
        # A member who left the server is still a User: their logged drills stay visible until /forget-me.
        target = member or interaction.user
        # Drills logged in DMs are each member's private log: in a DM only your own is ever shown.
        private = interaction.guild_id is None and target.id != interaction.user.id
        if private:
            target = interaction.user
        name = None if target.id == interaction.user.id else target.display_name
        card = await within_deadline(interaction, streak_card(self.app, guild_of(interaction), target.id, name=name),
                                     ephemeral=False)
        await respond(interaction, card)
        if private:
            await follow_up(interaction, ephemeral=True, content="In direct messages I only show your own streak. "
                                                                 "Ask in your server to see a teammate's.")

    @app_commands.command(name="team", description="The team streak, today's check-ins and the top 5")
    @app_commands.guild_only()
    async def team(self, interaction: discord.Interaction) -> None:
        guild_id = require_guild(interaction)

        # The team is read from the database (role holders per bot.roster.service), not discord.py's member cache.
        await respond(interaction, await within_deadline(interaction, team_card(self.app, guild_id), ephemeral=False))

    @app_commands.command(name="leaderboard", description="Who drilled the most: this week, this month or all time")
    @app_commands.describe(period="Which period (default: this week)")
    @app_commands.choices(period=PERIOD_CHOICES)
    @app_commands.guild_only()
    async def leaderboard(self, interaction: discord.Interaction,
                          period: app_commands.Choice[str] | None = None) -> None:
        guild_id = require_guild(interaction)
        chosen = Period(period.value) if period else Period.WEEK

        await respond(interaction, await within_deadline(interaction, leaderboard_card(self.app, guild_id, chosen),
                                                         ephemeral=False))


async def setup(bot: CoachBot) -> None:
    await bot.add_cog(Streaks(bot))
