"""Reminders against a real database (SQLite, and PostgreSQL when TEST_DATABASE_URL is set): validation and
limits, the claim, restarts (late / skipped), two schedulers on one database, failures, snooze, shards."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED
from sqlalchemy import func, select

from bot.app import App
from bot.cards import Problem
from bot.clock import FixedClock
from bot.reminders import outbox, queries
from bot.reminders.cards import list_card
from bot.reminders.queries import ReminderInfo
from bot.reminders.sender import Failure
from bot.reminders.service import ReminderService, add_reminder, job_id, owns, pause_reminder, remove_reminder
from db.models import Reminder
from tests.conftest import DatabaseFactory
from tests.doubles import RecordingSender
from tests.harness import eventually

GUILD, CHANNEL, ROLE, ADMIN = 81_000_000_000_000_000, 500, 600, 700


async def add(app: App, time: str = "18:00", **kw: object) -> ReminderInfo:
    args: dict = dict(guild_id=GUILD, user_id=ADMIN, time=time, days="daily", timezone="Europe/London",
                      channel_id=CHANNEL, role_id=ROLE, message="Warm up, team!")
    args.update(kw)
    return await queries.add(app, **args)


async def count_rows(app: App) -> int:
    async def work(s):  # type: ignore[no-untyped-def]
        return await s.scalar(select(func.count()).select_from(Reminder))

    return await app.db.run(work)


async def started(app: App, sender: RecordingSender | None = None) -> tuple[ReminderService, RecordingSender]:
    sender = sender or RecordingSender()
    app.start_scheduler()
    service = ReminderService(app, sender)
    await service.start()
    return service, sender


@pytest.mark.parametrize(("field", "value", "match"), [
    ("time", "25:99", "time"), ("days", "someday", "day"), ("timezone", "Mars/Olympus", "time zone"),
    ("message", "x" * 400, "300"),
])
async def test_bad_input_saves_nothing(app: App, field: str, value: str, match: str) -> None:
    with pytest.raises(Problem, match=match):
        await add(app, **{field: value})
    assert await count_rows(app) == 0


async def test_limits_per_server_and_per_member(app: App) -> None:
    for i in range(queries.GUILD_LIMIT):
        await add(app, time=f"{i % 24}:00")
    with pytest.raises(Problem, match="25"):
        await add(app)
    await add(app, guild_id=GUILD + 1)  # another server has its own allowance
    for _ in range(queries.PERSONAL_LIMIT):
        await add(app, personal=True, channel_id=None, role_id=None)
    with pytest.raises(Problem, match="5"):
        await add(app, personal=True, channel_id=None, role_id=None)
    assert await count_rows(app) == queries.GUILD_LIMIT + 1 + queries.PERSONAL_LIMIT


async def test_add_schedules_a_job_and_remove_pause_resume_change_it(app: App, clock: FixedClock) -> None:
    service, _ = await started(app)
    r = await add(app)
    await service.refresh(r.id)
    job = app.scheduler.get_job(job_id(r.id))
    assert job is not None and str(job.trigger.timezone) == "Europe/London"
    # The scheduler runs on the real clock: its next run is our next occurrence after (real) now.
    assert job.next_run_time == r.schedule.next_after(datetime.now(UTC))
    assert (job.next_run_time.hour, job.next_run_time.minute) == (18, 0)
    await queries.set_paused(app, r.id, True, guild_id=GUILD)
    await service.refresh(r.id)
    assert app.scheduler.get_job(job_id(r.id)) is None
    clock.advance(days=2)  # two occurrences pass while paused
    await queries.set_paused(app, r.id, False, guild_id=GUILD)
    await service.refresh(r.id)
    assert app.scheduler.get_job(job_id(r.id)) is not None
    await service.sync()  # a restart/resync must not send what was missed while paused
    assert service.sender.sent == []  # type: ignore[attr-defined]
    with pytest.raises(Problem, match="no reminder #"):
        await queries.remove(app, r.id, guild_id=GUILD + 1)  # not from another server
    await queries.remove(app, r.id, guild_id=GUILD)
    await service.refresh(r.id)
    assert app.scheduler.get_job(job_id(r.id)) is None and await count_rows(app) == 0
    await service.stop()


async def test_service_calls_write_the_table_and_the_schedule_together(app: App, clock: FixedClock) -> None:
    """add/pause/resume/remove are one call each for a front end: the row and the job change together."""
    service, _ = await started(app)
    assert app.reminders is service
    args = dict(guild_id=GUILD, user_id=ADMIN, time="18:00", days="daily", timezone="Europe/London",
                channel_id=CHANNEL)
    r = await add_reminder(app, **args)
    assert app.scheduler.get_job(job_id(r.id)) is not None and await count_rows(app) == 1
    with pytest.raises(Problem, match="already goes at"):
        await add_reminder(app, **args)  # the same one twice is refused, nothing written or scheduled
    assert await count_rows(app) == 1
    assert (await pause_reminder(app, r.id, True, guild_id=GUILD)).changed
    assert app.scheduler.get_job(job_id(r.id)) is None
    assert (await pause_reminder(app, r.id, False, guild_id=GUILD)).changed
    assert app.scheduler.get_job(job_id(r.id)) is not None
    await remove_reminder(app, r.id, guild_id=GUILD)
    assert app.scheduler.get_job(job_id(r.id)) is None and await count_rows(app) == 0
    await service.stop()
    assert app.reminders is None
    # Without a running service (a one-off command) only the table changes; the next start schedules it.
    r = await add_reminder(app, **args)
    assert app.scheduler.get_job(job_id(r.id)) is None and await count_rows(app) == 1


async def test_job_fires_once_and_duplicate_firings_do_nothing(app: App, clock: FixedClock) -> None:
    service, sender = await started(app)
    r = await add(app, time="13:00")  # 12:00 UTC = 13:00 BST: due exactly now
    clock.at = datetime(2026, 6, 14, 12, 0, tzinfo=UTC)
    r = await add(app, time="13:00")  # created the day before, so today's occurrence counts
    clock.at = datetime(2026, 6, 15, 12, 0, 5, tzinfo=UTC)
    await service.refresh(r.id)
    await asyncio.gather(*(service.on_job(r.id) for _ in range(5)))  # duplicate jobs, same process
    assert [(d.kind, d.target, d.role_id) for d in sender.sent] == [("post", CHANNEL, ROLE)]
    card = sender.sent[0].card
    assert card.title == "Warm-up time" and "Warm up, team!" in card.lines[0]
    assert any("Drill of the day" in line for line in card.lines) and not any("late" in x for x in card.lines)
    assert [b.action for b in card.buttons] == [f"reminder:team:{r.id}"]
    assert (await queries.get(app, r.id)).last_occurrence == datetime(2026, 6, 15, 12, 0, tzinfo=UTC)  # type: ignore[union-attr]
    await service.stop()


async def test_restart_after_due_sends_late_once_and_long_after_skips(app: App, clock: FixedClock,
                                                                       caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="bot.reminders.service")
    clock.at = datetime(2026, 6, 14, 9, 0, tzinfo=UTC)
    soon = await add(app, time="12:00", timezone="UTC")   # due 2026-06-15 12:00
    old = await add(app, time="08:00", timezone="UTC")    # due 2026-06-15 08:00
    clock.at = datetime(2026, 6, 15, 12, 10, tzinfo=UTC)  # the bot was down from 11:55 to 12:10
    service, sender = await started(app)
    assert [d.card.footer.split(" · ")[0] for d in sender.sent] == [f"Reminder #{soon.id}"]  # type: ignore[union-attr]
    assert any("Sent late" in line for line in sender.sent[0].card.lines)
    assert "skipped the occurrence" in caplog.text and f"reminder {old.id}" in caplog.text
    assert (await queries.get(app, old.id)).last_occurrence == datetime(2026, 6, 15, 8, 0, tzinfo=UTC)  # type: ignore[union-attr]
    await service.stop()
    # A second restart a minute later: nothing is sent again.
    clock.advance(minutes=1)
    service2, sender2 = await started(app)
    assert sender2.sent == []
    await service2.stop()


async def test_two_schedulers_on_one_database_send_once(app: App, databases: DatabaseFactory,
                                                         clock: FixedClock) -> None:
    """Two processes (two engines, two AsyncIOSchedulers) with the same jobs: each occurrence goes out once."""
    clock.at = datetime(2026, 6, 14, 12, 0, tzinfo=UTC)
    ids = [(await add(app, time=f"13:0{i}")).id for i in range(3)]
    other = App(app.config, db=databases.share(app.db), clock=clock)
    clock.at = datetime(2026, 6, 15, 12, 9, tzinfo=UTC)  # all three due, catch-up at start in both processes
    sender = RecordingSender()
    (s1, _), (s2, _) = await asyncio.gather(started(app, sender), started(other, sender))
    assert sorted(int(d.card.footer.split("#")[1].split(" ")[0]) for d in sender.sent) == ids  # type: ignore[union-attr]
    # Next day: both real schedulers fire their job a moment from now; still one post per reminder.
    sender.sent.clear()
    clock.at = datetime(2026, 6, 16, 12, 9, tzinfo=UTC)
    soon = datetime.now(UTC) + timedelta(seconds=0.3)
    finished: list[str] = []  # one entry per job run that has finished, in either process
    for a in (app, other):
        a.scheduler.add_listener(lambda event: finished.append(event.job_id), EVENT_JOB_EXECUTED | EVENT_JOB_ERROR)
        for rid in ids:
            a.scheduler.modify_job(job_id(rid), next_run_time=soon)
    await eventually(lambda: len(finished) == 6, what="both processes' runs of the three jobs")
    assert len(sender.sent) == 3
    assert len({d.card.footer for d in sender.sent}) == 3
    await s1.stop()
    await s2.stop()
    await other.stop_scheduler()


async def test_dst_fall_back_double_fire_posts_once(app: App, clock: FixedClock) -> None:
    """CronTrigger fires 01:30 twice on 2026-11-01 in New York; the second firing maps to the claimed occurrence."""
    clock.at = datetime(2026, 10, 30, 12, 0, tzinfo=UTC)
    r = await add(app, time="01:30", timezone="America/New_York")
    service, sender = await started(app)
    trigger = app.scheduler.get_job(job_id(r.id)).trigger  # type: ignore[union-attr]
    fire, fired_at = None, []
    for _ in range(4):  # follow the real job's trigger chain and "fire" at each time it gives
        fire = trigger.get_next_fire_time(fire, fire or clock.at)
        clock.at = fire.astimezone(UTC)
        fired_at.append(clock.at)
        await service.on_job(r.id)
    assert fired_at[1:3] == [datetime(2026, 11, 1, 5, 30, tzinfo=UTC), datetime(2026, 11, 1, 6, 30, tzinfo=UTC)]
    assert len(sender.sent) == 3  # Oct 31, Nov 1 (once), Nov 2
    await service.stop()


async def test_failures_disable_after_three_and_admins_see_it(app: App, clock: FixedClock) -> None:
    clock.at = datetime(2026, 6, 10, 12, 0, tzinfo=UTC)
    r = await add(app, time="12:30", timezone="UTC")
    sender = RecordingSender(fail={CHANNEL: Failure.CHANNEL_GONE})
    service, _ = await started(app, sender)
    for day in range(3):
        clock.at = datetime(2026, 6, 11 + day, 12, 30, tzinfo=UTC)
        assert app.scheduler.get_job(job_id(r.id)) is not None
        await service.on_job(r.id)
    info = await queries.get(app, r.id)
    assert info is not None and info.failures == 3 and "deleted" in (info.disabled_reason or "")
    assert app.scheduler.get_job(job_id(r.id)) is None
    card = list_card(await queries.listing(app, guild_id=GUILD), clock.now(), personal=False)
    assert "disabled" in card.lines[0] and "/reminder resume" in card.lines[0]
    await service.stop()


async def test_closed_dms_are_counted_and_the_member_told(app: App, clock: FixedClock) -> None:
    clock.at = datetime(2026, 6, 14, 12, 0, tzinfo=UTC)
    r = await add(app, time="12:00", timezone="UTC", personal=True, channel_id=None, role_id=None)
    clock.at = datetime(2026, 6, 15, 12, 0, 30, tzinfo=UTC)
    service, sender = await started(app, RecordingSender(fail={ADMIN: Failure.DM_CLOSED}))
    assert sender.sent == []
    notice = await queries.take_notice(app, ADMIN)
    assert notice is not None and "direct message" in notice
    assert await queries.take_notice(app, ADMIN) is None  # told once
    assert (await queries.get(app, r.id)).disabled_reason is None  # type: ignore[union-attr]
    await service.stop()


async def test_personal_reminder_snooze_resends_once(app: App, clock: FixedClock) -> None:
    r = await add(app, personal=True, channel_id=None, role_id=None)
    service, sender = await started(app)
    until = await service.snooze(r.id, ADMIN)
    assert until == clock.now() + timedelta(minutes=10)
    assert app.scheduler.get_job(f"reminder-snooze:{r.id}") is not None
    with pytest.raises(Problem):
        await service.snooze(r.id, ADMIN + 1)  # someone else's reminder
    await service.on_snooze(r.id)
    assert sender.sent == []  # not yet due
    clock.advance(minutes=10)
    await asyncio.gather(service.on_snooze(r.id), service.on_snooze(r.id))
    assert [(d.kind, d.target) for d in sender.sent] == [("dm", ADMIN)]
    assert [b.label for b in sender.sent[0].card.buttons] == ["Snooze 10 min", "Start warm-up"]
    await service.stop()


async def test_each_process_owns_its_shards_guilds(app: App) -> None:
    shard0, shard1 = (4 << 22), (5 << 22)  # (guild_id >> 22) % 2 = 0 and 1
    cfg = replace(app.config, shard_count=2, shard_ids=(1,))
    assert owns(cfg, shard1) and not owns(cfg, shard0) and not owns(cfg, 0)  # DMs belong to shard 0
    assert owns(replace(app.config, shard_count=2, shard_ids=(0,)), 0)
    assert owns(replace(app.config, shard_count=2, shard_ids=None), shard0)
    a = await add(app, guild_id=shard0)
    b = await add(app, guild_id=shard1)
    proc = App(cfg, db=app.db, clock=app.clock)
    service, _ = await started(proc)
    assert set(service.owned) == {b.id} and proc.scheduler.get_job(job_id(a.id)) is None
    await service.stop()
    await proc.stop_scheduler()


async def test_passing_failure_after_the_claim_is_retried_once_delivered(app: App, clock: FixedClock) -> None:
    from bot.reminders.service import RETRY_DELAYS

    service, sender = await started(app)
    r = await add(app)
    occ = r.schedule.next_after(clock.now())
    clock.at = occ
    app.scheduler.pause()  # the scheduler runs on the real clock: keep it from running the retry itself
    sender.fail[CHANNEL] = Failure.OTHER  # e.g. Discord answered 503
    await service.deliver_due([(r, occ)], clock.now())
    assert sender.sent == []
    retry_id = f"reminder-retry:{r.id}:{occ.isoformat()}"
    job = app.scheduler.get_job(retry_id)
    assert job is not None and job.args[3] == 1

    # A duplicate job or a second process finds the occurrence claimed: it never sends it.
    await service.deliver_due([(r, occ)], clock.now())
    assert sender.sent == []

    del sender.fail[CHANNEL]
    clock.advance(seconds=RETRY_DELAYS[0].total_seconds())
    await service.on_retry(r.id, occ, 1)  # what the retry job runs
    assert len(sender.sent) == 1 and sender.sent[0].target == CHANNEL
    assert sender.sent[0].nonce == outbox.nonce(r.id, occ)
    row = await queries.occurrence(app, r.id, occ)
    assert row is not None and (row.state, row.message_id, row.attempts) == (outbox.SENT, sender.sent[0].id, 1)
    await service.on_retry(r.id, occ, 2)  # a stale retry job after the success: the row is no longer held
    assert len(sender.sent) == 1
    await service.stop()


async def test_retries_stop_at_the_grace_window(app: App, clock: FixedClock) -> None:
    service, sender = await started(app)
    r = await add(app)
    occ = r.schedule.next_after(clock.now())
    clock.at = occ + service.grace  # the first retry would land beyond the grace window
    app.scheduler.pause()
    sender.fail[CHANNEL] = Failure.OTHER
    assert not await service.send_occurrence(r, occ)
    assert app.scheduler.get_job(f"reminder-retry:{r.id}:{occ.isoformat()}") is None
    clock.at = occ  # within the window, the same failure is retried
    assert not await service.send_occurrence(r, occ)
    assert app.scheduler.get_job(f"reminder-retry:{r.id}:{occ.isoformat()}") is not None
    await service.stop()


async def test_outcomes_are_kept_two_weeks_then_pruned_by_the_sweep(app: App, clock: FixedClock) -> None:
    clock.at = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)
    r = await add(app, time="12:00", timezone="UTC")
    service, sender = await started(app)
    clock.at = datetime(2026, 6, 1, 12, 0, 1, tzinfo=UTC)
    await service.on_job(r.id)
    first = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
    assert [o.state for o in await queries.occurrences(app, r.id)] == [outbox.SENT]
    clock.at = datetime(2026, 6, 15, 11, 0, tzinfo=UTC)  # 13 days 23 hours later: kept
    await service.sweep()
    assert [o.occurrence for o in await queries.occurrences(app, r.id)] == [first]
    clock.at = datetime(2026, 6, 15, 12, 0, 2, tzinfo=UTC)
    await service.on_job(r.id)
    clock.advance(hours=2)  # more than an hour since the last prune, and the first row is 14 days old
    await service.sweep()
    assert [o.occurrence for o in await queries.occurrences(app, r.id)] == [datetime(2026, 6, 15, 12, 0, tzinfo=UTC)]
    assert len(sender.sent) == 2
    await service.stop()
