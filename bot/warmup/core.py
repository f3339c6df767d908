"""Warm-up sessions and the drill log.

Logging is idempotent in the database, not in Python: a session's drill is inserted with
``ON CONFLICT (session_id, user_id) DO NOTHING``, so a double click, a retried interaction or two bot
processes handling the same click log it once; a drill also stores the Discord interaction that logged it
(unique), so a redelivered ``/log`` logs once even in a process that restarted in between. Sessions live in
the database, so the buttons of an old card (whose custom ids carry the session id) keep working after a
restart; a click is only accepted from the server and channel its session belongs to.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from weakref import WeakKeyDictionary
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam, delete, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from bot.app import App
from bot.cards import Button, ButtonStyle, Card, Field, Line, Problem, Timestamp, text
from bot.settings.service import get_settings
from bot.streaks.days import local_day, member_zones
from bot.warmup.variations import (
    CUES,
    DURATION_DEFAULT,
    DURATION_MAX,
    DURATION_MIN,
    VARIATIONS,
    Variation,
    check_duration,
    parse_variation,
)
from db.batch import GroupCommit
from db.engine import DatabaseUnavailable
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
#
# Every drill goes through one group-commit writer per App (db.batch.GroupCommit): all drills pending at a
# moment are written in ONE transaction with one multi-row INSERT ... ON CONFLICT DO NOTHING RETURNING, so a
# burst of clicks costs a few transactions instead of one each (SQLite has a single writer). Each caller
# still gets its own answer: logged or duplicate, or its own error.

# Built once per dialect (statement construction is a large part of a drill's cost at 2,000 drills/s).
_INSERTS: dict[str, Any] = {
    # No conflict target: a session's drill conflicts on (session, user), a manual /log on (guild, user,
    # manual_day) — one manual log per member per day, kept by the database across processes — and any drill
    # on its interaction id (a redelivered interaction cannot log twice, even after a restart).
    name: dialect_insert(DrillLog).on_conflict_do_nothing()
    .returning(DrillLog.session_id, DrillLog.user_id, DrillLog.guild_id, DrillLog.manual_day)
    for name, dialect_insert in (("postgresql", postgresql.insert), ("sqlite", sqlite.insert))
}
_CHECKED_IN = (select(DrillLog.session_id, func.count())
               .where(DrillLog.session_id.in_(bindparam("ids", expanding=True))).group_by(DrillLog.session_id))
TEAM_SESSION_CACHE = 1024  # team sessions kept in memory per process (a few bytes each)


@dataclass(frozen=True, slots=True)
class _Drill:
    """One drill waiting for the writer. ``when`` is set for /log (today, yesterday...), None for a session."""

    guild_id: int
    user_id: int
    now: datetime
    duration_s: int
    variation: str
    source: str
    session_id: int | None = None
    team: bool = False
    when: str | date | None = None
    interaction_id: int | None = None


@dataclass(frozen=True, slots=True)
class _Written:
    logged: bool
    day: date
    checked_in: int  # team sessions only (0 otherwise)


class _DrillWriter:
    def __init__(self, app: App) -> None:
        self.app = app
        self.group: GroupCommit[_Drill, _Written] = GroupCommit(self._flush, name="drill-log")
        # Team sessions never change in ways complete() depends on (closes_at is fixed, they are never
        # deleted), so a burst of clicks on one card reads its row once. Personal ones are not cached:
        # forget_member deletes them, and each is clicked about once anyway.
        self.team_sessions: OrderedDict[int, Session] = OrderedDict()

    async def session(self, session_id: int) -> Session | None:
        cached = self.team_sessions.get(session_id)
        if cached is not None:
            return cached
        row = await self.app.db.run(lambda s: s.get(WarmupSession, session_id))
        if row is None:
            return None
        session = _session(row)
        if session.team:
            self.team_sessions[session_id] = session
            if len(self.team_sessions) > TEAM_SESSION_CACHE:
                self.team_sessions.popitem(last=False)
        return session

    async def _flush(self, batch: list[_Drill]) -> list[_Written | BaseException]:
        try:
            return await self.app.db.run(lambda s: self._write(s, batch))
        except DatabaseUnavailable:
            raise  # locked or unreachable for everyone: each caller gets the polite answer
        except Exception:
            if len(batch) == 1:
                raise
        # One bad item must not fail the others: write each alone, in its own transaction.
        outcomes: list[_Written | BaseException] = []
        for item in batch:
            try:
                outcomes.extend(await self.app.db.run(lambda s, item=item: self._write(s, [item])))
            except Exception as exc:
                outcomes.append(exc)
        return outcomes

    async def _write(self, s: AsyncSession, batch: list[_Drill]) -> list[_Written | BaseException]:
        """Runs inside one transaction (retried as a whole by Database.run, so nothing is half-written)."""
        zones = await member_zones(s, {(d.guild_id, d.user_id) for d in batch}, self.app.config.default_timezone)
        outcomes: list[_Written | BaseException] = []
        rows: list[dict[str, Any]] = []
        first: dict[tuple[int, int], int] = {}  # (session, member) -> index of the item that inserts it
        first_manual: dict[tuple[int, int, date], int] = {}  # (guild, member, day) -> the same, for /log
        for i, d in enumerate(batch):
            tz = zones[d.guild_id, d.user_id]
            today = local_day(d.now, tz)
            try:
                day = today if d.when is None else parse_when(d.when, today)
            except Problem as exc:
                outcomes.append(exc)
                continue
            outcomes.append(_Written(True, day, 0))
            if d.session_id is not None:
                if (d.session_id, d.user_id) in first:
                    continue  # the same click twice in one batch: the first one logs it
                first[d.session_id, d.user_id] = i
            else:
                if (d.guild_id, d.user_id, day) in first_manual:
                    continue
                first_manual[d.guild_id, d.user_id, day] = i
            rows.append({"guild_id": d.guild_id, "user_id": d.user_id, "done_at": d.now if day == today
                         else _noon(day, tz), "day": day, "duration_s": d.duration_s, "variation": d.variation,
                         "source": d.source, "session_id": d.session_id, "interaction_id": d.interaction_id,
                         "manual_day": day if d.session_id is None else None})
        if not rows:
            return outcomes
        conn = await s.connection()
        # executemany + RETURNING is sent as multi-row INSERTs by SQLAlchemy ("insertmanyvalues").
        inserted: set[tuple[int, int]] = set()
        inserted_manual: set[tuple[int, int, date]] = set()
        for sid, uid, gid, manual in await conn.execute(_INSERTS[conn.dialect.name], rows):
            if sid is not None:
                inserted.add((sid, uid))
            elif manual is not None:
                inserted_manual.add((gid, uid, _as_date(manual)))
        team_ids = sorted({d.session_id for d in batch if d.team and d.session_id is not None})
        counts: dict[int, int] = dict((await conn.execute(_CHECKED_IN, {"ids": team_ids})).all()) if team_ids \
            else {}
        for i, d in enumerate(batch):
            out = outcomes[i]
            if isinstance(out, BaseException):
                continue
            if d.session_id is None:
                key = (d.guild_id, d.user_id, out.day)
                outcomes[i] = _Written(first_manual[key] == i and key in inserted_manual, out.day, 0)
                continue
            logged = first[d.session_id, d.user_id] == i and (d.session_id, d.user_id) in inserted
            outcomes[i] = _Written(logged, out.day, counts.get(d.session_id, 0))
        return outcomes


_WRITERS: WeakKeyDictionary[App, _DrillWriter] = WeakKeyDictionary()


def _writer(app: App) -> _DrillWriter:
    writer = _WRITERS.get(app)
    if writer is None:
        writer = _WRITERS[app] = _DrillWriter(app)
    return writer


async def complete(app: App, session_id: int, user_id: int, *, source: str = "discord",
                   guild_id: int | None = None, channel_id: int | None = None,
                   interaction_id: int | None = None) -> Completion:
    """Log ``user_id``'s drill for a session: the owner's for a personal one, anyone's for a team one.

    ``guild_id``/``channel_id`` are where the click happened (from Discord, not from the button): a button
    id naming a session of another server or channel is refused, whatever it claims.
    The returned session may come from the in-process cache: read channel/message ids with get_session.
    """
    now = app.clock.now()
    writer = _writer(app)
    session = await writer.session(session_id)
    if session is None:
        raise Problem("I can't find that warm-up any more. Start a new one with /warmup.")
    if not clicked_where_posted(session, guild_id, channel_id):
        raise Problem("That button doesn't belong to a warm-up here. Start one in this channel with /warmup.")
    if not session.team and session.started_by != user_id:
        raise Problem("This is someone else's warm-up. Start your own with /warmup — it takes 45 seconds!")
    if now >= session.closes_at:
        what = "check-in for this team warm-up" if session.team else "this warm-up"
        raise Problem(f"Sorry, {what} has closed. Log a drill you did with /log, or start a new /warmup.")
    done = await writer.group.submit(_Drill(
        session.guild_id, user_id, now, session.duration_s, session.variation.value,
        "team" if session.team else source, session.id, session.team, interaction_id=interaction_id))
    return Completion(session, done.logged, done.checked_in if session.team else 1, done.day)


def clicked_where_posted(session: Session, guild_id: int | None, channel_id: int | None) -> bool:
    """Whether a click in ``guild_id``/``channel_id`` (None: not known, e.g. the console) may use ``session``."""
    if guild_id is not None and guild_id != session.guild_id:
        return False
    return channel_id is None or session.channel_id is None or channel_id == session.channel_id


async def _checked_in(s: AsyncSession, session_id: int) -> int:
    return int(await s.scalar(select(func.count()).select_from(DrillLog).where(DrillLog.session_id == session_id))
               or 0)


async def checked_in(app: App, session_id: int) -> int:
    return await app.db.run(lambda s: _checked_in(s, session_id))


LOG_DAYS_BACK = 6  # /log accepts today and the 6 days before it: "a date within the last week"
_AGO = re.compile(r"^(\d+|a|one)\s*(?:days?|d)\s*ago$")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _as_date(value: date | str) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


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


class AlreadyLogged(Problem):
    """A second manual /log for a day that already has one (one per member per day)."""


async def log_drill(app: App, *, guild_id: int, user_id: int, duration: int = DURATION_DEFAULT,
                    when: str | date = "today", variation: str | Variation = Variation.IN_PLACE,
                    source: str = "log", interaction_id: int | None = None) -> date:
    """Log a drill done away from Discord (``/log``). Returns the local day it was logged for.

    One manual log per member per day (guided warm-ups each count): a second raises AlreadyLogged.
    """
    check_log_duration(duration)
    var = parse_variation(variation)
    now = app.clock.now()

    done = await _writer(app).group.submit(_Drill(guild_id, user_id, now, duration, var.value, source, when=when,
                                                  interaction_id=interaction_id))
    if not done.logged:
        which = "today" if done.day == local_day(now, await _zone_of(app, guild_id, user_id)) else \
            done.day.strftime("%A %d %B")
        raise AlreadyLogged(f"You already logged a drill for {which} — one /log a day counts. Guided /warmup "
                            f"sessions each count; /log undo:True removes your last log.")
    return done.day


async def _zone_of(app: App, guild_id: int, user_id: int) -> ZoneInfo:
    zones = await app.db.run(lambda s: member_zones(s, {(guild_id, user_id)}, app.config.default_timezone))
    return zones[guild_id, user_id]


@dataclass(frozen=True, slots=True)
class Undone:
    day: date
    duration_s: int


async def undo_last_log(app: App, *, guild_id: int, user_id: int) -> Undone:
    """Delete the member's own most recent manual /log within the log window (the aggregates follow)."""
    today = local_day(app.clock.now(), await _zone_of(app, guild_id, user_id))

    async def work(s: AsyncSession) -> Undone | None:
        row = await s.scalar(select(DrillLog).where(
            DrillLog.guild_id == guild_id, DrillLog.user_id == user_id, DrillLog.manual_day.is_not(None),
            DrillLog.day >= today - timedelta(days=LOG_DAYS_BACK)).order_by(DrillLog.id.desc()).limit(1))
        if row is None:
            return None
        undone = Undone(row.day, row.duration_s)
        await s.execute(delete(DrillLog).where(DrillLog.id == row.id))
        return undone

    undone = await app.db.run(work)
    if undone is None:
        raise Problem(f"You have no /log from the last {LOG_DAYS_BACK + 1} days to undo here. (Guided warm-ups "
                      "are not undone this way.)")
    return undone


def _noon(day: date, tz: ZoneInfo) -> datetime:
    # The time of a drill logged for yesterday is unknown; noon keeps it well inside that local day.
    return datetime.combine(day, time(12), tz)


# -- cards ------------------------------------------------------------------------------------------------


def warmup_card(session: Session, *, checked_in: int = 0, closed: bool = False, done: bool = False) -> Card:
    """The card posted for a warm-up. The countdown is a Discord relative timestamp: it ticks by itself."""
    info = VARIATIONS[session.variation]
    kind = "Team warm-up" if session.team else "Warm-up"
    lines: list[Line] = [info.how, ""]
    if done:
        lines.append("✅ Done and logged. Nice work!")
    elif closed:
        lines.append(text("Check-in closed ", Timestamp(session.closes_at, "R"), "."))
    else:
        lines.append(text("⏱️ **Go!** Time's up ", Timestamp(session.ends_at, "R"), f" ({session.duration_s} s)."))
        if session.team:
            lines.append(text("Check in by ", Timestamp(session.closes_at, "t"), " (closes ",
                              Timestamp(session.closes_at, "R"), ")."))
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
