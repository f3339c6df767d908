"""The batching writer of the drill log.

Logging is idempotent in the database, not in Python: a session's drill is inserted with
``ON CONFLICT (session_id, user_id) DO NOTHING``, so a double click, a retried interaction or two bot
processes handling the same click log it once; a drill also stores the Discord interaction that logged it
(unique), so a redelivered ``/log`` logs once even in a process that restarted in between.

Every drill goes through one group-commit writer per App (db.batch.GroupCommit): all drills pending at a
moment are written in ONE transaction with one multi-row INSERT ... ON CONFLICT DO NOTHING RETURNING, so a
burst of clicks costs a few transactions instead of one each (SQLite has a single writer). Each caller
still gets its own answer: logged or duplicate, or its own error.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from bot.cards import Problem
from bot.streaks.days import local_day, member_zones
from bot.warmup.queries import Session, to_session
from bot.warmup.rules import as_date, noon, parse_when
from db.batch import GroupCommit
from db.engine import DatabaseUnavailable
from db.models import DrillLog, WarmupSession

if TYPE_CHECKING:
    from bot.app import App

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


class DrillWriter:
    """The App's one group-commit writer of drills (``app.drill_writer``)."""

    def __init__(self, app: App) -> None:
        self.app = app
        self.group: GroupCommit[Drill, Written] = GroupCommit(self._flush, name="drill-log")
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
        session = to_session(row)
        if session.team:
            self.team_sessions[session_id] = session
            if len(self.team_sessions) > TEAM_SESSION_CACHE:
                self.team_sessions.popitem(last=False)
        return session

    async def _flush(self, batch: list[Drill]) -> list[Written | BaseException]:
        try:
            return await self.app.db.run(lambda s: self._write(s, batch))
        except DatabaseUnavailable:
            raise  # locked or unreachable for everyone: each caller gets the polite answer
        except Exception:
            if len(batch) == 1:
                raise
        # One bad item must not fail the others: write each alone, in its own transaction.
        outcomes: list[Written | BaseException] = []
        for item in batch:
            try:
                outcomes.extend(await self.app.db.run(partial(self._write, batch=[item])))
            except Exception as exc:
                outcomes.append(exc)
        return outcomes

    async def _write(self, s: AsyncSession, batch: list[Drill]) -> list[Written | BaseException]:
        """Runs inside one transaction (retried as a whole by Database.run, so nothing is half-written)."""
        zones = await member_zones(s, {(d.guild_id, d.user_id) for d in batch}, self.app.config.default_timezone)
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
