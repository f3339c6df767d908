"""/about and /help."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.discord.render import respond
from bot.meta.cards import CommandInfo, help_card
from bot.meta.commands import leaf_commands
from bot.meta.service import about_card

if TYPE_CHECKING:
    from bot.discord.client import CoachBot


def registered_commands(tree: app_commands.CommandTree) -> list[CommandInfo]:
    """Every leaf command as users type it, read from the tree so /help never goes stale."""
    infos: list[CommandInfo] = []
    for cmd in tree.walk_commands():
        if isinstance(cmd, app_commands.Command):
            infos.append(CommandInfo(f"/{cmd.qualified_name}", cmd.description))
    return infos


class Meta(commands.Cog):
    def __init__(self, bot: CoachBot) -> None:
        self.bot = bot

    @app_commands.command(name="about", description="Version, uptime, latency, database and counts")
    async def about(self, interaction: discord.Interaction) -> None:
        latency = self.bot.latency
        card = await about_card(
            self.bot.app,
            latency_ms=latency * 1000 if latency == latency and latency != float("inf") else None,
            servers=len(self.bot.guilds),
        )
        await respond(interaction, card)

    @app_commands.command(name="help", description="Every command, one line each")
    async def help(self, interaction: discord.Interaction) -> None:
        # The lines come from bot.meta.commands, the list the console's /help uses too; a command whose cog
        # failed to load is not in the tree and is left out.
        loaded = {c.name for c in registered_commands(self.bot.tree)}
        await respond(interaction, help_card([c for c in leaf_commands() if c.name in loaded]))


async def setup(bot: CoachBot) -> None:
    await bot.add_cog(Meta(bot))
