"""A guild's drill log as CSV (/export), and erasing a member's own data (/forget-me)."""

from __future__ import annotations

import asyncio
import csv
import gzip
import io
from dataclasses import dataclass
from datetime import UTC
from typing import Any, cast
from zoneinfo import ZoneInfo

from sqlalchemy import delete, select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.ext.asyncio import AsyncSession

from bot.app import App
from bot.cards import Problem
from bot.roster import service as roster
from bot.settings.service import get_settings
from bot.streaks.days import zone
from db.models import DrillLog, Member, Reminder, RosterMember, WarmupSession

CSV_COLUMNS = ("day", "done_at_local", "done_at_utc", "display_name", "user_id", "duration_s", "variation",
               "source", "session_id")
# Discord's default upload limit for bots is 10 MiB; above this the CSV is sent gzip-compressed.
UPLOAD_LIMIT = 8 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Export:
    filename: str
    data: bytes
    rows: int


def _csv(rows: list[tuple], names: dict[int, str], tz: ZoneInfo) -> bytes:
    """ISO 8601 times with their offset: in the server's zone (what members lived) and in UTC (sortable)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for day, done_at, user_id, duration, variation, source, session_id in rows:
        utc = done_at.astimezone(UTC).replace(microsecond=0)
        writer.writerow((day.isoformat(), utc.astimezone(tz).isoformat(), utc.isoformat().replace("+00:00", "Z"),
                         names.get(user_id, ""), user_id, duration, variation, source,
                         "" if session_id is None else session_id))
    return out.getvalue().encode()


async def export_csv(app: App, guild_id: int, *, limit: int = UPLOAD_LIMIT) -> Export:
    """The guild's drill log; display names come from the roster (empty for members the bot never saw)."""
    tz = zone((await get_settings(app, guild_id)).timezone)

    async def work(s: AsyncSession) -> tuple[list[tuple], dict[int, str]]:
        result = await s.execute(
            select(DrillLog.day, DrillLog.done_at, DrillLog.user_id, DrillLog.duration_s, DrillLog.variation,
                   DrillLog.source, DrillLog.session_id)
            .where(DrillLog.guild_id == guild_id).order_by(DrillLog.day, DrillLog.id)
        )
        names = await s.execute(select(RosterMember.user_id, RosterMember.display_name)
                                .where(RosterMember.guild_id == guild_id))
        return [tuple(r) for r in result], {uid: name for uid, name in names}

    rows, names = await app.db.run(work)
    data = await asyncio.to_thread(_csv, rows, names, tz)  # formatting a large log is CPU work: keep the loop free
    name = f"drill-log-{guild_id}.csv"
    if len(data) > limit:
        data = await asyncio.to_thread(gzip.compress, data, 6)
        name += ".gz"
        if len(data) > limit:
            raise Problem("The drill log is too large to upload in one file. Ask the bot's host for a "
                          "database export instead.")
    return Export(name, data, len(rows))


@dataclass(frozen=True, slots=True)
class Forgotten:
    drills: int
    reminders: int


def _count(result: object) -> int:
    """Rows a DELETE affected (a CursorResult's rowcount)."""
    return int(cast("CursorResult[Any]", result).rowcount or 0)


async def forget_member(app: App, guild_id: int, user_id: int) -> Forgotten:
    """Delete everything the coach keeps about one member in one guild, in one transaction.

    Their drills here go (the aggregates follow by trigger), their member row, personal warm-ups and their
    personal (DM) reminders. Team warm-ups they started stay for the others who checked in, with the starter anonymised.
    """

    async def work(s: AsyncSession) -> Forgotten:
        drills = _count(await s.execute(delete(DrillLog).where(DrillLog.guild_id == guild_id,
                                                               DrillLog.user_id == user_id)))
        await s.execute(delete(Member).where(Member.guild_id == guild_id, Member.user_id == user_id))
        await roster.forget(s, guild_id, user_id)
        await s.execute(delete(WarmupSession).where(WarmupSession.guild_id == guild_id,
                                                    WarmupSession.started_by == user_id, ~WarmupSession.team))
        await s.execute(update(WarmupSession).where(WarmupSession.guild_id == guild_id,
                                                    WarmupSession.started_by == user_id).values(started_by=0))
        # Personal reminders are stored under guild 0 (they go to the member's DMs): theirs wherever made.
        reminders = _count(await s.execute(delete(Reminder).where(Reminder.user_id == user_id,
                                                                  Reminder.personal)))
        return Forgotten(int(drills or 0), int(reminders or 0))

    gone = await app.db.run(work)
    roster.roster_of(app).drop_cached(guild_id, user_id)  # seen again later: written again
    return gone
