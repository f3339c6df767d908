"""Statistics read from the drill aggregates (see db.models DrillMemberDay/DrillTeamDay/DrillMemberTotal).

Every query reads an index range of a few hundred rows at most (one member's days, one guild's days, one
period of a guild), whatever the size of the drill log.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from sqlalchemy import Date, String, bindparam, func, select, text, type_coerce
from sqlalchemy.ext.asyncio import AsyncSession

from bot.app import App
from bot.cards import Problem
from bot.roster.queries import display_names, team_members
from bot.settings.queries import member_zone
from bot.settings.service import get_settings
from bot.streaks.days import local_day, week_start, zone
from bot.streaks.rules import StreakState, compute_streak, current_streak, team_streak
from db.models import DrillMemberDay, DrillMemberTotal, DrillTeamDay

LEADERBOARD_SIZE = 10
# Members fetched to break ties by streak; a tie for the last place wider than this is cut by user id.
LEADERBOARD_CANDIDATES = 50
TEAM_TOP = 5
STREAK_WINDOW_DAYS = 42  # days read first to find a member's current streak (see _current_streaks)
TEAM_WINDOW_DAYS = 32  # days read first to find a role team's streak (see _role_goal_days)
TEAM_WINDOW_MAX_DAYS = 365 * 50


class Period(StrEnum):
    WEEK = "week"
    MONTH = "month"
    ALL = "all"

    @property
    def label(self) -> str:
        return {"week": "this week", "month": "this month", "all": "all time"}[self.value]


def parse_period(value: str | Period) -> Period:
    text = str(value).strip().lower().replace(" ", "")
    for p in Period:
        if text in (p.value, p.label.replace(" ", ""), "alltime" if p is Period.ALL else p.value):
            return p
    raise Problem("Pick a period: week, month or all time.")


@dataclass(frozen=True, slots=True)
class MemberStats:
    user_id: int
    today: date
    streak: StreakState
    total: int
    this_week: int
    day_counts: dict[date, int]


@dataclass(frozen=True, slots=True)
class Ranked:
    rank: int
    user_id: int
    days: int  # days with a drill in the period: what ranks
    drills: int  # drills in the period: shown, not ranked
    streak: int  # current streak: breaks ties
    name: str | None = None  # display name from the roster (None: never seen)


@dataclass(frozen=True, slots=True)
class TeamStats:
    today: date
    goal: int
    streak: int
    checked_in_today: int
    today_members: tuple[int, ...]  # the first few, for the card
    top: tuple[Ranked, ...]
    role_filtered: bool
    names: dict[int, str]  # display names of today_members (and more) from the roster
    team_size: int | None = None  # role holders on the roster (None: no team role)


# SQLite returns dates as text and SQLAlchemy's Date parses each with a regex; reading the raw value and
# using date.fromisoformat is ~10x cheaper, which matters when a query returns thousands of days.
_RAW_DAY = type_coerce(DrillMemberDay.day, String)
# Days on which at least :n holders of role :r drilled. Candidate days come from the per-day member counts
# (a day with fewer drillers in the whole guild can't qualify); for each, the member-days of that day are
# scanned only until :n team members are found (LIMIT), so "goal 1, a team of 10,000" costs one row a day.
# On SQLite the unary + keeps the planner from walking the 10,000 role holders' keys for every day instead
# of the few hundred member-days of the day (measured: 460 ms -> 24 ms over two years at goal 50).
_ROLE_DAYS = """
SELECT t.day FROM drill_team_days t
WHERE t.guild_id = :g AND t.day BETWEEN :a AND :b AND t.members >= :n
  AND (SELECT count(*) FROM (SELECT 1 FROM drill_member_days m
       WHERE m.guild_id = :g AND m.day = t.day
         AND {plus}m.user_id IN (SELECT user_id FROM roster_roles WHERE guild_id = :g AND role_id = :r)
       LIMIT :n) hits) >= :n
"""
_ROLE_DAYS_SQL = {
    dialect: text(_ROLE_DAYS.format(plus="+" if dialect == "sqlite" else ""))
    .bindparams(bindparam("a", type_=Date), bindparam("b", type_=Date))
    for dialect in ("sqlite", "postgresql")
}
_RAW_TEAM_DAY = type_coerce(DrillTeamDay.day, String)


def _day(value: date | str) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


async def _member_days(s: AsyncSession, guild_id: int, user_ids: Collection[int], *,
                       between: tuple[date, date] | None = None) -> dict[int, dict[date, int]]:
    out: dict[int, dict[date, int]] = defaultdict(dict)
    if not user_ids:
        return out
    q = select(DrillMemberDay.user_id, _RAW_DAY, DrillMemberDay.drills).where(
        DrillMemberDay.guild_id == guild_id, DrillMemberDay.user_id.in_(list(user_ids)))
    if between is not None:
        q = q.where(DrillMemberDay.day.between(*between))
    rows = await s.execute(q)
    for uid, day, drills in rows:
        out[uid][_day(day)] = drills
    return out


async def member_stats(app: App, guild_id: int, user_id: int) -> MemberStats:
    now = app.clock.now()

    async def work(s: AsyncSession) -> MemberStats:
        today = local_day(now, await member_zone(s, guild_id, user_id, app.config.default_timezone))
        counts = (await _member_days(s, guild_id, [user_id])).get(user_id, {})
        monday = week_start(today)
        return MemberStats(
            user_id=user_id, today=today, streak=compute_streak(counts, today), total=sum(counts.values()),
            this_week=sum(n for d, n in counts.items() if monday <= d <= today), day_counts=counts,
        )

    return await app.db.run(work)


def period_start(period: Period, today: date) -> date | None:
    if period is Period.WEEK:
        return week_start(today)
    if period is Period.MONTH:
        return today.replace(day=1)
    return None


async def _current_streaks(s: AsyncSession, guild_id: int, user_ids: list[int], today: date) -> dict[int, int]:
    """Current streaks of up to LEADERBOARD_CANDIDATES members, reading mostly their recent days.

    A streak only depends on the days since the last break-sized gap (rules.current_streak), usually within
    the last few weeks; only members with no such gap in that window need their whole history.
    """
    since = today - timedelta(days=STREAK_WINDOW_DAYS)
    recent = await _member_days(s, guild_id, user_ids, between=(since, today))
    out: dict[int, int] = {}
    for uid in user_ids:
        streak = current_streak(sorted(recent.get(uid, ())), today, since)
        if streak is not None:
            out[uid] = streak
    rest = [uid for uid in user_ids if uid not in out]
    history = await _member_days(s, guild_id, rest)
    for uid in rest:
        out[uid] = compute_streak(history.get(uid, {}), today).current
    return out


async def _ranked(s: AsyncSession, guild_id: int, period: Period, today: date, limit: int,
                  team_role: int | None) -> tuple[Ranked, ...]:
    """Top ``limit`` by days with a drill in the period, ties broken by current streak (then user id, for
    stability). Days, not drills: logging ten times on one day can't beat drilling on more days."""
    start = period_start(period, today)
    if start is None:
        q = select(DrillMemberTotal.user_id, DrillMemberTotal.days.label("days"), DrillMemberTotal.drills).where(
            DrillMemberTotal.guild_id == guild_id, DrillMemberTotal.days > 0)
        if team_role is not None:
            q = q.where(DrillMemberTotal.user_id.in_(team_members(guild_id, team_role)))
        q = q.order_by(DrillMemberTotal.days.desc())
    else:
        days = func.count().label("days")
        q = select(DrillMemberDay.user_id, days, func.sum(DrillMemberDay.drills)).where(
            DrillMemberDay.guild_id == guild_id, DrillMemberDay.day >= start, DrillMemberDay.day <= today)
        if team_role is not None:
            # SQLite: "+ 0" makes it scan the period's member-days (index on guild, day) and probe the team,
            # rather than walk every role holder's key (2x faster for a 10,000-member team).
            user_col = DrillMemberDay.user_id + 0 if s.get_bind().dialect.name == "sqlite" else DrillMemberDay.user_id
            q = q.where(user_col.in_(team_members(guild_id, team_role)))
        q = q.group_by(DrillMemberDay.user_id).order_by(days.desc())
    rows = [(uid, int(d), int(n)) for uid, d, n in await s.execute(q.limit(LEADERBOARD_CANDIDATES))]
    if not rows:
        return ()
    cutoff = rows[min(limit, len(rows)) - 1][1]
    rows = [r for r in rows if r[1] >= cutoff]
    streaks = await _current_streaks(s, guild_id, [uid for uid, _, _ in rows], today)
    scored = sorted(((d, streaks[uid], uid, n) for uid, d, n in rows), key=lambda t: (-t[0], -t[1], t[2]))[:limit]
    names = await display_names(s, guild_id, [uid for _, _, uid, _ in scored])
    out: list[Ranked] = []
    for i, (d, streak, uid, n) in enumerate(scored):
        # Equal days and equal streak share a rank (1, 2, 2, 4).
        same = out and (out[-1].days, out[-1].streak) == (d, streak)
        out.append(Ranked(out[-1].rank if same else i + 1, uid, d, n, streak, names.get(uid)))
    return tuple(out)


async def leaderboard(app: App, guild_id: int, period: Period, *, limit: int = LEADERBOARD_SIZE,
                      ) -> tuple[date, tuple[Ranked, ...]]:
    """The team's leaderboard: role holders per the roster when a team role is set, else everyone."""
    settings = await get_settings(app, guild_id)
    today = local_day(app.clock.now(), zone(settings.timezone))
    return today, await app.db.run(lambda s: _ranked(s, guild_id, period, today, limit, settings.team_role_id))


async def _role_goal_days(s: AsyncSession, guild_id: int, role: int, goal: int, today: date) -> list[date]:
    """Days on which at least ``goal`` holders of ``role`` (per the roster) drilled, enough of them to know
    the team streak.

    Counting members per day over the whole history costs ~150 ms for 500 members on a 1M-drill log; the
    streak only needs the days back to its start, so read a recent window and widen it only while the
    streak reaches the window's first day.
    """
    days: list[date] = []
    newest, window = today, TEAM_WINDOW_DAYS
    while True:
        since = today - timedelta(days=window)
        rows = await s.execute(_ROLE_DAYS_SQL[s.get_bind().dialect.name],
                               {"g": guild_id, "r": role, "a": since, "b": newest, "n": goal})
        days.extend(_day(d) for d in rows.scalars())
        # Exact when the day before the streak's first day lies inside the window (streak <= window - 2).
        if team_streak(days, today) <= window - 2 or window >= TEAM_WINDOW_MAX_DAYS:
            return days
        newest, window = since - timedelta(days=1), window * 4  # next, only the older days not read yet


async def team_stats(app: App, guild_id: int) -> TeamStats:
    """The team streak counts days on which at least ``team_goal`` team members logged a drill.

    The team: with no team role, everyone who logs drills here (read from the per-day member counts); with
    one, its holders per the roster (bot.roster.service: members Discord has shown the bot with that role).
    """
    settings = await get_settings(app, guild_id)
    today = local_day(app.clock.now(), zone(settings.timezone))
    goal, role = settings.team_goal, settings.team_role_id

    async def work(s: AsyncSession) -> TeamStats:
        size = None
        if role is None:
            goal_days = [_day(d) for d in await s.scalars(select(_RAW_TEAM_DAY).where(
                DrillTeamDay.guild_id == guild_id, DrillTeamDay.members >= goal, DrillTeamDay.day <= today))]
            checked = await s.scalar(select(DrillTeamDay.members).where(
                DrillTeamDay.guild_id == guild_id, DrillTeamDay.day == today)) or 0
            first = list(await s.scalars(select(DrillMemberDay.user_id).where(
                DrillMemberDay.guild_id == guild_id, DrillMemberDay.day == today).limit(TEAM_TOP * 2)))
        else:
            goal_days = await _role_goal_days(s, guild_id, role, goal, today)
            team = team_members(guild_id, role)
            uid = DrillMemberDay.user_id + 0 if s.get_bind().dialect.name == "sqlite" else DrillMemberDay.user_id
            first = list(await s.scalars(select(DrillMemberDay.user_id).where(
                DrillMemberDay.guild_id == guild_id, DrillMemberDay.day == today, uid.in_(team))))
            checked = len(first)
            first = first[: TEAM_TOP * 2]
            size = int(await s.scalar(select(func.count()).select_from(team.subquery())) or 0)
        top = await _ranked(s, guild_id, Period.WEEK, today, TEAM_TOP, role)
        names = await display_names(s, guild_id, first)
        return TeamStats(today, goal, team_streak(goal_days, today), int(checked), tuple(first), top,
                         role is not None, names, size)

    return await app.db.run(work)


def last_weeks(today: date, weeks: int) -> tuple[date, date]:
    """First and last day of the heatmap window: ``weeks`` full columns ending with the current week."""
    end = week_start(today) + timedelta(days=6)
    return end - timedelta(days=7 * weeks - 1), end
