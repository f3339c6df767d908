"""/export (coaches) and /forget-me (everyone): thin wrappers over bot.privacy."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord.checks import coach_only
from bot.discord.interactions import require_guild, within_deadline
from bot.discord.outcomes import presser, show
from bot.discord.render import follow_up, respond
from bot.privacy import actions, cards
from bot.privacy.service import export_csv

if TYPE_CHECKING:
    from bot.discord.client import CoachBot


class Privacy(commands.Cog):
    def __init__(self, bot: CoachBot) -> None:
        self.bot = bot
        self.app = bot.app

    async def cog_load(self) -> None:
        self.bot.actions.register("data", self.on_button)

    async def cog_unload(self) -> None:
        self.bot.actions.unregister("data")

    @app_commands.command(name="export", description="Download this server's drill log as CSV (coaches)")
    @app_commands.guild_only()
    @coach_only()
    async def export(self, interaction: discord.Interaction) -> None:
        guild_id = require_guild(interaction)
        await interaction.response.defer(ephemeral=True, thinking=True)  # a big log takes a while to format
        result = await export_csv(self.app, guild_id)
        await follow_up(interaction, ephemeral=True, content=cards.export_note(result),
                        files=[discord.File(io.BytesIO(result.data), filename=result.filename)],
                        allowed_mentions=discord.AllowedMentions.none())

    @app_commands.command(name="forget-me", description="Delete your drills and data on this server")
    async def forget_me(self, interaction: discord.Interaction) -> None:
        uid = interaction.user.id
        await respond(interaction, cards.confirm_card(uid))

    async def on_button(self, interaction: discord.Interaction, rest: str) -> None:
        outcome = await within_deadline(interaction, actions.press(self.app, presser(interaction), rest),
                                        ephemeral=True)
        await show(interaction, self.app, outcome)


async def setup(bot: CoachBot) -> None:
    await bot.add_cog(Privacy(bot))
