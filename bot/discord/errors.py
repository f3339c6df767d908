"""One place that turns errors from commands and buttons into polite, ephemeral messages."""

from __future__ import annotations

import logging
from typing import Any

import discord
from discord import app_commands

from bot.cards import Problem
from bot.discord.render import ALREADY_ACKNOWLEDGED, discord_text, respond_text
from db.engine import UNAVAILABLE, is_database_fault

log = logging.getLogger(__name__)


def message_for(exc: BaseException) -> str:
    if isinstance(exc, (app_commands.CommandInvokeError, app_commands.TransformerError)) and exc.__cause__:
        exc = exc.__cause__
    if isinstance(exc, Problem):
        return discord_text(exc.message)
    if is_database_fault(exc):
        # Locked, unreachable, or its file gone: whatever the driver said, the member needs the same truth.
        return UNAVAILABLE
    if isinstance(exc, app_commands.NoPrivateMessage):
        return "That command works in a server, not in direct messages."
    if isinstance(exc, app_commands.MissingPermissions):
        perms = ", ".join(p.replace("_", " ").title() for p in exc.missing_permissions)
        return f"You need the {perms} permission (or the coach role) for that."
    if isinstance(exc, app_commands.BotMissingPermissions):
        perms = ", ".join(p.replace("_", " ").title() for p in exc.missing_permissions)
        return f"I need the {perms} permission in this channel for that. Ask a server admin to grant it."
    if isinstance(exc, app_commands.CommandOnCooldown):
        return f"Easy there! Try again in {exc.retry_after:.0f} s."
    if isinstance(exc, app_commands.CheckFailure):
        return str(exc) or "You can't use that command here."
    if isinstance(exc, discord.Forbidden):
        return "Discord didn't let me do that: I may be missing a permission in this channel."
    return "Something went wrong on my side. It has been logged; please try again."


async def report_error(interaction: discord.Interaction, exc: BaseException) -> None:
    original = exc.__cause__ if isinstance(exc, app_commands.CommandInvokeError) and exc.__cause__ else exc
    if isinstance(original, discord.HTTPException) and original.code == ALREADY_ACKNOWLEDGED:
        # Another copy of this interaction (a redelivery handled by a previous process) answered it already.
        log.info("interaction %s was already answered", _describe(interaction))
        return
    text = message_for(exc)
    if is_database_fault(original):
        log.warning("database unavailable during %s: %s", _describe(interaction), original)
    elif text.startswith("Something went wrong"):
        log.error("error in interaction %s", _describe(interaction), exc_info=original)
    try:
        await respond_text(interaction, text, ephemeral=True)
    except discord.HTTPException:  # expired interaction: nobody is left to tell
        log.info("could not deliver error message for %s", _describe(interaction))


def _describe(interaction: discord.Interaction) -> str:
    data: dict[str, Any] = dict(interaction.data or {})
    name = interaction.command.qualified_name if interaction.command else data.get("custom_id", "?")
    return f"{name!r} by user {interaction.user.id} in guild {interaction.guild_id}"
