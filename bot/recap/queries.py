"""The weekly recap in the database: its setting, the once-per-week claim, and a week's attendance.

Posting exactly once: a due recap is first *claimed* (a conditional UPDATE moving ``last_week`` to this
week; only one process or restart can win it), then sent. If the send fails the claim is released so the
next check retries; the front end sends with a nonce derived from (guild, week), so a retry after a send
that did reach Discord is answered with the same message instead of a second one.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, cast

from sqlalchemy import delete, or_, select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.ext.asyncio import AsyncSession

from bot.app import App
from bot.recap.rules import LATE_LIMIT, Recap, occurrence
from bot.roster.service import display_names, team_members
from bot.settings.service import get_settings
from db.models import DrillMemberDay, RecapSetting

CHART_ROWS = 15


def _recap(row: RecapSetting) -> Recap:
    return Recap(row.guild_id, row.channel_id, row.weekday, row.hour, row.minute, row.last_week)


async def set_recap(app: App, guild_id: int, channel_id: int | None, weekday: int = 0, hour: int = 18,
                    minute: int = 0) -> Recap | None:
    """Turn the recap on (or move it); ``channel_id`` None turns it off. Changing the time does not repost
    a week already posted."""

    async def work(s: AsyncSession) -> Recap | None:
        row = await s.get(RecapSetting, guild_id)
        if channel_id is None:
            if row is not None:
                await s.delete(row)
            return None
        if row is None:
            row = RecapSetting(guild_id=guild_id, last_week=None)
            s.add(row)
        row.channel_id, row.weekday, row.hour, row.minute = channel_id, weekday, hour, minute
        await s.flush()
        return _recap(row)

    return await app.db.run(work)


async def get_recap(app: App, guild_id: int) -> Recap | None:
    row = await app.db.run(lambda s: s.get(RecapSetting, guild_id))
    return _recap(row) if row is not None else None


async def claim_due(app: App, guild_ids: set[int] | None = None) -> list[tuple[Recap, date, date]]:
    """Recaps due now (of ``guild_ids``, the guilds this process serves), each claimed for its week.

    Returns (recap, week Monday, posting day) for the claims this caller won; a lost race returns nothing.
    """
    now = app.clock.now()
    rows = await app.db.run(lambda s: s.scalars(select(RecapSetting)))
    won: list[tuple[Recap, date, date]] = []
    for row in list(rows):
        recap = _recap(row)
        if guild_ids is not None and recap.guild_id not in guild_ids:
            continue
        settings = await get_settings(app, recap.guild_id)
        monday, due = occurrence(recap, now, settings.timezone)
        if not due <= now < due + LATE_LIMIT or (recap.last_week is not None and recap.last_week >= monday):
            continue

        async def claim(s: AsyncSession, g: int = recap.guild_id, week: date = monday) -> int:
            result = await s.execute(update(RecapSetting).where(
                RecapSetting.guild_id == g, or_(RecapSetting.last_week.is_(None), RecapSetting.last_week < week))
                .values(last_week=week))
            return int(cast("CursorResult[Any]", result).rowcount or 0)

        if await app.db.run(claim):
            won.append((recap, monday, due.date()))
    return won


async def release(app: App, recap: Recap, week: date) -> None:
    """The send failed: give the week back so the next check retries it."""

    async def work(s: AsyncSession) -> None:
        await s.execute(update(RecapSetting).where(RecapSetting.guild_id == recap.guild_id,
                                                   RecapSetting.last_week == week)
                        .values(last_week=recap.last_week))

    await app.db.run(work)


async def forget_recap(s: AsyncSession, guild_id: int) -> None:
    await s.execute(delete(RecapSetting).where(RecapSetting.guild_id == guild_id))


@dataclass(frozen=True, slots=True)
class Week:
    first: date  # the 7 days first..first+6
    rows: tuple[tuple[str, frozenset[int]], ...]  # (display name, weekday indexes drilled), best first
    members: int  # team members who drilled at least once
    member_days: int


async def week_attendance(app: App, guild_id: int, first: date) -> Week:
    """Who of the team drilled on which of the 7 days from ``first`` (role holders per the roster, or
    everyone when no team role is set)."""
    settings = await get_settings(app, guild_id)
    last = first + timedelta(days=6)

    async def work(s: AsyncSession) -> Week:
        q = select(DrillMemberDay.user_id, DrillMemberDay.day).where(
            DrillMemberDay.guild_id == guild_id, DrillMemberDay.day.between(first, last))
        if settings.team_role_id is not None:
            q = q.where(DrillMemberDay.user_id.in_(team_members(guild_id, settings.team_role_id)))
        days: dict[int, set[int]] = defaultdict(set)
        for uid, day in await s.execute(q):
            days[uid].add((date.fromisoformat(day) if isinstance(day, str) else day).toordinal() - first.toordinal())
        best = sorted(days, key=lambda u: (-len(days[u]), u))[:CHART_ROWS]
        names = await display_names(s, guild_id, best)
        rows = tuple((names.get(u) or f"member …{str(u)[-4:]}", frozenset(days[u])) for u in best)
        return Week(first, rows, len(days), sum(len(v) for v in days.values()))

    return await app.db.run(work)
