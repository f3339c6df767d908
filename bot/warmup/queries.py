"""Warm-up sessions in the database (the drill log is written by bot.warmup.writer).

Sessions live in the database, so the buttons of an old card (whose custom ids carry the session id) keep
working after a restart.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.app import App
from bot.cards import Problem
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
