"""The weekly recap: settings, when it is due, the once-per-week claim, and what it says.

Posting exactly once: a due recap is first *claimed* (a conditional UPDATE moving ``last_week`` to this
week; only one process or restart can win it) and, in the same transaction, recorded *sending* in the
``recap_posts`` outbox; bot/recap/delivery.py sends it (nonce per (guild, week)), records *sent* with the
message id, and re-sends a claim left unconfirmed (the reminders' outbox machinery).
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.app import App
from bot.cards import Card, Problem
from bot.reminders.outbox import SENDING
from bot.roster.service import display_names, team_members
from bot.settings.service import get_settings
from bot.streaks.days import local_day, week_start, zone
from db.models import DrillMemberDay, RecapPost, RecapSetting

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
LATE_LIMIT = timedelta(hours=24)  # a recap not posted within a day of its time (bot down) is skipped
CHART_ROWS = 15
HISTORY_WEEKS = 6  # the team totals under the chart: member-days in each of the last weeks


@dataclass(frozen=True, slots=True)
class Recap:
    guild_id: int
    channel_id: int
    weekday: int
    hour: int
    minute: int
    last_week: date | None
    role_id: int | None = None

    def label(self) -> str:
        return f"{WEEKDAYS[self.weekday]}s at {self.hour:02d}:{self.minute:02d}"


def _recap(row: RecapSetting) -> Recap:
    return Recap(row.guild_id, row.channel_id, row.weekday, row.hour, row.minute, row.last_week, row.role_id)


def parse_weekday(text: str) -> int:
    t = text.strip().lower()
    for i, name in enumerate(WEEKDAYS):
        if len(t) >= 3 and name.lower().startswith(t):
            return i
    raise Problem(f"“{text[:20]}” isn't a weekday. Pick one of Monday … Sunday (e.g. mon).")


async def set_recap(app: App, guild_id: int, channel_id: int | None, weekday: int = 0, hour: int = 18,
                    minute: int = 0, role_id: int | None = None) -> Recap | None:
    """Turn the recap on (or move it); ``channel_id`` None turns it off. Changing the time does not repost
    a week already posted. ``role_id``: the one role the post pings (None: it pings nobody)."""

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


async def get_recap(app: App, guild_id: int) -> Recap | None:
    row = await app.db.run(lambda s: s.get(RecapSetting, guild_id))
    return _recap(row) if row is not None else None


def occurrence(recap: Recap, now: datetime, tz_name: str) -> tuple[date, datetime]:
    """This local week's Monday and the moment the recap is due in it."""
    tz = zone(tz_name)
    monday = week_start(local_day(now, tz))
    day = monday + timedelta(days=recap.weekday)
    return monday, datetime.combine(day, time(recap.hour, recap.minute), tz)


async def claim_due(app: App, guild_ids: set[int] | None = None, *,
                    claimer: str = "") -> list[tuple[Recap, date, date]]:
    """Recaps due now (of ``guild_ids``, the guilds this process serves), each claimed for its week and
    recorded *sending* (held by ``claimer``) in the outbox.

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
            if not result.rowcount:  # type: ignore[attr-defined]
                return 0
            if await s.get(RecapPost, (g, week)) is not None:
                return 0  # this week is in the outbox already (the recap was turned off and on again)
            s.add(RecapPost(guild_id=g, week=week, state=SENDING, attempts=1, claimed_by=claimer, claimed_at=now,
                            created_at=now))
            return 1

        if await app.db.run(claim):
            won.append((recap, monday, due.date()))
    return won


async def forget_recap(s: AsyncSession, guild_id: int) -> None:
    await s.execute(delete(RecapSetting).where(RecapSetting.guild_id == guild_id))
    await s.execute(delete(RecapPost).where(RecapPost.guild_id == guild_id))


@dataclass(frozen=True, slots=True)
class Week:
    first: date  # the 7 days first..first+6
    rows: tuple[tuple[str, frozenset[int]], ...]  # (display name, weekday indexes drilled), best first
    members: int  # team members who drilled at least once
    member_days: int
    history: tuple[tuple[date, int], ...] = ()  # (Monday, team member-days) of the weeks up to this one, oldest first


async def week_attendance(app: App, guild_id: int, first: date, *, history: int = HISTORY_WEEKS) -> Week:
    """Who of the team drilled on which of the 7 days from ``first`` (role holders per the roster, or
    everyone when no team role is set), and the team's member-days in the ``history`` 7-day spans ending
    with this one."""
    settings = await get_settings(app, guild_id)
    last = first + timedelta(days=6)
    oldest = first - timedelta(days=7 * (history - 1))

    async def work(s: AsyncSession) -> Week:
        q = select(DrillMemberDay.user_id, DrillMemberDay.day).where(
            DrillMemberDay.guild_id == guild_id, DrillMemberDay.day.between(first, last))
        totals = select(DrillMemberDay.day, func.count()).where(
            DrillMemberDay.guild_id == guild_id, DrillMemberDay.day.between(oldest, last)).group_by(DrillMemberDay.day)
        if settings.team_role_id is not None:
            q = q.where(DrillMemberDay.user_id.in_(team_members(guild_id, settings.team_role_id)))
            totals = totals.where(DrillMemberDay.user_id.in_(team_members(guild_id, settings.team_role_id)))
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


def marker(week: date) -> str:
    """How a posted recap's footer starts: found in the channel's history, it proves the week was posted."""
    return f"Weekly recap · week of {week.isoformat()} ·"


def recap_card(week: Week, posting_week: date | None = None) -> Card:
    last = week.first + timedelta(days=6)
    span = f"{week.first.strftime('%a %d %b')} – {last.strftime('%a %d %b')}"
    lines: tuple[str, ...]
    if not week.members:
        lines = (f"Nobody on the team drilled from {span}. A new week starts now: /warmup!",)
    else:
        lines = (f"**{week.members}** member{'s' if week.members != 1 else ''} drilled on **{week.member_days}** "
                 f"day{'s' if week.member_days != 1 else ''} in total from {span}.",
                 "Everyone who showed up: thank you! Keep it going with /warmup.")
    note = "Coaches change or stop this with /settings recap."
    return Card(title="Weekly recap", lines=lines, footer=f"{marker(posting_week)} {note}" if posting_week else note)


async def build_recap(app: App, guild_id: int, due_day: date, posting_week: date | None = None) -> Card:
    """The recap posted on ``due_day``: the 7 days before it, with the members × days chart and the last
    weeks' team totals. ``posting_week`` (the claimed week) goes into the footer marker."""
    from bot.recap.chart import render_week  # the chart imports Week from here

    week = await week_attendance(app, guild_id, due_day - timedelta(days=7))
    png = await asyncio.to_thread(render_week, week)
    return replace(recap_card(week, posting_week), image_png=png, image_name="weekly-recap.png")


async def preview_recap(app: App, guild_id: int) -> Card:
    """This week's recap now (the console's /recap): the 7 days up to and including today in the server's
    zone, with its PNG (``card.image_png``). Posts nothing and claims nothing."""
    settings = await get_settings(app, guild_id)
    today = local_day(app.clock.now(), zone(settings.timezone))
    return await build_recap(app, guild_id, today + timedelta(days=1))


def nonce_for(guild_id: int, week: date) -> str:
    """≤ 25 characters (Discord's limit), the same for every attempt at one guild's week."""
    return f"rc{guild_id % 10**15}{week:%y%m%d}"
