"""The SQL of /export (a guild's drill log with the roster's names) and /forget-me (one member's rows)."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import delete, select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.ext.asyncio import AsyncSession

from bot.app import App
from bot.roster import queries as roster
from db.models import DrillLog, Member, Reminder, WarmupSession

# One drill log row: day, done_at, user_id, duration_s, variation, source, session_id.
DrillRow = tuple[Any, ...]


async def drill_log(app: App, guild_id: int) -> tuple[list[DrillRow], dict[int, str]]:
    """The guild's drills in order, and the display names the roster holds there (one transaction)."""
    async def work(s: AsyncSession) -> tuple[list[DrillRow], dict[int, str]]:
        result = await s.execute(
            select(DrillLog.day, DrillLog.done_at, DrillLog.user_id, DrillLog.duration_s, DrillLog.variation,
                   DrillLog.source, DrillLog.session_id)
            .where(DrillLog.guild_id == guild_id).order_by(DrillLog.day, DrillLog.id)
        )
        rows = [tuple(r) for r in result]
        return rows, await roster.display_names(s, guild_id)

    return await app.db.run(work)


def _count(result: object) -> int:
    """Rows a DELETE affected (a CursorResult's rowcount)."""
    return int(cast("CursorResult[Any]", result).rowcount or 0)


async def delete_member(app: App, guild_id: int, user_id: int) -> tuple[int, int]:
    """Delete one member's rows in one guild, in one transaction: (drills, personal reminders) deleted.

    Their drills here go (the aggregates follow by trigger), their member and roster rows, personal warm-ups,
    and their personal (DM) reminders with the DM failures and notice kept for them. Team warm-ups they started
    stay for the others who checked in, with the starter anonymised."""
    async def work(s: AsyncSession) -> tuple[int, int]:
        drills = _count(await s.execute(delete(DrillLog).where(DrillLog.guild_id == guild_id,
                                                               DrillLog.user_id == user_id)))
        # Their guild-0 row too: it only holds the DM bookkeeping (failures, a pending notice) of the personal
        # reminders, which go below wherever they were made.
        await s.execute(delete(Member).where(Member.guild_id.in_((guild_id, 0)), Member.user_id == user_id))
        await roster.forget(s, guild_id, user_id)
        await s.execute(delete(WarmupSession).where(WarmupSession.guild_id == guild_id,
                                                    WarmupSession.started_by == user_id, ~WarmupSession.team))
        await s.execute(update(WarmupSession).where(WarmupSession.guild_id == guild_id,
                                                    WarmupSession.started_by == user_id).values(started_by=0))
        # Personal reminders are stored under guild 0 (they go to the member's DMs): theirs wherever made.
        reminders = _count(await s.execute(delete(Reminder).where(Reminder.user_id == user_id,
                                                                  Reminder.personal)))
        return int(drills or 0), int(reminders or 0)

    return await app.db.run(work)
