"""Warm-up sessions and the drill log.

Logging is idempotent in the database, not in Python: a session's drill is inserted with
``ON CONFLICT (session_id, user_id) DO NOTHING``, so a double click, a retried interaction or two bot
processes handling the same click log it once. Sessions live in the database, so the buttons of an old card
(whose custom ids carry the session id) keep working after a restart.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from bot.app import App
from bot.cards import Button, ButtonStyle, Card, Field, Problem
from bot.guild_settings import get_settings
from bot.streaks.days import local_day, member_zone
from bot.warmup.variations import (
    CUES,
    DURATION_DEFAULT,
    VARIATIONS,
    Variation,
    check_duration,
    parse_variation,
)
from db.models import DrillLog, WarmupSession

# A personal card's Done keeps working this long (long enough to finish, short enough not to be reused).
PERSONAL_WINDOW = timedelta(hours=12)
DM_GUILD_ID = 0  # drills logged in direct messages or the console
TEAM_COLOUR, DONE_COLOUR, CLOSED_COLOUR = 0x3498DB, 0x2ECC71, 0x95A5A6


@dataclass(frozen=True, slots=True)
class Session:
    id: int
    guild_id: int
    channel_id: int | None
    message_id: int | None
    started_by: int
    team: bool
    duration_s: int
    variation: Variation
    started_at: datetime
    closes_at: datetime

    @property
    def ends_at(self) -> datetime:
        return self.started_at + timedelta(seconds=self.duration_s)


def _session(row: WarmupSession) -> Session:
    return Session(row.id, row.guild_id, row.channel_id, row.message_id, row.started_by, row.team, row.duration_s,
                   Variation(row.variation), row.started_at, row.closes_at)


@dataclass(frozen=True, slots=True)
class Completion:
    session: Session
    logged: bool  # False: this member's drill for the session was already logged
    checked_in: int  # members logged for this session so far
    day: date


# -- starting ---------------------------------------------------------------------------------------------


async def start_warmup(app: App, *, guild_id: int, user_id: int, duration: int = DURATION_DEFAULT,
                       variation: str | Variation = Variation.IN_PLACE, team: bool = False,
                       channel_id: int | None = None) -> Session:
    """Validate, then store the session (permission to start a team warm-up is the front end's check)."""
    check_duration(duration)
    var = parse_variation(variation)
    if team and guild_id == DM_GUILD_ID:
        raise Problem("Team warm-ups happen in a server channel. Use /warmup team:true there.")
    now = app.clock.now()
    if team:
        window = timedelta(minutes=(await get_settings(app, guild_id)).team_window_minutes)
        closes_at = now + max(window, timedelta(seconds=duration))
    else:
        closes_at = now + PERSONAL_WINDOW

    async def work(s: AsyncSession) -> Session:
        row = WarmupSession(guild_id=guild_id, channel_id=channel_id, started_by=user_id, team=team,
                            duration_s=duration, variation=var.value, started_at=now, closes_at=closes_at)
        s.add(row)
        await s.flush()
        return _session(row)

    return await app.db.run(work)


async def record_message(app: App, session_id: int, channel_id: int | None, message_id: int | None) -> None:
    """Remember where a team card was posted (its check-in count is edited there).

    ``message_id`` None marks a card that needs no more edits (closed, or never posted).
    """

    async def work(s: AsyncSession) -> None:
        await s.execute(update(WarmupSession).where(WarmupSession.id == session_id)
                        .values(channel_id=channel_id, message_id=message_id))

    await app.db.run(work)


async def get_session(app: App, session_id: int) -> Session:
    async def work(s: AsyncSession) -> WarmupSession | None:
        return await s.get(WarmupSession, session_id)

    row = await app.db.run(work)
    if row is None:
        raise Problem("I can't find that warm-up any more. Start a new one with /warmup.")
    return _session(row)


async def latest_personal_session(app: App, guild_id: int, user_id: int) -> Session:
    async def work(s: AsyncSession) -> WarmupSession | None:
        return await s.scalar(
            select(WarmupSession)
            .where(WarmupSession.guild_id == guild_id, WarmupSession.started_by == user_id, ~WarmupSession.team)
            .order_by(WarmupSession.id.desc()).limit(1)
        )

    row = await app.db.run(work)
    if row is None:
        raise Problem("You have no warm-up running. Start one with /warmup.")
    return _session(row)


async def open_team_sessions(app: App, *, closed_since: timedelta = timedelta(hours=6)) -> list[Session]:
    """Team cards that still need edits: open ones, and ones closed recently whose final edit may be missing."""
    since = app.clock.now() - closed_since

    async def work(s: AsyncSession) -> list[Session]:
        rows = await s.scalars(select(WarmupSession).where(
            WarmupSession.team, WarmupSession.message_id.is_not(None), WarmupSession.closes_at > since))
        return [_session(r) for r in rows]

    return await app.db.run(work)


# -- logging ----------------------------------------------------------------------------------------------


# Built once per dialect (statement construction is a large part of a drill's cost at 2,000 drills/s).
_INSERTS: dict[str, Any] = {
    name: dialect_insert(DrillLog).on_conflict_do_nothing(index_elements=["session_id", "user_id"])
    .returning(DrillLog.id)
    for name, dialect_insert in (("postgresql", postgresql.insert), ("sqlite", sqlite.insert))
}


async def insert_drill(s: AsyncSession, *, guild_id: int, user_id: int, done_at: datetime, day: date,
                       duration_s: int, variation: str, source: str, session_id: int | None) -> bool:
    """Insert one drill; False when the (session, member) pair is already logged."""
    conn = await s.connection()
    params = {"guild_id": guild_id, "user_id": user_id, "done_at": done_at, "day": day, "duration_s": duration_s,
              "variation": variation, "source": source, "session_id": session_id}
    result = await conn.execute(_INSERTS[conn.dialect.name], params)
    return result.scalar_one_or_none() is not None


async def complete(app: App, session_id: int, user_id: int, *, source: str = "discord") -> Completion:
    """Log ``user_id``'s drill for a session: the owner's for a personal one, anyone's for a team one."""
    now = app.clock.now()

    async def work(s: AsyncSession) -> Completion:
        row = await s.get(WarmupSession, session_id)
        if row is None:
            raise Problem("I can't find that warm-up any more. Start a new one with /warmup.")
        session = _session(row)
        if not session.team and session.started_by != user_id:
            raise Problem("This is someone else's warm-up. Start your own with /warmup — it takes 45 seconds!")
        if now >= session.closes_at:
            what = "check-in for this team warm-up" if session.team else "this warm-up"
            raise Problem(f"Sorry, {what} has closed. Log a drill you did with /log, or start a new /warmup.")
        day = local_day(now, await member_zone(s, session.guild_id, user_id, app.config.default_timezone))
        logged = await insert_drill(s, guild_id=session.guild_id, user_id=user_id, done_at=now, day=day,
                                    duration_s=session.duration_s, variation=session.variation.value,
                                    source="team" if session.team else source, session_id=session.id)
        count = await _checked_in(s, session.id) if session.team else 1
        return Completion(session, logged, count, day)

    return await app.db.run(work)


async def _checked_in(s: AsyncSession, session_id: int) -> int:
    return int(await s.scalar(select(func.count()).select_from(DrillLog).where(DrillLog.session_id == session_id))
               or 0)


async def checked_in(app: App, session_id: int) -> int:
    return await app.db.run(lambda s: _checked_in(s, session_id))


def parse_when(when: str | date, today: date) -> date:
    """``today``, ``yesterday`` or an ISO date; nothing in the future and nothing older than yesterday."""
    if isinstance(when, date):
        day = when
    else:
        text = when.strip().lower()
        if text in ("", "today"):
            day = today
        elif text == "yesterday":
            day = today - timedelta(days=1)
        elif text == "tomorrow":
            day = today + timedelta(days=1)
        else:
            try:
                day = date.fromisoformat(text)
            except ValueError:
                raise Problem("Say when as “today” or “yesterday”.") from None
    if day > today:
        raise Problem("That day hasn't happened yet! You can log a drill for today or yesterday.")
    if day < today - timedelta(days=1):
        raise Problem("You can only log a drill for today or yesterday — older days can't be added, "
                      "so streaks stay honest.")
    return day


async def log_drill(app: App, *, guild_id: int, user_id: int, duration: int = DURATION_DEFAULT,
                    when: str | date = "today", variation: str | Variation = Variation.IN_PLACE,
                    source: str = "log") -> date:
    """Log a drill done away from Discord (``/log``). Returns the local day it was logged for."""
    check_duration(duration)
    var = parse_variation(variation)
    now = app.clock.now()

    async def work(s: AsyncSession) -> date:
        tz = await member_zone(s, guild_id, user_id, app.config.default_timezone)
        day = parse_when(when, local_day(now, tz))
        done_at = now if day == local_day(now, tz) else _noon(day, tz)
        await insert_drill(s, guild_id=guild_id, user_id=user_id, done_at=done_at, day=day, duration_s=duration,
                           variation=var.value, source=source, session_id=None)
        return day

    return await app.db.run(work)


def _noon(day: date, tz: ZoneInfo) -> datetime:
    # The time of a drill logged for yesterday is unknown; noon keeps it well inside that local day.
    return datetime.combine(day, time(12), tz)


# -- cards ------------------------------------------------------------------------------------------------


def _ts(moment: datetime, style: str = "R") -> str:
    return f"<t:{int(moment.timestamp())}:{style}>"


def warmup_card(session: Session, *, checked_in: int = 0, closed: bool = False, done: bool = False) -> Card:
    """The card posted for a warm-up. The countdown is a Discord relative timestamp: it ticks by itself."""
    info = VARIATIONS[session.variation]
    kind = "Team warm-up" if session.team else "Warm-up"
    lines = [info.how, ""]
    if done:
        lines.append("✅ Done and logged. Nice work!")
    elif closed:
        lines.append(f"Check-in closed {_ts(session.closes_at)}.")
    else:
        lines.append(f"⏱️ **Go!** Time's up {_ts(session.ends_at)} ({session.duration_s} s).")
        if session.team:
            lines.append(f"Check in by {_ts(session.closes_at, 't')} (closes {_ts(session.closes_at)}).")
    fields = [Field("Key cues", "\n".join(f"• {c}" for c in CUES))]
    if session.team:
        word = "teammate" if checked_in == 1 else "teammates"
        fields.append(Field("Checked in", f"**{checked_in}** {word}", inline=True))
    finished = closed or done
    main = (Button("I did it", f"warmup:team:{session.id}", ButtonStyle.SUCCESS, "✅", disabled=finished)
            if session.team else
            Button("Done", f"warmup:done:{session.id}", ButtonStyle.SUCCESS, "✅", disabled=finished))
    return Card(
        title=f"{kind}: butt kicks · {info.label.lower()} · {session.duration_s} s",
        lines=tuple(lines),
        fields=tuple(fields),
        buttons=(main, Button("Technique", "warmup:technique", emoji="📋"),
                 Button("Muscles", "warmup:muscles", emoji="💪")),
        colour=CLOSED_COLOUR if closed else DONE_COLOUR if done else TEAM_COLOUR if session.team else 0xE67E22,
        footer="Tap Done when you finish — it counts towards your streak." if not session.team else None,
    )
