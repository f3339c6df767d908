"""Warm-up rules without I/O: which day a /log means, a logged drill's duration, where a click counts."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from bot.cards import Problem
from bot.warmup.variations import DURATION_DEFAULT, DURATION_MAX, DURATION_MIN

if TYPE_CHECKING:
    from bot.warmup.queries import Session  # only a type here: the queries import these rules

LOG_DAYS_BACK = 6  # /log accepts today and the 6 days before it: "a date within the last week"
_AGO = re.compile(r"^(\d+|a|one)\s*(?:days?|d)\s*ago$")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def parse_when(when: str | date, today: date) -> date:
    """``today``, ``yesterday``, ``N days ago``, a weekday (the last one) or an ISO date, within the last
    week (LOG_DAYS_BACK); nothing in the future. Each error names what was typed and what would work."""
    shown = str(when).strip()
    if isinstance(when, date):
        day = when
    else:
        text = " ".join(when.strip().lower().split())
        ago = _AGO.match(text)
        if text in ("", "today", "now"):
            day = today
        elif text == "yesterday":
            day = today - timedelta(days=1)
        elif text == "tomorrow":
            day = today + timedelta(days=1)
        elif ago:
            day = today - timedelta(days=1 if ago[1] in ("a", "one") else int(ago[1][:4]))
        elif text.removeprefix("last ") in _WEEKDAYS:
            back = (today.weekday() - _WEEKDAYS.index(text.removeprefix("last "))) % 7 or 7
            day = today - timedelta(days=back)  # the most recent such day before today
        else:
            try:
                day = date.fromisoformat(text)
            except ValueError:
                raise Problem(f"I can't read “{shown[:40]}” as a day. Say today, yesterday, “2 days ago”, a "
                              f"weekday or a date like {(today - timedelta(days=2)).isoformat()}.") from None
    if day > today:
        raise Problem(f"“{shown[:40]}” ({day.isoformat()}) hasn't happened yet! You can log a drill for today "
                      f"or up to {LOG_DAYS_BACK} days back.")
    if day < today - timedelta(days=LOG_DAYS_BACK):
        raise Problem(f"“{shown[:40]}” ({day.isoformat()}) is more than {LOG_DAYS_BACK} days ago: you can log "
                      f"a drill for today or up to {LOG_DAYS_BACK} days back, so streaks stay honest.")
    return day


def check_log_duration(seconds: int) -> int:
    """/log's duration check: says what was typed and suggests a /log that works (not /warmup)."""
    if seconds <= 0:
        raise Problem(f"{seconds} isn't a duration: a drill lasts between {DURATION_MIN} and {DURATION_MAX} "
                      f"seconds. Try /log {DURATION_DEFAULT}.")
    if seconds < DURATION_MIN:
        raise Problem(f"{seconds} seconds is too short to log: a drill lasts between {DURATION_MIN} and "
                      f"{DURATION_MAX} seconds. Try /log {DURATION_DEFAULT}.")
    if seconds > DURATION_MAX:
        raise Problem(f"{seconds} seconds is longer than one drill: a drill lasts between {DURATION_MIN} and "
                      f"{DURATION_MAX} seconds. Log the one you did, e.g. /log {DURATION_MAX} (one /log a day "
                      "counts).")
    return seconds


def clicked_where_posted(session: Session, guild_id: int | None, channel_id: int | None) -> bool:
    """Whether a click in ``guild_id``/``channel_id`` (None: not known, e.g. the console) may use ``session``."""
    if guild_id is not None and guild_id != session.guild_id:
        return False
    return channel_id is None or session.channel_id is None or channel_id == session.channel_id


def as_date(value: date | str) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


def noon(day: date, tz: ZoneInfo) -> datetime:
    # The time of a drill logged for yesterday is unknown; noon keeps it well inside that local day.
    return datetime.combine(day, time(12), tz)
