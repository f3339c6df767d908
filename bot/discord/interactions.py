"""Discord helpers the cogs share: guild checks, answering within Discord's deadline, card edits."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable
from typing import Any, TypeVar

import discord
from discord import app_commands

from bot.cards import Card
from bot.discord.render import message_kwargs
from bot.warmup.service import DM_GUILD_ID

log = logging.getLogger(__name__)
T = TypeVar("T")

# Discord drops an interaction not answered within 3 s; past this much work we defer and answer after.
DEFER_AFTER = 2.0


def require_guild(interaction: discord.Interaction) -> int:
    """``guild_only`` hides a command in DMs, but Discord clients can still send it: say so politely."""
    if interaction.guild_id is None:
        raise app_commands.NoPrivateMessage()
    return interaction.guild_id


def guild_of(interaction: discord.Interaction) -> int:
    """The guild id, or 0 in direct messages (personal warm-ups, /log and /streak work there)."""
    return interaction.guild_id or DM_GUILD_ID


async def within_deadline(interaction: discord.Interaction, work: Awaitable[T], *, ephemeral: bool,
                          thinking: bool = True) -> T:
    """Run ``work``; if it is still busy near Discord's 3-second limit (e.g. a locked SQLite database being
    retried), defer the interaction so it stays valid, then return the result for the follow-up."""
    task = asyncio.ensure_future(work)
    done, _ = await asyncio.wait({task}, timeout=DEFER_AFTER)
    if not done and not interaction.response.is_done():
        with contextlib.suppress(discord.HTTPException):
            await interaction.response.defer(ephemeral=ephemeral, thinking=thinking)
    return await task


def edit_kwargs(card: Card) -> dict[str, Any]:
    """message_kwargs for an edit of a card without a picture (edits keep the message's attachments)."""
    kwargs = message_kwargs(card)
    kwargs.pop("files", None)
    kwargs.setdefault("view", None)  # no buttons on the new card: remove the old ones
    return kwargs
