"""The SQL of per-server settings: one guild_settings row per server, its defaults when there is none."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.app import App
from db.models import GuildSettings


@dataclass(frozen=True, slots=True)
class Settings:
    guild_id: int
    timezone: str
    team_role_id: int | None
    coach_role_id: int | None
    team_goal: int
    team_window_minutes: int


def _from_row(row: GuildSettings | None, guild_id: int, app: App) -> Settings:
    if row is None:
        return Settings(guild_id, app.config.default_timezone, None, None, 1, app.config.team_window_minutes)
    return Settings(row.guild_id, row.timezone, row.team_role_id, row.coach_role_id, row.team_goal,
                    row.team_window_minutes)


async def read(app: App, guild_id: int) -> Settings:
    """The server's settings, or the defaults (from the config) when it never changed any."""
    async def work(s: AsyncSession) -> Settings:
        return _from_row(await s.get(GuildSettings, guild_id), guild_id, app)

    return await app.db.run(work)


async def write(app: App, guild_id: int, changes: dict[str, Any]) -> Settings:
    """Apply already validated ``changes`` (column name → value) in one transaction, creating the row from
    the defaults on a server's first change."""
    async def work(s: AsyncSession) -> Settings:
        row = await s.get(GuildSettings, guild_id, with_for_update=True)
        now = app.clock.now()
        if row is None:
            d = _from_row(None, guild_id, app)
            row = GuildSettings(guild_id=guild_id, timezone=d.timezone, team_goal=d.team_goal,
                                team_window_minutes=d.team_window_minutes, created_at=now, updated_at=now)
            s.add(row)
        for key, value in changes.items():
            setattr(row, key, value)
        row.updated_at = now
        await s.flush()
        return _from_row(row, guild_id, app)

    return await app.db.run(work)
