"""Warm-up sessions, idempotent logging, /log dates, export and forget-me — the core, without Discord."""

from __future__ import annotations

import asyncio
import csv
import gzip
import io
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import delete, func, select

from bot.app import App
from bot.cards import Problem, Text, Timestamp
from bot.clock import FixedClock
from bot.discord.render import discord_text
from bot.privacy.service import export_csv, forget_member
from bot.reminders.service import take_notice
from bot.roster.service import roster_of
from bot.settings.service import update_settings
from bot.streaks.queries import member_stats
from bot.warmup import service as core
from bot.warmup.cards import warmup_card
from bot.warmup.rules import check_log_duration, parse_when
from bot.warmup.variations import Variation, parse_variation
from db.batch import GroupCommit
from db.engine import Database
from db.models import DrillLog, DrillMemberTotal, Member, Reminder, RosterMember, RosterRole, WarmupSession
from tests.conftest import DatabaseFactory


async def count(app: App, model: type = DrillLog) -> int:
    return await app.db.run(lambda s: s.scalar(select(func.count()).select_from(model)))


@pytest.mark.parametrize("seconds", [14, 181, 0, -5, 10_000])
async def test_duration_out_of_range_writes_nothing(app: App, seconds: int) -> None:
    with pytest.raises(Problem, match="between 15 and 180"):
        await core.start_warmup(app, guild_id=1, user_id=1, duration=seconds)
    with pytest.raises(Problem, match="between 15 and 180"):
        await core.log_drill(app, guild_id=1, user_id=1, duration=seconds)
    assert await count(app, WarmupSession) == 0 and await count(app) == 0


def test_variations() -> None:
    assert parse_variation("HIIT intervals") is Variation.HIIT
    assert parse_variation("moving forward") is Variation.MOVING_FORWARD
    assert parse_variation("in_place") is Variation.IN_PLACE
    with pytest.raises(Problem, match="in place"):
        parse_variation("cartwheels")


async def test_card_has_countdown_cues_and_buttons(app: App, clock: FixedClock) -> None:
    s = await core.start_warmup(app, guild_id=1, user_id=1, duration=60, variation="hiit")
    card = warmup_card(s)
    # The countdown is a structured moment: Discord renders it as <t:…:R>, which ticks by itself.
    countdown = card.lines[2]
    assert isinstance(countdown, Text) and Timestamp(clock.now() + timedelta(seconds=60), "R") in countdown.parts
    assert "20 s" in card.description
    assert card.fields[0].name == "Key cues" and card.fields[0].value.count("•") == 3
    assert [b.action for b in card.buttons] == [f"warmup:done:{s.id}", "warmup:technique", "warmup:muscles"]
    assert all(len(b.action) <= 100 for b in card.buttons)


async def test_personal_done_only_by_owner_and_once(app: App) -> None:
    s = await core.start_warmup(app, guild_id=1, user_id=10)
    with pytest.raises(Problem, match="Start your own with /warmup"):
        await core.complete(app, s.id, 11)
    first = await core.complete(app, s.id, 10)
    again = await core.complete(app, s.id, 10)
    assert first.logged and not again.logged and await count(app) == 1


async def test_closed_and_unknown_sessions(app: App, clock: FixedClock) -> None:
    s = await core.start_warmup(app, guild_id=1, user_id=10)
    clock.advance(hours=13)
    with pytest.raises(Problem, match="closed"):
        await core.complete(app, s.id, 10)
    with pytest.raises(Problem, match="new one with /warmup"):
        await core.complete(app, 999_999, 10)
    assert await count(app) == 0


async def test_team_session_counts_each_member_once_and_closes(app: App, clock: FixedClock) -> None:
    await update_settings(app, 1, team_window_minutes=10)
    s = await core.start_warmup(app, guild_id=1, user_id=10, team=True)
    assert s.closes_at == clock.now() + timedelta(minutes=10)
    results = await asyncio.gather(*(core.complete(app, s.id, u) for u in [1, 2, 3, 1, 2, 3]))
    assert sum(r.logged for r in results) == 3 and await core.checked_in(app, s.id) == 3
    clock.advance(minutes=10)
    with pytest.raises(Problem, match="closed"):
        await core.complete(app, s.id, 4)
    card = warmup_card(s, checked_in=3, closed=True)
    assert card.buttons[0].disabled and "**3** teammates" in discord_text(card.fields[1].value)


async def test_team_warmup_needs_a_server(app: App) -> None:
    with pytest.raises(Problem, match="server"):
        await core.start_warmup(app, guild_id=core.DM_GUILD_ID, user_id=1, team=True)


async def test_two_processes_log_a_session_once(app: App, databases: DatabaseFactory, db: Database) -> None:
    other = App(replace(app.config), db=databases.share(db), clock=app.clock)
    s = await core.start_warmup(app, guild_id=1, user_id=10, team=True)
    results = await asyncio.gather(*(core.complete(a, s.id, 5) for a in [app, other] * 4))
    assert sum(r.logged for r in results) == 1 and await count(app) == 1
    assert (await member_stats(other, 1, 5)).total == 1


async def test_log_today_yesterday_and_bad_dates(app: App, clock: FixedClock) -> None:
    await update_settings(app, 1, timezone="Asia/Tokyo")  # 12:00 UTC = 21:00 in Tokyo, same day
    assert await core.log_drill(app, guild_id=1, user_id=1) == date(2026, 6, 15)
    assert await core.log_drill(app, guild_id=1, user_id=1, when="yesterday", duration=30) == date(2026, 6, 14)
    for bad, match in (("tomorrow", "“tomorrow” .2026-06-16. hasn't happened"), ("2026-06-16", "hasn't happened"),
                       ("2026-06-08", "“2026-06-08” .2026-06-08. is more than 6 days ago"),
                       ("7 days ago", "is more than 6 days ago"), ("last year", "can't read “last year”"),
                       (date(2020, 1, 1), "more than 6 days ago"), ("-30", "can't read “-30”")):
        with pytest.raises(Problem, match=match):
            await core.log_drill(app, guild_id=1, user_id=1, when=bad)
    assert await count(app) == 2
    clock.at = datetime(2026, 6, 15, 16, tzinfo=UTC)  # 01:00 on the 16th in Tokyo: "today" moved on
    assert await core.log_drill(app, guild_id=1, user_id=1) == date(2026, 6, 16)

    async def yesterday_row(s):  # type: ignore[no-untyped-def]
        return await s.scalar(select(DrillLog).where(DrillLog.day == date(2026, 6, 14)))

    row = await app.db.run(yesterday_row)
    assert row.source == "log" and row.session_id is None and row.done_at == datetime(2026, 6, 14, 3, tzinfo=UTC)


async def test_one_manual_log_a_day_recent_days_and_undo(app: App, clock: FixedClock) -> None:
    assert await core.log_drill(app, guild_id=1, user_id=1, when="2 days ago") == date(2026, 6, 13)
    assert await core.log_drill(app, guild_id=1, user_id=1, when="2026-06-09") == date(2026, 6, 9)
    assert await core.log_drill(app, guild_id=1, user_id=1, when="Thursday") == date(2026, 6, 11)
    for _ in range(3):  # padding: the day is already logged, politely
        with pytest.raises(core.AlreadyLogged, match="already logged a drill for Saturday 13 June"):
            await core.log_drill(app, guild_id=1, user_id=1, when="2 days ago")
    await core.log_drill(app, guild_id=1, user_id=1)
    with pytest.raises(core.AlreadyLogged, match="for today"):
        await core.log_drill(app, guild_id=1, user_id=1, when="today", duration=60)
    # Concurrent /log for one day (one batch, or racing batches): exactly one is logged.
    results = await asyncio.gather(*(core.log_drill(app, guild_id=1, user_id=2) for _ in range(5)),
                                   return_exceptions=True)
    assert sum(r == date(2026, 6, 15) for r in results) == 1
    assert all(isinstance(r, core.AlreadyLogged) for r in results if r != date(2026, 6, 15))
    # Guided warm-ups each count, whatever was logged by hand.
    for _ in range(2):
        session = await core.start_warmup(app, guild_id=1, user_id=1)
        assert (await core.complete(app, session.id, 1)).logged
    assert (await member_stats(app, 1, 1)).day_counts[date(2026, 6, 15)] == 3
    # Undo removes the member's own last manual log (not a guided one, not someone else's) and frees the day.
    undone = await core.undo_last_log(app, guild_id=1, user_id=1)
    assert undone.day == date(2026, 6, 15)
    assert (await member_stats(app, 1, 1)).day_counts[date(2026, 6, 15)] == 2
    assert await core.log_drill(app, guild_id=1, user_id=1) == date(2026, 6, 15)
    for day in (date(2026, 6, 15), date(2026, 6, 11), date(2026, 6, 9), date(2026, 6, 13)):
        assert (await core.undo_last_log(app, guild_id=1, user_id=1)).day == day
    with pytest.raises(Problem, match="no /log from the last 7 days"):
        await core.undo_last_log(app, guild_id=1, user_id=1)
    assert await count(app) == 3  # user 2's log and the two guided warm-ups


@pytest.mark.parametrize(("args", "want"), [
    ("60 2 days ago", "60 seconds, when '2 days ago'"),
    ("2 days ago", "45 seconds, when '2 days ago'"),
    ("yesterday 30", "30 seconds, when 'yesterday'"),
    ("45 last week", "error: I can't read “last week” as a day"),
    ("-30", "error: -30 isn't a duration: a drill lasts between 15 and 180 seconds. Try /log 45."),
    ("999999", "error: 999999 seconds is longer than one drill"),
    ("duration:abc", "error: “abc” isn't a number of seconds"),
])
async def test_console_log_messages_name_what_was_typed(app: App, args: str, want: str) -> None:
    """Issue 11: each /log input error names what was wrong with what was typed."""
    from bot.console.warmup import log_options

    try:
        duration, when, _undo = log_options(args)
        check_log_duration(duration)
        parse_when(when, date(2026, 6, 15))
        got = f"{duration} seconds, when '{when}'"
    except Problem as exc:
        got = f"error: {exc}"
    assert got.startswith(want), got


async def test_export_csv(app: App) -> None:
    s = await core.start_warmup(app, guild_id=1, user_id=10)
    await core.complete(app, s.id, 10)
    await core.log_drill(app, guild_id=1, user_id=11, when="yesterday")
    await core.log_drill(app, guild_id=2, user_id=12)  # another guild: not exported
    export = await export_csv(app, 1)
    rows = list(csv.DictReader(io.StringIO(export.data.decode())))
    assert export.filename == "drill-log-1.csv" and export.rows == 2
    assert [(r["day"], r["user_id"], r["source"]) for r in rows] == [("2026-06-14", "11", "log"),
                                                                      ("2026-06-15", "10", "discord")]
    assert rows[1]["session_id"] == str(s.id) and rows[0]["session_id"] == ""
    assert [r["display_name"] for r in rows] == ["", ""]  # never seen: the id alone
    await update_settings(app, 1, timezone="America/New_York")
    await roster_of(app).seen(1, 10, "Ann *Runner*", [])
    rows = list(csv.DictReader(io.StringIO((await export_csv(app, 1)).data.decode())))
    assert (rows[1]["display_name"], rows[1]["user_id"]) == ("Ann *Runner*", "10")
    # ISO 8601 with offsets: the server's zone (EDT, -04:00) and UTC, the same instant.
    assert (rows[1]["done_at_local"], rows[1]["done_at_utc"]) == ("2026-06-15T08:00:00-04:00", "2026-06-15T12:00:00Z")
    assert datetime.fromisoformat(rows[0]["done_at_local"]) == datetime.fromisoformat(rows[0]["done_at_utc"])
    team = await core.start_warmup(app, guild_id=3, user_id=10, team=True)
    for user in range(40):
        await core.complete(app, team.id, user)
    raw = await export_csv(app, 3)
    big = await export_csv(app, 3, limit=len(raw.data) // 2)
    assert big.filename.endswith(".csv.gz") and gzip.decompress(big.data) == raw.data and raw.rows == 40
    with pytest.raises(Problem, match="too large"):
        await export_csv(app, 1, limit=10)


async def test_forget_member(app: App, clock: FixedClock) -> None:
    personal = await core.start_warmup(app, guild_id=1, user_id=10)
    await core.complete(app, personal.id, 10)
    team = await core.start_warmup(app, guild_id=1, user_id=10, team=True)
    await core.complete(app, team.id, 10)
    await core.complete(app, team.id, 11)
    await core.log_drill(app, guild_id=2, user_id=10)  # another server: kept

    async def add(s):  # type: ignore[no-untyped-def]
        s.add(Member(guild_id=1, user_id=10, created_at=clock.now()))
        # DM bookkeeping of personal reminders: theirs goes with the reminders, member 11's stays
        s.add(Member(guild_id=0, user_id=10, dm_failures=2, notice="DMs closed", created_at=clock.now()))
        s.add(Member(guild_id=0, user_id=11, dm_failures=1, notice="DMs closed", created_at=clock.now()))
        s.add(Reminder(guild_id=0, user_id=10, personal=True, hour=7, minute=0, days="mon", timezone="UTC",
                       created_at=clock.now()))

    await app.db.run(add)
    await roster_of(app).seen(1, 10, "Ten", [77])
    await roster_of(app).seen(1, 11, "Eleven", [77])
    gone = await forget_member(app, 1, 10)
    assert (gone.drills, gone.reminders) == (2, 1)
    assert await count(app, RosterMember) == 1 and await count(app, RosterRole) == 1  # only member 11's
    assert await count(app) == 2 and await count(app, Member) == 1 and await count(app, Reminder) == 0
    assert await take_notice(app, 10) is None and await take_notice(app, 11) == "DMs closed"
    assert (await member_stats(app, 1, 10)).total == 0 and (await member_stats(app, 1, 11)).total == 1
    assert (await core.get_session(app, team.id)).started_by == 0
    with pytest.raises(Problem):
        await core.get_session(app, personal.id)
    assert await count(app, DrillMemberTotal) == 2  # user 11 here, user 10 in guild 2


async def test_group_commit_burst_on_one_session(app: App) -> None:
    """A burst of clicks shares transactions, yet each member is logged once and each caller told truly."""
    s = await core.start_warmup(app, guild_id=1, user_id=10, team=True)
    users = [u for u in range(60) for _ in range(3)]  # everyone clicks three times at once
    results = await asyncio.gather(*(core.complete(app, s.id, u) for u in users))
    assert await count(app) == 60 and await core.checked_in(app, s.id) == 60
    for u in range(60):
        assert sum(r.logged for r, who in zip(results, users, strict=True) if who == u) == 1
    assert max(r.checked_in for r in results) == 60 and all(1 <= r.checked_in <= 60 for r in results)
    again = await core.complete(app, s.id, 0)
    assert not again.logged and again.checked_in == 60


async def test_group_commit_a_failing_item_does_not_fail_the_others(app: App, clock: FixedClock) -> None:
    team = await core.start_warmup(app, guild_id=1, user_id=10, team=True)
    await core.complete(app, team.id, 1)  # the session is now cached in this process

    async def drop(s):  # type: ignore[no-untyped-def]
        await s.execute(delete(WarmupSession).where(WarmupSession.id == team.id))

    await app.db.run(drop)  # behind the cache's back: its drills now fail the foreign key
    calls = [core.complete(app, team.id, 2), core.log_drill(app, guild_id=1, user_id=3, when="tomorrow"),
             *(core.log_drill(app, guild_id=1, user_id=u) for u in range(100, 110))]
    results = await asyncio.gather(*calls, return_exceptions=True)
    assert not isinstance(results[0], Problem) and isinstance(results[0], Exception)  # the foreign key
    assert isinstance(results[1], Problem) and "hasn't happened" in str(results[1])
    assert results[2:] == [date(2026, 6, 15)] * 10
    assert await count(app) == 11  # the first check-in (now without session) and the ten /log drills


async def test_group_commit_batches_and_reports_per_caller() -> None:
    batches: list[list[int]] = []

    async def flush(items: list[int]) -> list[int | BaseException]:
        batches.append(items)
        if 13 in items:
            raise RuntimeError("batch failed")
        return [ValueError(i) if i % 2 else i * 10 for i in items]

    group: GroupCommit[int, int] = GroupCommit(flush, max_batch=4)
    out = await asyncio.gather(*(group.submit(i) for i in range(6)), return_exceptions=True)
    assert batches == [[0, 1, 2, 3], [4, 5]]  # no timer: the first caller starts a batch at once
    assert out[0] == 0 and out[2] == 20 and isinstance(out[1], ValueError) and isinstance(out[5], ValueError)
    out = await asyncio.gather(group.submit(12), group.submit(13), return_exceptions=True)
    assert all(isinstance(o, RuntimeError) for o in out)
    assert await group.submit_many([2, 4]) == [20, 40]
