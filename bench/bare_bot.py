"""A bare discord.py bot answering ``/about`` with a constant string.

Baseline for benchmarking the real bot's ``/about`` through the Discord stand-in
(tests/standin): the difference is what the project's own code costs per interaction.
"""

from __future__ import annotations

import discord
from discord.ext import commands

ABOUT_TEXT = "Butt Kick Coach (bare benchmark bot)"


def build_bare_bot(*, sync_commands: bool = True, guild_ready_timeout: float = 0.05) -> commands.Bot:
    """Builds (does not start) a bot whose only command is ``/about``.

    ``sync_commands``: PUT the command list in setup_hook (needed once per stand-in instance).
    ``guild_ready_timeout``: discord.py waits this long after the last GUILD_CREATE before on_ready;
    its 2 s default would dominate a benchmark's start-up.
    """
    bot = commands.Bot(
        command_prefix=commands.when_mentioned,
        intents=discord.Intents.default(),
        guild_ready_timeout=guild_ready_timeout,
        help_command=None,
    )

    @bot.tree.command(name="about", description="About this bot")
    async def about(interaction: discord.Interaction) -> None:
        await interaction.response.send_message(ABOUT_TEXT)

    async def setup_hook() -> None:
        if sync_commands:
            await bot.tree.sync()

    bot.setup_hook = setup_hook  # type: ignore[method-assign]
    return bot
