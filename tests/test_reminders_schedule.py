"""Reminder parsing and occurrence math, including the DST changes of America/New_York and Europe/London,
checked against APScheduler's own CronTrigger and a real AsyncIOScheduler."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from apscheduler.events import EVENT_JOB_EXECUTED
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger

from bot.cards import Problem
from bot.reminders.parsing import (
    ALL_DAYS,
    WEEKDAYS,
    clean_message,
    days_from_str,
    days_label,
    days_to_str,
    parse_days,
    parse_time,
)
from bot.reminders.schedule import Schedule

NY, LONDON = ZoneInfo("America/New_York"), ZoneInfo("Europe/London")


@pytest.mark.parametrize(("text", "expected"), [
    ("18:00", (18, 0)), ("6pm", (18, 0)), ("6:30 pm", (18, 30)), ("07:05", (7, 5)), ("12am", (0, 0)),
    ("12pm", (12, 0)), ("6 P.M.", (18, 0)), ("1800", (18, 0)), ("7.15", (7, 15)), ("noon", (12, 0)), ("0:00", (0, 0)),
])
def test_parse_time(text: str, expected: tuple[int, int]) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["25:00", "13pm", "6:60", "soon", "", "0am", "18:5"])
def test_parse_time_rejects_politely(text: str) -> None:
    with pytest.raises(Problem, match="time"):
        parse_time(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("daily", ALL_DAYS), ("weekdays", WEEKDAYS), ("weekends", {5, 6}), ("mon,wed,fri", {0, 2, 4}),
    ("Monday Wednesday", {0, 2}), ("mon-fri", WEEKDAYS), ("fri-mon", {4, 5, 6, 0}), ("tues, thurs", {1, 3}),
])
def test_parse_days(text: str, expected: set[int]) -> None:
    days = parse_days(text)
    assert days == expected
    assert days_from_str(days_to_str(days)) == days


def test_parse_days_rejects_and_labels() -> None:
    with pytest.raises(Problem, match="day"):
        parse_days("mon,funday")
    assert days_label(parse_days("weekdays")) == "weekdays"
    assert days_label(parse_days("mon,wed")) == "Mon, Wed"
    assert days_to_str(parse_days("daily")) == "mon,tue,wed,thu,fri,sat,sun"


def test_clean_message_neutralises_mentions_and_caps_length() -> None:
    text = clean_message("hey @everyone and @HERE, <@123> <@!456> <@&789> go!")
    for bad in ("@everyone", "@HERE", "<@123>", "<@!456>", "<@&789>"):
        assert bad not in text
    assert "go!" in text
    with pytest.raises(Problem, match="300"):
        clean_message("x" * 301)
    assert clean_message(None) == ""


def local(occ: datetime, zone: ZoneInfo) -> tuple[date, int, int]:
    t = occ.astimezone(zone)
    return t.date(), t.hour, t.minute


# (zone, days, hour, minute, first local day, last local day): windows spanning each DST change.
DST_CASES = [
    (NY, ALL_DAYS, 18, 0, date(2026, 3, 4), date(2026, 3, 12)),      # spring forward 2026-03-08
    (NY, WEEKDAYS, 6, 30, date(2026, 3, 4), date(2026, 3, 12)),
    (NY, ALL_DAYS, 18, 0, date(2026, 10, 28), date(2026, 11, 5)),    # fall back 2026-11-01
    (NY, parse_days("weekends"), 9, 0, date(2026, 10, 28), date(2026, 11, 5)),
    (LONDON, ALL_DAYS, 7, 5, date(2026, 3, 25), date(2026, 4, 2)),   # BST starts 2026-03-29
    (LONDON, WEEKDAYS, 18, 0, date(2026, 10, 21), date(2026, 10, 29)),  # BST ends 2026-10-25
]


@pytest.mark.parametrize(("zone", "days", "hour", "minute", "first", "last"), DST_CASES)
def test_occurrences_keep_wall_clock_across_dst(zone: ZoneInfo, days: frozenset[int], hour: int, minute: int,
                                                first: date, last: date) -> None:
    s = Schedule(hour, minute, frozenset(days), zone)
    start = datetime(first.year, first.month, first.day, tzinfo=zone)
    end = datetime(last.year, last.month, last.day, 23, 59, tzinfo=zone)
    occs = s.between(start, end)
    expected_days = [first + timedelta(days=i) for i in range((last - first).days + 1)
                     if (first + timedelta(days=i)).weekday() in days]
    assert [local(o, zone) for o in occs] == [(d, hour, minute) for d in expected_days]  # none skipped/doubled
    # One UTC offset change inside each window: the UTC instant moves by an hour, the wall clock does not.
    assert len({o.astimezone(zone).utcoffset() for o in occs}) == 2
    # latest_at / next_after agree with the list.
    for o in occs:
        assert s.latest_at(o) == o and s.latest_at(o + timedelta(minutes=1)) == o
        assert s.next_after(o - timedelta(seconds=1)) == o


@pytest.mark.parametrize(("zone", "days", "hour", "minute", "first", "last"), DST_CASES)
def test_cron_trigger_fires_on_our_occurrences(zone: ZoneInfo, days: frozenset[int], hour: int, minute: int,
                                              first: date, last: date) -> None:
    s = Schedule(hour, minute, frozenset(days), zone)
    trigger = s.trigger()
    now = datetime(first.year, first.month, first.day, tzinfo=zone)
    end = datetime(last.year, last.month, last.day, 23, 59, tzinfo=zone)
    fires, prev = [], None
    while (nxt := trigger.get_next_fire_time(prev, now)) <= end:
        fires.append(nxt.astimezone(UTC))
        prev = now = nxt
    assert fires == s.between(datetime(first.year, first.month, first.day, tzinfo=zone), end)


def test_nonexistent_and_ambiguous_local_times() -> None:
    # 02:30 does not exist in New York on 2026-03-08: it runs once, at 03:30 EDT (07:30 UTC).
    gap = Schedule(2, 30, ALL_DAYS, NY)
    day = gap.between(datetime(2026, 3, 7, 12, tzinfo=UTC), datetime(2026, 3, 9, 12, tzinfo=UTC))
    assert day == [datetime(2026, 3, 8, 7, 30, tzinfo=UTC), datetime(2026, 3, 9, 6, 30, tzinfo=UTC)]
    # 01:30 happens twice on 2026-11-01: APScheduler fires at both; both map to ONE occurrence (the first).
    fold = Schedule(1, 30, ALL_DAYS, NY)
    trigger = fold.trigger()
    first = trigger.get_next_fire_time(None, datetime(2026, 11, 1, 0, 0, tzinfo=NY))
    second = trigger.get_next_fire_time(first, first)
    assert (first.astimezone(UTC), second.astimezone(UTC)) == (
        datetime(2026, 11, 1, 5, 30, tzinfo=UTC), datetime(2026, 11, 1, 6, 30, tzinfo=UTC))
    assert fold.latest_at(first) == fold.latest_at(second) == datetime(2026, 11, 1, 5, 30, tzinfo=UTC)


async def test_real_scheduler_fires_cron_job_in_zone() -> None:
    """A real AsyncIOScheduler, a zone-aware CronTrigger one second ahead: it fires, once, at that time."""
    zone = ZoneInfo("Europe/London")
    target = (datetime.now(zone) + timedelta(seconds=1.5)).replace(microsecond=0)
    # Same fields as Schedule.trigger(), plus a second, so the test waits ~1 s rather than a minute.
    trigger = CronTrigger(hour=target.hour, minute=target.minute, second=target.second,
                          day_of_week=days_to_str(ALL_DAYS), timezone=zone)
    fired: list[datetime] = []

    async def job() -> None:
        fired.append(datetime.now(UTC))

    executed = asyncio.Event()
    scheduler = AsyncIOScheduler(timezone="UTC")
    scheduler.add_listener(lambda event: executed.set(), EVENT_JOB_EXECUTED)
    scheduler.start()
    try:
        scheduler.add_job(job, trigger, id="r", replace_existing=True)
        scheduler.add_job(job, trigger, id="r", replace_existing=True)  # stable id: still one job
        assert len(scheduler.get_jobs()) == 1
        await asyncio.wait_for(executed.wait(), timeout=10)
        # Once: the only job's next run is the same time tomorrow, so nothing else can fire before then.
        [only] = scheduler.get_jobs()
        assert only.next_run_time == target + timedelta(days=1)
    finally:
        scheduler.shutdown(wait=False)
    assert len(fired) == 1
    assert 0 <= (fired[0] - target).total_seconds() < 0.5


def test_assembled_trigger_equals_a_normally_built_one() -> None:
    """Schedule.trigger() reuses cached fields; it must behave exactly like CronTrigger(...) built directly."""
    import random

    rng = random.Random(7)
    zones = [NY, LONDON, ZoneInfo("Asia/Kolkata"), ZoneInfo("UTC")]
    for _ in range(200):
        s = Schedule(rng.randrange(24), rng.randrange(60), frozenset(rng.sample(range(7), rng.randint(1, 7))),
                     rng.choice(zones))
        fast = s.trigger()
        slow = CronTrigger(hour=s.hour, minute=s.minute, second=0, day_of_week=days_to_str(s.days), timezone=s.zone)
        assert str(fast) == str(slow) and fast.timezone == slow.timezone
        now = datetime(2026, rng.randrange(1, 13), 1, tzinfo=UTC)
        a = b = None
        for _ in range(10):
            a, b = fast.get_next_fire_time(a, a or now), slow.get_next_fire_time(b, b or now)
            assert a == b
