"""The weekly recap's SQL: its setting (``recap_settings``), the once-per-week claim, the week's attendance,
and its outbox (``recap_posts``, moved by the shared conditional writes in db/outbox.py)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.app import App
from bot.recap.rules import Recap
from bot.roster.queries import display_names, team_members
from db.models import DrillMemberDay, RecapPost, RecapSetting
from db.outbox import SENDING, Claimed, claimed, finish_row, renew_row, stale_rows, take_over_row

CHART_ROWS = 15


@dataclass(frozen=True, slots=True)
class Week:
    first: date  # the 7 days first..first+6
    rows: tuple[tuple[str, frozenset[int]], ...]  # (display name, weekday indexes drilled), best first
    members: int  # team members who drilled at least once
    member_days: int
    history: tuple[tuple[date, int], ...] = ()  # (Monday, team member-days) of the weeks up to this one, oldest first


@dataclass(frozen=True, slots=True)
class Post(Claimed):
    """A detached copy of a ``recap_posts`` row: one claimed (guild, week)."""

    guild_id: int
    week: date


def _recap(row: RecapSetting) -> Recap:
    return Recap(row.guild_id, row.channel_id, row.weekday, row.hour, row.minute, row.last_week, row.role_id)


def _post(row: RecapPost) -> Post:
    return Post(row.guild_id, row.week, **claimed(row))


def _key(guild_id: int, week: date) -> dict[str, object]:
    return {"guild_id": guild_id, "week": week}


async def write(app: App, guild_id: int, channel_id: int | None, weekday: int, hour: int, minute: int,
                role_id: int | None) -> Recap | None:
    """Create, change or (``channel_id`` None) delete the guild's setting, keeping ``last_week``."""
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
        row.role_id = role_id
        await s.flush()
        return _recap(row)

    return await app.db.run(work)


async def read(app: App, guild_id: int) -> Recap | None:
    row = await app.db.run(lambda s: s.get(RecapSetting, guild_id))
    return _recap(row) if row is not None else None


async def every_recap(app: App) -> list[Recap]:
    rows = await app.db.run(lambda s: s.scalars(select(RecapSetting)))
    return [_recap(row) for row in list(rows)]


async def claim_week(app: App, guild_id: int, week: date, *, claimer: str, now: datetime) -> bool:
    """Move ``last_week`` to ``week`` and record the week *sending* (held by ``claimer``), in one transaction;
    False when another process or restart won it, or the week is in the outbox already."""
    async def claim(s: AsyncSession) -> int:
        result = await s.execute(update(RecapSetting).where(
            RecapSetting.guild_id == guild_id, or_(RecapSetting.last_week.is_(None), RecapSetting.last_week < week))
            .values(last_week=week))
        if not result.rowcount:  # type: ignore[attr-defined]
            return 0
        if await s.get(RecapPost, (guild_id, week)) is not None:
            return 0  # this week is in the outbox already (the recap was turned off and on again)
        s.add(RecapPost(guild_id=guild_id, week=week, state=SENDING, attempts=1, claimed_by=claimer, claimed_at=now,
                        created_at=now))
        return 1

    return bool(await app.db.run(claim))


async def forget_recap(s: AsyncSession, guild_id: int) -> None:
    await s.execute(delete(RecapSetting).where(RecapSetting.guild_id == guild_id))
    await s.execute(delete(RecapPost).where(RecapPost.guild_id == guild_id))


async def week_attendance(app: App, guild_id: int, first: date, team_role_id: int | None, history: int) -> Week:
    """Who of the team (holders of ``team_role_id`` per the roster, everyone when None) drilled on which of
    the 7 days from ``first``, and the team's member-days in the ``history`` 7-day spans ending with this one."""
    last = first + timedelta(days=6)
    oldest = first - timedelta(days=7 * (history - 1))

    async def work(s: AsyncSession) -> Week:
        q = select(DrillMemberDay.user_id, DrillMemberDay.day).where(
            DrillMemberDay.guild_id == guild_id, DrillMemberDay.day.between(first, last))
        totals = select(DrillMemberDay.day, func.count()).where(
            DrillMemberDay.guild_id == guild_id, DrillMemberDay.day.between(oldest, last)).group_by(DrillMemberDay.day)
        if team_role_id is not None:
            q = q.where(DrillMemberDay.user_id.in_(team_members(guild_id, team_role_id)))
            totals = totals.where(DrillMemberDay.user_id.in_(team_members(guild_id, team_role_id)))
        per_week = [0] * history
        for day, n in await s.execute(totals):
            d = date.fromisoformat(day) if isinstance(day, str) else day
            per_week[(d.toordinal() - oldest.toordinal()) // 7] += int(n)
        spans = tuple((oldest + timedelta(days=7 * i), per_week[i]) for i in range(history))
        days: dict[int, set[int]] = defaultdict(set)
        for uid, day in await s.execute(q):
            days[uid].add((date.fromisoformat(day) if isinstance(day, str) else day).toordinal() - first.toordinal())
        best = sorted(days, key=lambda u: (-len(days[u]), u))[:CHART_ROWS]
        names = await display_names(s, guild_id, best)
        rows = tuple((names.get(u) or f"member …{str(u)[-4:]}", frozenset(days[u])) for u in best)
        return Week(first, rows, len(days), sum(len(v) for v in days.values()), spans)

    return await app.db.run(work)


# -- the outbox -----------------------------------------------------------------------------------------------

async def stale_posts(app: App, *, claimer: str, older_than: datetime, since: datetime) -> list[tuple[Post, Recap]]:
    """Weeks left *sending* that ``claimer`` may try now (db.outbox.stale_rows), with their guild's recap."""
    query = (stale_rows(RecapPost, claimer=claimer, older_than=older_than, since=since)
             .add_columns(RecapSetting).join(RecapSetting, RecapSetting.guild_id == RecapPost.guild_id))

    async def rows(s: AsyncSession) -> list[tuple[Post, Recap]]:
        return [(_post(post), _recap(setting)) for post, setting in await s.execute(query)]

    return await app.db.run(rows)


async def hold_post(app: App, post: Post, claimer: str) -> Post | None:
    """Before an attempt: renew ``claimer``'s own lease, or take over another's expired one (None: confirmed
    meanwhile, or another process took it over first)."""
    async def hold(s: AsyncSession) -> RecapPost | None:
        key = _key(post.guild_id, post.week)
        if post.claimed_by == claimer:
            return await renew_row(s, RecapPost, key, claimer, app.clock.now())
        return await take_over_row(s, RecapPost, key, held_by=post.claimed_by, held_at=post.claimed_at,
                                   claimer=claimer, now=app.clock.now())

    async def work(s: AsyncSession) -> Post | None:
        row = await hold(s)
        return _post(row) if row is not None else None

    return await app.db.run(work)


async def finish_post(app: App, guild_id: int, week: date, state: str, message_id: int | None) -> bool:
    return await app.db.run(lambda s: finish_row(s, RecapPost, _key(guild_id, week), state, message_id,
                                                 app.clock.now()))


async def others_oldest_claim(app: App, *, claimer: str, since: datetime, claimed_after: datetime) -> datetime | None:
    """When the oldest week of another holder, claimed after ``claimed_after`` (still under lease) and created
    after ``since``, was claimed (None if there is none)."""
    return await app.db.run(lambda s: s.scalar(select(func.min(RecapPost.claimed_at)).where(
        RecapPost.state == SENDING, RecapPost.created_at >= since,
        RecapPost.claimed_by != claimer, RecapPost.claimed_at > claimed_after)))


async def prune_posts(app: App, *, before: datetime) -> int:
    """Forget the outbox rows created before ``before`` (one row per server and week would pile up forever)."""
    async def work(s: AsyncSession) -> int:
        result = await s.execute(delete(RecapPost).where(RecapPost.created_at < before)
                                 .execution_options(synchronize_session=False))
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

    return await app.db.run(work)


async def outcome(app: App, guild_id: int, week: date) -> tuple[str, int | None] | None:
    """The outbox row of a guild's week: (state, message id), None if it was never claimed."""
    row = await app.db.run(lambda s: s.get(RecapPost, (guild_id, week)))
    return (row.state, row.message_id) if row is not None else None
