"""Which local day it is for a member: their own zone (Member.timezone) if set, else the team's."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam, select
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


def local_day(moment: datetime, tz: ZoneInfo) -> date:
    return moment.astimezone(tz).date()


def week_start(day: date) -> date:
    """Weeks start on Monday (ISO)."""
    return day - timedelta(days=day.weekday())
