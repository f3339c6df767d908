"""Warm-up sessions and the drill log in the database.

Sessions live in the database, so the buttons of an old card (whose custom ids carry the session id) keep
working after a restart.

Logging is idempotent in the database, not in Python: a session's drill is inserted with
``ON CONFLICT (session_id, user_id) DO NOTHING``, so a double click, a retried interaction or two bot
processes handling the same click log it once; a drill also stores the Discord interaction that logged it
(unique), so a redelivered ``/log`` logs once even in a process that restarted in between. Drills are written
in batches by the App's group-commit writer (bot/warmup/writer.py: :func:`write_drills` is its transaction).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, delete, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from bot.app import App
from bot.cards import Problem
from bot.settings.queries import member_zones
from bot.streaks.days import local_day
from bot.warmup.rules import as_date, noon, parse_when
from bot.warmup.variations import Variation
from db.models import DrillLog, WarmupSession


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


def to_session(row: WarmupSession) -> Session:
    return Session(row.id, row.guild_id, row.channel_id, row.message_id, row.started_by, row.team, row.duration_s,
                   Variation(row.variation), row.started_at, row.closes_at)


async def insert_session(app: App, *, guild_id: int, channel_id: int | None, user_id: int, team: bool,
                         duration_s: int, variation: Variation, started_at: datetime, closes_at: datetime) -> Session:
    async def work(s: AsyncSession) -> Session:
        row = WarmupSession(guild_id=guild_id, channel_id=channel_id, started_by=user_id, team=team,
                            duration_s=duration_s, variation=variation.value, started_at=started_at,
                            closes_at=closes_at)
        s.add(row)
        await s.flush()
        return to_session(row)

    return await app.db.run(work)


async def record_message(app: App, session_id: int, channel_id: int | None, message_id: int | None) -> None:
    """Remember where a team card was posted (its check-in count is edited there).

    ``message_id`` None marks a card that needs no more edits (closed, or never posted).
    """

    async def work(s: AsyncSession) -> None:
        await s.execute(update(WarmupSession).where(WarmupSession.id == session_id)
                        .values(channel_id=channel_id, message_id=message_id))

    await app.db.run(work)


async def find_session(app: App, session_id: int) -> Session | None:
    row = await app.db.run(lambda s: s.get(WarmupSession, session_id))
    return to_session(row) if row is not None else None


async def get_session(app: App, session_id: int) -> Session:
    async def work(s: AsyncSession) -> WarmupSession | None:
        return await s.get(WarmupSession, session_id)

    row = await app.db.run(work)
    if row is None:
        raise Problem("I can't find that warm-up any more. Start a new one with /warmup.")
    return to_session(row)


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
    return to_session(row)


async def open_team_sessions(app: App, *, closed_since: timedelta = timedelta(hours=6)) -> list[Session]:
    """Team cards that still need edits: open ones, and ones closed recently whose final edit may be missing."""
    since = app.clock.now() - closed_since

    async def work(s: AsyncSession) -> list[Session]:
        rows = await s.scalars(select(WarmupSession).where(
            WarmupSession.team, WarmupSession.message_id.is_not(None), WarmupSession.closes_at > since))
        return [to_session(r) for r in rows]

    return await app.db.run(work)


async def _checked_in(s: AsyncSession, session_id: int) -> int:
    return int(await s.scalar(select(func.count()).select_from(DrillLog).where(DrillLog.session_id == session_id))
               or 0)


async def checked_in(app: App, session_id: int) -> int:
    return await app.db.run(lambda s: _checked_in(s, session_id))


@dataclass(frozen=True, slots=True)
class Undone:
    day: date
    duration_s: int


async def delete_last_manual_log(app: App, guild_id: int, user_id: int, since: date) -> Undone | None:
    """Delete the member's most recent manual /log on or after ``since`` (the aggregates follow)."""

    async def work(s: AsyncSession) -> Undone | None:
        row = await s.scalar(select(DrillLog).where(
            DrillLog.guild_id == guild_id, DrillLog.user_id == user_id, DrillLog.manual_day.is_not(None),
            DrillLog.day >= since).order_by(DrillLog.id.desc()).limit(1))
        if row is None:
            return None
        undone = Undone(row.day, row.duration_s)
        await s.execute(delete(DrillLog).where(DrillLog.id == row.id))
        return undone

    return await app.db.run(work)


# -- the drill log's batched writes ---------------------------------------------------------------------

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

@dataclass(frozen=True, slots=True)
class Drill:
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
class Written:
    logged: bool
    day: date
    checked_in: int  # team sessions only (0 otherwise)


async def write_drills(s: AsyncSession, batch: list[Drill], default_zone: str) -> list[Written | BaseException]:
    """The writer's batch (bot/warmup/writer.py), inside one transaction (retried as a whole by Database.run,
    so nothing is half-written): one multi-row INSERT ... ON CONFLICT DO NOTHING RETURNING, then the
    check-in counts of the team sessions in it. Each drill gets its own answer: logged or duplicate, or its
    own error (a /log day it cannot read)."""
    zones = await member_zones(s, {(d.guild_id, d.user_id) for d in batch}, default_zone)
    outcomes: list[Written | BaseException] = []
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
        outcomes.append(Written(True, day, 0))
        if d.session_id is not None:
            if (d.session_id, d.user_id) in first:
                continue  # the same click twice in one batch: the first one logs it
            first[d.session_id, d.user_id] = i
        else:
            if (d.guild_id, d.user_id, day) in first_manual:
                continue
            first_manual[d.guild_id, d.user_id, day] = i
        rows.append({"guild_id": d.guild_id, "user_id": d.user_id, "done_at": d.now if day == today
                     else noon(day, tz), "day": day, "duration_s": d.duration_s, "variation": d.variation,
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
            inserted_manual.add((gid, uid, as_date(manual)))
    team_ids = sorted({d.session_id for d in batch if d.team and d.session_id is not None})
    counts: dict[int, int] = {int(sid): int(n) for sid, n in await conn.execute(_CHECKED_IN, {"ids": team_ids})
                               if sid is not None} if team_ids else {}
    for i, d in enumerate(batch):
        out = outcomes[i]
        if isinstance(out, BaseException):
            continue
        if d.session_id is None:
            key = (d.guild_id, d.user_id, out.day)
            outcomes[i] = Written(first_manual[key] == i and key in inserted_manual, out.day, 0)
            continue
        logged = first[d.session_id, d.user_id] == i and (d.session_id, d.user_id) in inserted
        outcomes[i] = Written(logged, out.day, counts.get(d.session_id, 0))
    return outcomes
