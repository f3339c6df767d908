"""/export (coaches) and /forget-me (everyone): thin wrappers over bot.privacy."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.cards import Problem
from bot.discord.checks import coach_only
from bot.discord.interactions import edit_kwargs, guild_of, require_guild, within_deadline
from bot.discord.render import respond, respond_text
from bot.privacy import cards
from bot.privacy.service import export_csv, forget_member

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
        await interaction.followup.send(
            cards.export_note(result), ephemeral=True,
            file=discord.File(io.BytesIO(result.data), filename=result.filename),
            allowed_mentions=discord.AllowedMentions.none())

    @app_commands.command(name="forget-me", description="Delete your drills and data on this server")
    async def forget_me(self, interaction: discord.Interaction) -> None:
        uid = interaction.user.id
        await respond(interaction, cards.confirm_card(uid))

    async def on_button(self, interaction: discord.Interaction, rest: str) -> None:
        verb, _, arg = rest.partition(":")
        if not arg.isdigit() or int(arg) != interaction.user.id:
            raise Problem("That button is for someone else. Use /forget-me for your own data.")
        if verb == "keep":
            card = cards.kept_card()
        elif verb == "forget":
            gone = await within_deadline(interaction, forget_member(self.app, guild_of(interaction),
                                                                    interaction.user.id), ephemeral=True)
            card = cards.forgotten_card(gone)
        else:
            await respond_text(interaction, "This button no longer does anything.")
            return
        if interaction.response.is_done():
            await interaction.edit_original_response(**edit_kwargs(card))
        else:
            await interaction.response.edit_message(**edit_kwargs(card))


async def setup(bot: CoachBot) -> None:
    await bot.add_cog(Privacy(bot))
