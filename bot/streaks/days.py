"""Which local day it is for a member: in the team's time zone (the server's setting, else the default)."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import GuildSettings


@lru_cache(maxsize=512)
def zone(name: str) -> ZoneInfo:
    """Stored names were validated on the way in; a zone since removed from tzdata falls back to UTC."""
    try:
        return ZoneInfo(name)
    except (KeyError, ValueError):
        return ZoneInfo("UTC")


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


def local_day(moment: datetime, tz: ZoneInfo) -> date:
    return moment.astimezone(tz).date()


def week_start(day: date) -> date:
    """Weeks start on Monday (ISO)."""
    return day - timedelta(days=day.weekday())
