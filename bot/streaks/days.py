"""Which local day it is for a member: in the team's time zone (the server's setting, else the default; read
by bot.settings.queries.member_zone)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo


@lru_cache(maxsize=512)
def zone(name: str) -> ZoneInfo:
    """Stored names were validated on the way in; a zone since removed from tzdata falls back to UTC."""
    try:
        return ZoneInfo(name)
    except (KeyError, ValueError):
        return ZoneInfo("UTC")


def local_day(moment: datetime, tz: ZoneInfo) -> date:
    return moment.astimezone(tz).date()


def week_start(day: date) -> date:
    """Weeks start on Monday (ISO)."""
    return day - timedelta(days=day.weekday())
