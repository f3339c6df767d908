"""Weekly recap rules without I/O: weekdays, when a recap is due, the nonce that makes a retry idempotent."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from bot.cards import Problem
from bot.streaks.days import local_day, week_start, zone

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
LATE_LIMIT = timedelta(hours=24)  # a recap not posted within a day of its time (bot down) is skipped


@dataclass(frozen=True, slots=True)
class Recap:
    guild_id: int
    channel_id: int
    weekday: int
    hour: int
    minute: int
    last_week: date | None

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


def nonce_for(guild_id: int, week: date) -> str:
    """≤ 25 characters (Discord's limit), the same for every attempt at one guild's week."""
    return f"rc{guild_id % 10**15}{week:%y%m%d}"
