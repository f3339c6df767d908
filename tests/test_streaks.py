"""Streak rules (pure) and the statistics read from the drill aggregates (SQLite and PostgreSQL)."""

from __future__ import annotations

import io
import itertools
import random
import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from PIL import Image
from sqlalchemy import delete, event, func, select, text

from bot.app import App
from bot.cards import Mention, Problem, Strong, Text
from bot.clock import FixedClock
from bot.config import Config
from bot.discord.render import discord_text
from bot.roster.service import Roster, Sighting, roster_of
from bot.settings.service import update_settings
from bot.streaks import heatmap
from bot.streaks.heatmap import render_heatmap
from bot.streaks.queries import Period, leaderboard, member_stats, parse_period, team_stats
from bot.streaks.rules import compute_streak, current_streak, team_streak
from bot.streaks.service import leaderboard_card, streak_card, team_card
from bot.warmup.service import AlreadyLogged, complete, log_drill, start_warmup
from db import migrate
from db.models import DrillLog, DrillMemberDay, DrillMemberTotal, DrillTeamDay
from tests.conftest import DatabaseFactory

D = date(2026, 6, 15)  # a Monday


def days(*offsets: int) -> list[date]:
    """Days relative to D (0 = D, -1 = the day before)."""
    return [D + timedelta(days=o) for o in offsets]


def run(start: int, length: int) -> list[date]:
    return days(*range(start, start + length))


# -- rules --------------------------------------------------------------------------------------------------


def test_no_drills() -> None:
    s = compute_streak([], D)
    assert (s.current, s.longest, s.freezes, s.last_day) == (0, 0, 0, None)


def test_alive_through_the_day_after_the_last_drill() -> None:
    assert compute_streak(days(-2, -1), D).current == 2  # today still open
    assert compute_streak(days(-2, -1, 0), D).current == 3
    assert compute_streak(days(-3, -2), D).current == 0  # yesterday missed, no freeze
    assert compute_streak(days(-3, -2), D).longest == 2


def test_duplicates_order_and_future_days_are_ignored() -> None:
    s = compute_streak(days(0, -1, -1, 0, 5), D)
    assert (s.current, s.longest, s.last_day) == (2, 2, D)


def test_a_freeze_is_earned_per_7_days_and_capped_at_2() -> None:
    assert compute_streak(run(-6, 6), D).freezes == 0
    assert compute_streak(run(-6, 7), D).freezes == 1
    assert compute_streak(run(-13, 14), D).freezes == 2
    assert compute_streak(run(-30, 31), D).freezes == 2


def test_a_freeze_saves_a_missed_day_and_is_spent() -> None:
    drilled = run(-9, 7) + days(-1)  # 7 in a row (-9..-3), -2 missed, -1 drilled
    s = compute_streak(drilled, D)
    assert s.current == 8 and s.freezes == 0 and s.frozen_days == (D - timedelta(days=2),)


def test_freeze_protects_yesterday_while_today_is_open() -> None:
    s = compute_streak(run(-8, 7), D)  # last drill two days ago, yesterday missed
    assert (s.current, s.freezes, s.frozen_days) == (7, 0, (D - timedelta(days=1),))


def test_gap_longer_than_the_freezes_breaks_and_spends_them() -> None:
    drilled = run(-20, 14) + days(-2, -1)  # 14 in a row (-20..-7) = 2 freezes, 4 missed days (-6..-3)
    s = compute_streak(drilled, D)
    assert s.current == 2 and s.longest == 14 and s.freezes == 0 and len(s.frozen_days) == 2


def test_two_freezes_cover_two_missed_days() -> None:
    drilled = run(-17, 14) + days(-1)  # -3 and -2 missed
    s = compute_streak(drilled, D)
    assert s.current == 15 and s.freezes == 0


def test_frozen_day_restarts_the_count_towards_the_next_freeze() -> None:
    drilled = run(-14, 7) + run(-6, 6)  # 7 days, 1 frozen (-7), then 6 days: no new freeze yet
    s = compute_streak(drilled, D)
    assert s.current == 13 and s.freezes == 0
    assert compute_streak([*drilled, D], D).freezes == 1


def test_long_gap_spends_every_freeze_then_breaks() -> None:
    s = compute_streak(run(-40, 14) + days(-1), D)  # 2 freezes; a 25-day gap spends both and breaks
    assert (s.current, s.longest, s.freezes, len(s.frozen_days)) == (1, 14, 0, 2)
    assert compute_streak(run(-40, 21) + days(-5), D).current == 0  # broken again after day -5


def test_team_streak() -> None:
    assert team_streak(days(-2, -1), D) == 2
    assert team_streak(days(-2, -1, 0), D) == 3
    assert team_streak(days(-3, -2), D) == 0
    assert team_streak([], D) == 0


# -- statistics on the database ---------------------------------------------------------------------------


async def _log_on(app: App, clock: FixedClock, at: datetime, guild: int, user: int, n: int = 1) -> None:
    clock.at = at
    for _ in range(n):
        await log_drill(app, guild_id=guild, user_id=user)


async def test_member_stats_in_team_zone_across_dst(app: App, clock: FixedClock) -> None:
    """Europe/Berlin springs forward on 2026-03-29: the 23-hour day still counts once."""
    await update_settings(app, 7, timezone="Europe/Berlin")
    # 22:30 UTC on the 28th is 23:30 local (still the 28th); 22:30 UTC on the 29th is 00:30 on the 30th.
    for at in (datetime(2026, 3, 28, 22, 30, tzinfo=UTC), datetime(2026, 3, 29, 21, 30, tzinfo=UTC),
               datetime(2026, 3, 29, 22, 30, tzinfo=UTC)):
        await _log_on(app, clock, at, 7, 1)
    stats = await member_stats(app, 7, 1)
    assert sorted(stats.day_counts) == [date(2026, 3, 28), date(2026, 3, 29), date(2026, 3, 30)]
    assert stats.today == date(2026, 3, 30) and stats.streak.current == 3 and stats.total == 3


async def test_zone_boundary_same_utc_day_two_local_days(app: App, clock: FixedClock) -> None:
    await update_settings(app, 7, timezone="America/Los_Angeles")
    # 06:00 UTC = 23:00 on the 14th in LA; 08:00 UTC = 01:00 on the 15th.
    await _log_on(app, clock, datetime(2026, 6, 15, 6, 0, tzinfo=UTC), 7, 1)
    await _log_on(app, clock, datetime(2026, 6, 15, 8, 0, tzinfo=UTC), 7, 1)
    stats = await member_stats(app, 7, 1)
    assert sorted(stats.day_counts) == [date(2026, 6, 14), date(2026, 6, 15)] and stats.streak.current == 2


async def test_the_teams_zone_decides_the_day(app: App, clock: FixedClock) -> None:
    # Members have no zone of their own (the dead members.timezone was dropped in 0007): the team's counts.
    await update_settings(app, 7, timezone="Pacific/Auckland")
    await _log_on(app, clock, datetime(2026, 6, 15, 13, 0, tzinfo=UTC), 7, 2)  # 01:00 on the 16th in NZ
    stats = await member_stats(app, 7, 2)
    assert list(stats.day_counts) == [date(2026, 6, 16)] and stats.today == date(2026, 6, 16)


async def test_aggregates_follow_inserts_and_deletes(app: App, clock: FixedClock) -> None:
    now = datetime(2026, 6, 15, 12, tzinfo=UTC)
    for _ in range(3):
        await _session_drill(app, clock, now, 9, 1)
    await _log_on(app, clock, now, 9, 2)
    await _log_on(app, clock, now - timedelta(days=1), 9, 2)

    async def snapshot(s):  # type: ignore[no-untyped-def]
        md = sorted((r.user_id, r.day, r.drills) for r in await s.scalars(select(DrillMemberDay)))
        td = sorted((r.day, r.members) for r in await s.scalars(select(DrillTeamDay)))
        mt = sorted((r.user_id, r.drills, r.days) for r in await s.scalars(select(DrillMemberTotal)))
        return md, td, mt

    md, td, mt = await app.db.run(snapshot)
    today, yesterday = date(2026, 6, 15), date(2026, 6, 14)
    assert md == [(1, today, 3), (2, yesterday, 1), (2, today, 1)]
    assert td == [(yesterday, 1), (today, 2)]
    assert mt == [(1, 3, 1), (2, 2, 2)]  # drills, and days with a drill

    async def delete_user_two_today(s):  # type: ignore[no-untyped-def]
        await s.execute(delete(DrillLog).where(DrillLog.user_id == 2, DrillLog.day == today))

    await app.db.run(delete_user_two_today)
    md, td, mt = await app.db.run(snapshot)
    assert md == [(1, today, 3), (2, yesterday, 1)] and td == [(yesterday, 1), (today, 1)]
    assert mt == [(1, 3, 1), (2, 1, 1)]


TEAM_ROLE = 77


async def _team(app: App, guild: int, *users: int, goal: int | None = None) -> None:
    """Set the team role and show the bot its holders (as interactions would)."""
    await update_settings(app, guild, team_role_id=TEAM_ROLE, **({"team_goal": goal} if goal else {}))
    for user in users:
        await roster_of(app).seen(guild, user, f"member{user}", [TEAM_ROLE, 5])


async def test_team_stats_goal_and_role_filter(app: App, clock: FixedClock) -> None:
    base = datetime(2026, 6, 15, 12, tzinfo=UTC)
    await update_settings(app, 3, team_goal=2)
    await _log_on(app, clock, base - timedelta(days=3), 3, 1)  # only one member that day
    for back in (2, 1, 0):
        for user in (1, 2):
            await _log_on(app, clock, base - timedelta(days=back), 3, user)
    t = await team_stats(app, 3)
    assert (t.streak, t.checked_in_today, t.goal, t.role_filtered) == (3, 2, 2, False)
    await _team(app, 3, 1)  # a team role: only member 1 holds it (as far as the bot has seen)
    t = await team_stats(app, 3)
    assert (t.streak, t.checked_in_today, t.team_size, t.role_filtered) == (0, 1, 1, True)  # goal 2: unmet
    await update_settings(app, 3, team_goal=1)
    assert (await team_stats(app, 3)).streak == 4
    card = await team_card(app, 3)
    assert "4 days" in card.lines[0] and "**member1**" in discord_text(card.fields[0].value)
    assert "user 2" not in card.as_text()
    assert "1 member with the team role that I have seen" in (card.footer or "")


async def test_roster_follows_roles_and_writes_only_on_change(app: App, clock: FixedClock) -> None:
    roster = roster_of(app)
    statements: list[str] = []
    listen = app.db.engine.sync_engine

    def record(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(listen, "before_cursor_execute", record)
    try:
        assert await roster.seen(8, 1, "Ann", [TEAM_ROLE])
        written = len(statements)
        assert written > 0
        for _ in range(100):  # unchanged: answered from memory, no database round trip at all
            assert not await roster.seen(8, 1, "Ann", [TEAM_ROLE])
        assert len(statements) == written
        assert await roster.seen(8, 1, "Annie", [TEAM_ROLE])  # a new nick is written
        clock.advance(hours=13)  # last_seen is refreshed twice a day for someone seen all the time
        assert await roster.seen(8, 1, "Annie", [TEAM_ROLE])
    finally:
        event.remove(listen, "before_cursor_execute", record)
    await roster.seen(8, 2, "Bob", [TEAM_ROLE])
    await _log_on(app, clock, clock.now(), 8, 1)
    await _log_on(app, clock, clock.now(), 8, 2)
    await update_settings(app, 8, team_role_id=TEAM_ROLE)
    assert (await team_stats(app, 8)).checked_in_today == 2
    await roster.seen(8, 2, "Bob", [])  # Bob lost the role: out of the team from the moment he is seen
    assert (await team_stats(app, 8)).checked_in_today == 1
    assert [r.user_id for r in (await leaderboard(app, 8, Period.WEEK))[1]] == [1]
    # Another process (its own cache) sees the same database.
    other = Roster(app)
    assert await other.seen(8, 2, "Bob", [TEAM_ROLE]) and (await team_stats(app, 8)).checked_in_today == 2
    # Seeding from a member list (members intent) writes only who changed.
    people = [Sighting(u, f"m{u}", frozenset({TEAM_ROLE})) for u in range(100, 1300)]
    assert await roster.seed(8, people) == 1200
    assert await roster.seed(8, people) == 0
    assert (await team_stats(app, 8)).team_size == 1202


@pytest.mark.parametrize("length", [1, 29, 30, 31, 40, 200])
async def test_role_team_streak_longer_than_the_first_window(app: App, clock: FixedClock, length: int) -> None:
    # The role-team streak reads a recent window first and widens it while the streak fills the window:
    # streaks around and beyond the first window's size must come out whole, and an older run must not count.
    base = datetime(2026, 6, 15, 12, tzinfo=UTC)
    await _log_on(app, clock, base - timedelta(days=length + 1 + 10), 5, 1)  # a run before the gap
    for back in reversed(range(length)):  # oldest first: the clock ends at today
        await _log_on(app, clock, base - timedelta(days=back), 5, 1)
    assert (await team_stats(app, 5)).streak == length  # the aggregate path (no team role)
    await _team(app, 5, 1, 2)
    assert (await team_stats(app, 5)).streak == length


async def _session_drill(app: App, clock: FixedClock, at: datetime, guild: int, user: int) -> None:
    clock.at = at
    session = await start_warmup(app, guild_id=guild, user_id=user)
    assert (await complete(app, session.id, user)).logged


async def test_leaderboard_ranks_by_days_then_streak(app: App, clock: FixedClock) -> None:
    base = datetime(2026, 6, 15, 12, tzinfo=UTC)
    for _ in range(3):
        await _session_drill(app, clock, base - timedelta(days=20), 4, 3)  # 3 drills, one day, no streak
    await _log_on(app, clock, base - timedelta(days=1), 4, 1)
    await _session_drill(app, clock, base, 4, 1)
    await _log_on(app, clock, base, 4, 1)  # user 1: 2 days, 3 drills, streak 2
    await _log_on(app, clock, base, 4, 2)  # user 2: 1 day, 1 drill, streak 1
    _, rows = await leaderboard(app, 4, Period.ALL)
    assert [(r.rank, r.user_id, r.days, r.drills, r.streak) for r in rows] == [
        (1, 1, 2, 3, 2), (2, 2, 1, 1, 1), (3, 3, 1, 3, 0)]  # user 2 beats user 3's 3 drills on the streak
    _, week = await leaderboard(app, 4, Period.WEEK)  # the week started today (Monday)
    assert [(r.user_id, r.days, r.drills) for r in week] == [(1, 1, 2), (2, 1, 1)]
    _, month = await leaderboard(app, 4, Period.MONTH)
    assert [(r.user_id, r.days, r.drills) for r in month] == [(1, 2, 3), (2, 1, 1)]  # user 3 drilled in May
    card = await leaderboard_card(app, 4, Period.ALL)
    # Never seen by the bot: a structured mention (Discord renders <@1>, the console a name).
    assert card.lines[0] == Text(("🥇 ", Mention("user", 1), " — ", Strong("2 days"), " · 3 drills · 🔥 2"))
    await roster_of(app).seen(4, 1, "Ann_the *fast*", [])
    named = (await leaderboard_card(app, 4, Period.ALL)).lines[0]
    # Discord: bold, with the name's markdown escaped (it cannot restyle the card); elsewhere the name as is.
    assert discord_text(named).startswith("🥇 **Ann\\_the \\*fast\\*** — ")
    assert str(named).startswith("🥇 Ann_the *fast* — 2 days · ")
    assert (await leaderboard_card(app, 99, Period.ALL)).lines[0].startswith("Nobody")


@pytest.mark.parametrize("seed", range(6))
async def test_padding_one_day_never_beats_more_days(app: App, clock: FixedClock, seed: int) -> None:
    """A member who drills (guided sessions, /log, /log again) on fewer days never ranks above a teammate
    who drilled on more days, in any period, whatever the counts."""
    rng = random.Random(seed)
    base = datetime(2026, 6, 15, 12, tzinfo=UTC)
    padder_days = rng.randint(1, 3)
    steady_days = padder_days + rng.randint(1, 4)
    for i in range(padder_days):
        at = base - timedelta(days=i)
        for _ in range(rng.randint(2, 6)):
            await _session_drill(app, clock, at, 6, 1)
        await _log_on(app, clock, at, 6, 1)
        for _ in range(3):
            with pytest.raises(AlreadyLogged):
                await _log_on(app, clock, at, 6, 1)
    for i in range(steady_days):
        await _log_on(app, clock, base - timedelta(days=i), 6, 2)
    clock.at = base
    for period in (Period.MONTH, Period.ALL):
        _, rows = await leaderboard(app, 6, period)
        assert [r.user_id for r in rows] == [2, 1], (period, rows)
        assert rows[1].drills > rows[0].drills or rows[1].days < rows[0].days


def test_parse_period() -> None:
    assert parse_period("All time") is Period.ALL and parse_period("week") is Period.WEEK
    with pytest.raises(Problem):
        parse_period("decade")


async def test_streak_card_has_heatmap(app: App, clock: FixedClock) -> None:
    await _log_on(app, clock, datetime(2026, 6, 15, 12, tzinfo=UTC), 5, 1)
    card = await streak_card(app, 5, 1)
    assert card.image_png and Image.open(io.BytesIO(card.image_png)).size[0] > 300
    assert "1 day" in card.fields[0].value and card.fields[3].value == "1"

    async def count(s):  # type: ignore[no-untyped-def]
        return await s.scalar(select(func.count()).select_from(DrillLog))

    assert await app.db.run(count) == 1


async def test_streak_cards_about_someone_else_talk_about_them(app: App, clock: FixedClock) -> None:
    """/streak member:alice run by bob: every state of the card is about alice, never "your"/"you"."""
    base = datetime(2026, 6, 15, 12, tzinfo=UTC)

    def words(card) -> str:  # type: ignore[no-untyped-def]
        return " ".join([card.title, *map(str, card.lines), *(f"{f.name} {f.value}" for f in card.fields),
                         card.footer or ""])

    states: dict[str, str] = {}
    states["never"] = words(await streak_card(app, 5, 1, name="alice", with_heatmap=False))
    await _log_on(app, clock, base - timedelta(days=1), 5, 1)
    clock.at = base
    states["alive"] = words(await streak_card(app, 5, 1, name="alice", with_heatmap=False))
    await _log_on(app, clock, base, 5, 1)
    states["done"] = words(await streak_card(app, 5, 1, name="alice", with_heatmap=False))
    clock.at = base + timedelta(days=5)
    states["broken"] = words(await streak_card(app, 5, 1, name="alice", with_heatmap=False))
    assert "alice hasn't logged a drill yet" in states["never"]
    assert "alice's streak is alive — today's drill is still to come" in states["alive"]
    assert "alice's drill is done for today" in states["done"]
    assert "alice has no streak running" in states["broken"]
    for state, said in states.items():
        assert said.startswith("alice's streak") and "alice earns a streak freeze" in said, state
        assert not re.search(r"\b(you|your|yours)\b", said, re.IGNORECASE), (state, said)
        assert "/warmup" not in said, (state, said)  # no instructions aimed at the reader
    own = words(await streak_card(app, 5, 1, with_heatmap=False))
    assert own.startswith("Your streak") and "alice" not in own


def test_heatmap_marks_today_frozen_and_future() -> None:
    png = render_heatmap({D: 2, D - timedelta(days=3): 5, D - timedelta(days=4): 1}, D + timedelta(days=2),
                         frozen=[D - timedelta(days=1)])
    img = Image.open(io.BytesIO(png)).convert("RGB")
    colours = {c for _n, c in img.getcolors(maxcolors=100000) or []}
    assert {heatmap.FROZEN, heatmap.TODAY_RING, heatmap.FUTURE, *heatmap.LEVELS} <= colours


def test_heatmap_palette_is_readable() -> None:
    """One drill stands out from an empty day (WCAG contrast ≥ 3:1), and each level is brighter than the
    last (a luminance ramp reads the same with any colour vision, even in greyscale)."""
    assert heatmap.contrast(heatmap.LEVELS[0], heatmap.EMPTY) >= 3
    ramp = [heatmap.luminance(c) for c in (heatmap.EMPTY, *heatmap.LEVELS)]
    assert ramp == sorted(ramp) and all(b / a > 1.3 for a, b in itertools.pairwise(ramp))
    assert heatmap.contrast(heatmap.TODAY_RING, heatmap.BG) >= 3  # the ring sits on the background


def test_heatmap_month_labels_include_the_current_month() -> None:
    today = date(2026, 1, 1)
    for _ in range(400):
        labels = heatmap.month_labels(today)
        names = [name for _col, name in labels]
        assert today.strftime("%b") in names, (today, labels)
        cols = [col for col, _ in labels]
        assert cols == sorted(cols) and all(b - a >= 3 for a, b in itertools.pairwise(cols))
        today += timedelta(days=1)
    assert heatmap.month_labels(date(2026, 12, 2))[-1] == (11, "Dec")  # a month that began on a Tuesday


@pytest.mark.parametrize("seed", range(20))
def test_current_streak_from_a_window_matches_the_whole_history(seed: int) -> None:
    rng = random.Random(seed)
    today = date(2026, 6, 15)
    for _ in range(200):
        p = rng.choice([0.3, 0.6, 0.8, 0.9, 0.97])
        history = sorted(today - timedelta(days=i) for i in range(200) if rng.random() < p)
        want = compute_streak(history, today).current
        for window in (3, 5, 10, 42):
            since = today - timedelta(days=window)
            got = current_streak([d for d in history if d >= since], today, since)
            assert got is None or got == want, (history, window)
        assert current_streak(history, today, today - timedelta(days=400)) == want  # whole history: resolved


async def test_migration_0004_on_a_log_with_padded_days(databases: DatabaseFactory, config: Config,
                                                       clock: FixedClock) -> None:
    """An existing log (revision 0002) where /log was used three times on one day: the upgrade keeps every
    drill, marks the earliest manual one of each member-day, counts drill days, and from then on the day
    takes no more manual logs while guided sessions still count."""
    db = await databases.new("0002")
    rows = [(1, 5, date(2026, 6, 14), None), (1, 5, date(2026, 6, 14), None), (1, 5, date(2026, 6, 14), None),
            (1, 5, date(2026, 6, 15), None), (1, 6, date(2026, 6, 15), None)]
    async with db.engine.begin() as conn:
        for g, u, d, sid in rows:
            await conn.execute(text(
                "INSERT INTO drill_logs (guild_id, user_id, done_at, day, duration_s, variation, source, session_id)"
                " VALUES (:g, :u, :t, :d, 45, 'in_place', 'log', :s)"),
                {"g": g, "u": u, "t": datetime(d.year, d.month, d.day, 12), "d": d, "s": sid})
    await migrate.upgrade(db)
    app = App(replace(config, database_url=db.url), db=db, clock=clock)

    async def state(s):  # type: ignore[no-untyped-def]
        marked = sorted((r.user_id, r.day) for r in await s.scalars(select(DrillLog).where(
            DrillLog.manual_day.is_not(None))))
        totals = sorted((r.user_id, r.drills, r.days) for r in await s.scalars(select(DrillMemberTotal)))
        return marked, totals, await s.scalar(select(func.count()).select_from(DrillLog))

    marked, totals, count = await app.db.run(state)
    assert marked == [(5, date(2026, 6, 14)), (5, date(2026, 6, 15)), (6, date(2026, 6, 15))]
    assert totals == [(5, 4, 2), (6, 1, 1)] and count == 5
    with pytest.raises(AlreadyLogged):
        await log_drill(app, guild_id=1, user_id=5, when="yesterday")
    assert await log_drill(app, guild_id=1, user_id=6, when="yesterday") == date(2026, 6, 14)
    _, rows_ranked = await leaderboard(app, 1, Period.ALL)
    assert [(r.user_id, r.days, r.drills) for r in rows_ranked] == [(5, 2, 4), (6, 2, 2)]
