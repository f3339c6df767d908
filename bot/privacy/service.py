"""A guild's drill log as CSV (/export), and erasing a member's own data (/forget-me)."""

from __future__ import annotations

import asyncio
import csv
import gzip
import io
from dataclasses import dataclass
from datetime import UTC
from zoneinfo import ZoneInfo

from bot.app import App
from bot.cards import Problem
from bot.privacy import queries
from bot.privacy.queries import DrillRow
from bot.roster.service import roster_of
from bot.settings.service import get_settings
from bot.streaks.days import zone

CSV_COLUMNS = ("day", "done_at_local", "done_at_utc", "display_name", "user_id", "duration_s", "variation",
               "source", "session_id")
# Discord's default upload limit for bots is 10 MiB; above this the CSV is sent gzip-compressed.
UPLOAD_LIMIT = 8 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Export:
    filename: str
    data: bytes
    rows: int


def _csv(rows: list[DrillRow], names: dict[int, str], tz: ZoneInfo) -> bytes:
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
    rows, names = await queries.drill_log(app, guild_id)
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


async def forget_member(app: App, guild_id: int, user_id: int) -> Forgotten:
    """Delete everything the coach keeps about one member in one guild, in one transaction.

    Their drills here go (the aggregates follow by trigger), their member row, personal warm-ups and their
    personal (DM) reminders. Team warm-ups they started stay for the others who checked in, with the starter anonymised.
    """
    drills, reminders = await queries.delete_member(app, guild_id, user_id)
    roster_of(app).drop_cached(guild_id, user_id)  # seen again later: written again
    return Forgotten(drills, reminders)
