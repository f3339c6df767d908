"""Which local day it is for a member: their own zone (Member.timezone) if set, else the team's."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam, null, select, tuple_, union_all
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import GuildSettings, Member


@lru_cache(maxsize=512)
def zone(name: str) -> ZoneInfo:
    """Stored names were validated on the way in; a zone since removed from tzdata falls back to UTC."""
    try:
        return ZoneInfo(name)
    except (KeyError, ValueError):
        return ZoneInfo("UTC")


# Built once: this runs on every logged drill, and building a statement costs more than running it.
_ZONES = select(
    select(Member.timezone).where(Member.guild_id == bindparam("g"), Member.user_id == bindparam("u"))
    .scalar_subquery(),
    select(GuildSettings.timezone).where(GuildSettings.guild_id == bindparam("g")).scalar_subquery(),
)


async def member_zone(s: AsyncSession, guild_id: int, user_id: int, default: str) -> ZoneInfo:
    """One round trip for both settings (called on every logged drill)."""
    conn = await s.connection()
    own, team = (await conn.execute(_ZONES, {"g": guild_id, "u": user_id})).one()
    return zone(own or team or default)


# A batch of drills (see bot.warmup.service) reads every zone it needs in one round trip.
_BATCH_ZONES = union_all(
    select(Member.guild_id, Member.user_id, Member.timezone).where(
        tuple_(Member.guild_id, Member.user_id).in_(bindparam("pairs", expanding=True)),
        Member.timezone.is_not(None)),
    select(GuildSettings.guild_id, null(), GuildSettings.timezone).where(
        GuildSettings.guild_id.in_(bindparam("guilds", expanding=True))),
)


async def member_zones(s: AsyncSession, pairs: Collection[tuple[int, int]], default: str,
                       ) -> dict[tuple[int, int], ZoneInfo]:
    """``member_zone`` for many (guild, member) pairs at once."""
    if len(pairs) == 1:
        ((g, u),) = pairs
        return {(g, u): await member_zone(s, g, u, default)}
    conn = await s.connection()
    own: dict[tuple[int, int], str] = {}
    team: dict[int, str] = {}
    rows = await conn.execute(_BATCH_ZONES, {"pairs": list(pairs), "guilds": list({g for g, _ in pairs})})
    for g, u, name in rows:
        if u is None:
            team[g] = name
        else:
            own[g, u] = name
    return {(g, u): zone(own.get((g, u)) or team.get(g) or default) for g, u in pairs}


def local_day(moment: datetime, tz: ZoneInfo) -> date:
    return moment.astimezone(tz).date()


def week_start(day: date) -> date:
    """Weeks start on Monday (ISO)."""
    return day - timedelta(days=day.weekday())
