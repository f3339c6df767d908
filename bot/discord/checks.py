"""Permission checks shared by the cogs: coach role or Manage Server."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands

from db.engine import UNAVAILABLE, DatabaseUnavailable

if TYPE_CHECKING:
    from bot.app import App


class NotCoach(app_commands.CheckFailure):
    pass


class CheckUnavailable(app_commands.CheckFailure):
    """A check could not read what it needs (the database is down). discord.py hands only AppCommandErrors
    raised in a check to the error handler; anything else would leave the member without an answer."""


def member_is_coach(member: discord.Member | discord.User, coach_role_id: int | None) -> bool:
    if not isinstance(member, discord.Member):
        return False
    if member.guild_permissions.manage_guild:
        return True
    return coach_role_id is not None and any(r.id == coach_role_id for r in member.roles)


async def coach_role_of(app: App, guild_id: int) -> int | None:
    """The server's coach role, read through the settings service (no SQL in the front end)."""
    from bot.settings.service import get_settings

    return (await get_settings(app, guild_id)).coach_role_id


def coach_only():
    """Allow members with Manage Server, or the server's coach role (set with /settings coach_role)."""

    async def predicate(interaction: discord.Interaction) -> bool:
        if interaction.guild_id is None:
            raise app_commands.NoPrivateMessage()
        app: App = interaction.client.app  # type: ignore[attr-defined]
        try:
            coach_role = await coach_role_of(app, interaction.guild_id)
        except DatabaseUnavailable as exc:
            raise CheckUnavailable(UNAVAILABLE) from exc
        if member_is_coach(interaction.user, coach_role):
            return True
        raise NotCoach("Only coaches can do that: you need the Manage Server permission or the coach role.")

    return app_commands.check(predicate)
