"""The SQL of per-server settings: one guild_settings row per server, its defaults when there is none."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.app import App
from bot.streaks.days import zone
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


# Built once: this runs on every logged drill, and building a statement costs more than running it.
_ZONE = select(GuildSettings.timezone).where(GuildSettings.guild_id == bindparam("g"))
_BATCH_ZONES = select(GuildSettings.guild_id, GuildSettings.timezone).where(
    GuildSettings.guild_id.in_(bindparam("guilds", expanding=True)))


async def member_zone(s: AsyncSession, guild_id: int, user_id: int, default: str) -> ZoneInfo:
    """The zone a member's days are counted in: the team's (called on every logged drill)."""
    conn = await s.connection()
    return zone((await conn.execute(_ZONE, {"g": guild_id})).scalar() or default)


async def member_zones(s: AsyncSession, pairs: Collection[tuple[int, int]], default: str,
                       ) -> dict[tuple[int, int], ZoneInfo]:
    """``member_zone`` for many (guild, member) pairs at once (a batch of drills, see bot.warmup.writer)."""
    if len(pairs) == 1:
        ((g, u),) = pairs
        return {(g, u): await member_zone(s, g, u, default)}
    conn = await s.connection()
    team = dict((await conn.execute(_BATCH_ZONES, {"guilds": list({g for g, _ in pairs})})).all())
    return {(g, u): zone(team.get(g) or default) for g, u in pairs}
