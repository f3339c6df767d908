"""The weekly recap's rules: its days and times, when a week is due, and what marks a week as posted."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from bot.cards import Problem
from bot.streaks.days import local_day, week_start, zone

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
LATE_LIMIT = timedelta(hours=24)  # a recap not posted within a day of its time (bot down) is skipped
# Outbox rows older than this are deleted (hourly, by the check): a week can only be claimed within LATE_LIMIT
# of its time, so an old row guards nothing; eight weeks keep a trail for "why was there no recap?".
KEEP_POSTS = timedelta(weeks=8)


@dataclass(frozen=True, slots=True)
class Recap:
    """A server's recap setting (a detached copy of its ``recap_settings`` row)."""

    guild_id: int
    channel_id: int
    weekday: int
    hour: int
    minute: int
    last_week: date | None
    role_id: int | None = None

    def label(self) -> str:
        return f"{WEEKDAYS[self.weekday]}s at {self.hour:02d}:{self.minute:02d}"


def parse_weekday(text: str) -> int:
    t = text.strip().lower()
    for i, name in enumerate(WEEKDAYS):
        if len(t) >= 3 and name.lower().startswith(t):
            return i
    raise Problem(f"“{text[:20]}” isn't a weekday. Pick one of Monday … Sunday (e.g. mon).")


def occurrence(recap: Recap, now: datetime, tz_name: str) -> tuple[date, datetime]:
    """This local week's Monday and the moment the recap is due in it."""
    tz = zone(tz_name)
    monday = week_start(local_day(now, tz))
    day = monday + timedelta(days=recap.weekday)
    return monday, datetime.combine(day, time(recap.hour, recap.minute), tz)


def due_week(recap: Recap, now: datetime, tz_name: str) -> tuple[date, datetime] | None:
    """(week Monday, due moment) when the recap is due now and its week not yet claimed; else None."""
    monday, due = occurrence(recap, now, tz_name)
    if not due <= now < due + LATE_LIMIT or (recap.last_week is not None and recap.last_week >= monday):
        return None
    return monday, due


def marker(week: date) -> str:
    """How a posted recap's footer starts: found in the channel's history, it proves the week was posted."""
    return f"Weekly recap · week of {week.isoformat()} ·"


def nonce_for(guild_id: int, week: date) -> str:
    """≤ 25 characters (Discord's limit), the same for every attempt at one guild's week."""
    return f"rc{guild_id % 10**15}{week:%y%m%d}"
