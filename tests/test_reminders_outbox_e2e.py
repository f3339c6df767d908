"""Exactly-once reminders, end to end: the real bot (unpatched discord.py) against the stand-in with faults.

Each test ends with every occurrence recorded *sent* in the outbox with the id of the one message the
stand-in holds for it: a recorded outcome is the signal that nothing more is coming for that occurrence.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from apscheduler.events import EVENT_JOB_MAX_INSTANCES
from sqlalchemy.engine import make_url

import bot.reminders.service as service_module
from bot.app import App
from bot.clock import FixedClock
from bot.config import Config
from bot.reminders import outbox, queries
from bot.reminders.queries import ReminderInfo
from bot.reminders.service import ReminderService, job_id
from db.engine import Database
from tests.conftest import PG_URL, DatabaseFactory
from tests.harness import coach_bot, eventually
from tests.standin import FakeDiscord
from tests.standin.models import FakeMessage

MESSAGES = "/channels/{channel_id}/messages"
DAY_BEFORE = datetime(2026, 6, 14, 12, 0, tzinfo=UTC)
OCC = datetime(2026, 6, 15, 12, 1, tzinfo=UTC)  # every reminder here is due at 12:01 UTC on 2026-06-15


@pytest.fixture(autouse=True)
def quick_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    # The holder's retries, shortened from seconds to a fifth of one (same count, same order).
    monkeypatch.setattr(service_module, "RETRY_DELAYS", tuple(timedelta(seconds=0.2) for _ in range(6)))


def posts_for(fake: FakeDiscord, r: ReminderInfo) -> list[FakeMessage]:
    """The stand-in's messages for the reminder's 2026-06-15 occurrence (by the footer every post carries)."""
    marker = f"Reminder #{r.id} · 2026-06-15 ·"
    return [m for m in fake.bot_messages() if m.embeds and
            (m.embeds[0].get("footer") or {}).get("text", "").startswith(marker)]


async def wait_recorded(app: App, reminders: list[ReminderInfo], *, timeout: float = 20.0) -> list[outbox.Occurrence]:
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        rows = [await queries.occurrence(app, r.id, OCC) for r in reminders]
        if all(o is not None and o.state in {outbox.SENT, outbox.FAILED} for o in rows):
            return rows  # type: ignore[return-value]
        if asyncio.get_running_loop().time() > deadline:
            # state and attempts: a row left *sending* after its retries ran out reads differently from one whose
            # retry never ran
            raise TimeoutError(f"occurrences not recorded: {[o and (o.state, o.attempts) for o in rows]}")
        await asyncio.sleep(0.05)


def service_of(bot) -> ReminderService:  # type: ignore[no-untyped-def]
    return bot.get_cog("Reminders").service


async def add_due(app: App, clock: FixedClock, *, channel_id: int | None = None, user_id: int = 1,
                  personal: bool = False, guild_id: int | None = None) -> ReminderInfo:
    """A reminder for 12:01 UTC daily, created the day before (so the 2026-06-15 occurrence counts)."""
    now, clock.at = clock.at, DAY_BEFORE
    try:
        return await queries.add(app, guild_id=0 if personal else guild_id or GUILD_ID[0], user_id=user_id,
                                 time="12:01", days="daily", timezone="UTC", channel_id=channel_id,
                                 personal=personal)
    finally:
        clock.at = now


GUILD_ID = [0]


def world(fake: FakeDiscord):  # type: ignore[no-untyped-def]
    guild = fake.add_guild(name="Runners")
    GUILD_ID[0] = guild.id
    athlete = fake.add_member(guild, name="alice")
    channels = [fake.add_channel(guild, f"training-{i}") for i in range(3)]
    return guild, athlete, channels


async def fire(app: App, reminders: list[ReminderInfo]) -> None:
    """The real scheduler runs each reminder's cron job now (the FixedClock says which occurrence)."""
    await eventually(lambda: all(app.scheduler.get_job(job_id(r.id)) for r in reminders), what="the jobs")
    for r in reminders:
        app.scheduler.modify_job(job_id(r.id), next_run_time=datetime.now(UTC))


@pytest.mark.parametrize("personal", [False, True], ids=["channel", "dm"])
@pytest.mark.parametrize("fault", [
    dict(status=503, after=True, times=3),
    dict(malformed=True, after=True, times=2),
    dict(drop=True, after=True, times=3),
], ids=["503x3", "malformed", "dropped"])
async def test_post_took_effect_but_its_answer_was_lost_posts_once(
        fake_discord: FakeDiscord, app: App, clock: FixedClock, personal: bool, fault: dict) -> None:
    fake = fake_discord
    _guild, athlete, channels = world(fake)
    r = await add_due(app, clock, channel_id=None if personal else channels[0].id, user_id=athlete.id,
                      personal=personal)
    clock.at = OCC + timedelta(seconds=2)
    injected = fake.faults.add("POST", MESSAGES, **fault)
    async with coach_bot(fake, app) as bot:
        await fire(app, [r])
        [row] = await wait_recorded(app, [r])
        assert len(injected.hits) == fault["times"]  # every answer of the first attempts was lost
        [post] = posts_for(fake, r)
        assert row.state == outbox.SENT and row.message_id == post.id
        assert row.attempts >= 1 and row.claimed_by == service_of(bot).key
        assert post.id in fake.nonce_hits  # a retry got the first message back instead of a second one
        if personal:
            assert fake.dm_channel(athlete).id == post.channel_id


async def test_a_retry_due_before_its_predecessor_has_finished_still_runs(
        fake_discord: FakeDiscord, app: App, clock: FixedClock, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each retry schedules the next under the same job id; with no delay the next is due before the scheduler
    has counted the one scheduling it as finished (what a loaded machine does to a short delay). APScheduler
    used to skip it as a second instance and drop it: the row stayed *sending* until the sweep, minutes on."""
    fake = fake_discord
    _guild, athlete, channels = world(fake)
    r = await add_due(app, clock, channel_id=channels[0].id, user_id=athlete.id)
    monkeypatch.setattr(service_module, "RETRY_DELAYS", tuple(timedelta(0) for _ in range(6)))
    clock.at = OCC + timedelta(seconds=2)
    injected = fake.faults.add("POST", MESSAGES, status=503, times=3)  # refused three times, then posted
    skipped: list[str] = []
    app.scheduler.add_listener(lambda event: skipped.append(event.job_id), EVENT_JOB_MAX_INSTANCES)
    async with coach_bot(fake, app):
        await fire(app, [r])
        [row] = await wait_recorded(app, [r])
    assert injected.exhausted and skipped == []
    [post] = posts_for(fake, r)
    assert row.state == outbox.SENT and row.message_id == post.id and row.attempts == 3  # the three retries


async def test_thirty_reminders_due_in_one_minute_under_429_and_5xx_post_once_each(
        fake_discord: FakeDiscord, app: App, clock: FixedClock) -> None:
    fake = fake_discord
    _guild, athlete, channels = world(fake)
    reminders = [await add_due(app, clock, channel_id=channels[i % 3].id) for i in range(20)]
    second = fake.add_guild(name="Walkers")  # 25 reminders at most per server
    reminders += [await add_due(app, clock, channel_id=second.default_channel.id, guild_id=second.id)
                  for _ in range(7)]
    reminders += [await add_due(app, clock, user_id=athlete.id, personal=True) for _ in range(3)]
    clock.at = OCC - timedelta(seconds=30)
    faults = [fake.faults.add("POST", MESSAGES, status=429, retry_after=0.3, times=6),
              fake.faults.add("POST", MESSAGES, status=503, times=4),
              fake.faults.add("POST", MESSAGES, status=503, after=True, times=4),
              fake.faults.add("POST", MESSAGES, status=500, after=True, times=1),
              fake.faults.add("POST", MESSAGES, malformed=True, after=True, times=2)]
    async with coach_bot(fake, app):
        clock.at = OCC + timedelta(seconds=1)
        await fire(app, reminders)
        rows = await wait_recorded(app, reminders, timeout=40)
    assert all(f.exhausted for f in faults)
    counts = [len(posts_for(fake, r)) for r in reminders]
    assert counts == [1] * 30
    assert [o.state for o in rows] == [outbox.SENT] * 30
    assert [o.message_id for o in rows] == [posts_for(fake, r)[0].id for r in reminders]


@pytest.mark.parametrize("personal", [False, True], ids=["channel", "dm"])
@pytest.mark.parametrize("created", [True, False], ids=["post-exists", "post-missing"])
async def test_past_the_nonce_window_the_sweep_finds_the_post_in_history(
        fake_discord: FakeDiscord, app: App, clock: FixedClock, monkeypatch: pytest.MonkeyPatch,
        created: bool, personal: bool) -> None:
    """A claim left *sending* (the answer lost, no retry from its holder), taken over after its lease by
    a sweep when Discord no longer honours the nonce: the existing post is found, not posted again; a
    post that never took effect is sent."""
    fake = fake_discord
    fake.nonce_window = 0  # Discord forgot the nonce: a repeat would create a second message
    _guild, athlete, channels = world(fake)
    r = await add_due(app, clock, channel_id=None if personal else channels[1].id, user_id=athlete.id,
                      personal=personal)
    monkeypatch.setattr(service_module, "RETRY_DELAYS", ())  # the holder leaves it to the sweep at once
    clock.at = OCC + timedelta(seconds=1)
    injected = fake.faults.add("POST", MESSAGES, status=503, after=created, times=1)
    async with coach_bot(fake, app) as bot:
        await fire(app, [r])
        await fake.wait_until(lambda: injected.exhausted, timeout=10, what="the first attempt")
        await eventually(lambda: app.scheduler.get_job(f"reminder-retry:{r.id}:{OCC.isoformat()}") is None,
                         what="no retry")
        row = await queries.occurrence(app, r.id, OCC)
        assert row is not None and row.state == outbox.SENDING
        assert len(posts_for(fake, r)) == (1 if created else 0)
        service = service_of(bot)
        clock.advance(seconds=service.lease.total_seconds() + 1)
        await service.sweep()
        [row] = await wait_recorded(app, [r])
    [post] = posts_for(fake, r)
    assert row.state == outbox.SENT and row.message_id == post.id and row.attempts == 1
    assert fake.nonce_hits == []


async def test_a_live_lease_is_not_taken_over_and_two_sweepers_send_once(
        fake_discord: FakeDiscord, app: App, databases: DatabaseFactory, clock: FixedClock,
        monkeypatch: pytest.MonkeyPatch) -> None:
    fake = fake_discord
    _guild, _athlete, channels = world(fake)
    r = await add_due(app, clock, channel_id=channels[0].id)
    monkeypatch.setattr(service_module, "RETRY_DELAYS", ())
    clock.at = OCC + timedelta(seconds=1)
    fake.faults.add("POST", MESSAGES, status=503, times=1)  # refused: nothing posted, the claim stays
    other_app = App(app.config, db=databases.share(app.db), clock=clock)
    async with coach_bot(fake, app) as bot:
        await fire(app, [r])
        await eventually(lambda: fake.faults.rules[0].exhausted, what="the refused post")
        from tests.doubles import RecordingSender
        rival = ReminderService(other_app, RecordingSender(), scheduler=other_app.scheduler)
        await rival.sweep()  # the lease is live: the rival must not send
        assert rival.sender.sent == []  # type: ignore[attr-defined]
        clock.advance(seconds=rival.lease.total_seconds() + 1)
        await asyncio.gather(service_of(bot).sweep(), rival.sweep())  # both race for the expired lease
        row = await queries.occurrence(app, r.id, OCC)
        assert row is not None and row.state == outbox.SENT
        sent_by_rival = len(rival.sender.sent)  # type: ignore[attr-defined]
        assert sent_by_rival + len(posts_for(fake, r)) == 1


class Outage:
    """Makes the test's database unavailable to the bot and back: SQLite, a writer holding the exclusive
    lock (with the bot's busy timeout short, so the lock is an outage rather than a wait); PostgreSQL, a
    loopback TCP proxy in front of the server that drops every connection and refuses new ones."""

    def __init__(self, databases: DatabaseFactory, db: Database) -> None:
        self.databases, self.db = databases, db
        self.lock: sqlite3.Connection | None = None
        self.down = False
        self.server: asyncio.Server | None = None
        self.writers: set[asyncio.StreamWriter] = set()

    async def database(self) -> Database:
        if self.databases.backend == "sqlite":
            return Database(self.db.url, busy_timeout_ms=50)
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        port = self.server.sockets[0].getsockname()[1]
        url = make_url(PG_URL).set(host="127.0.0.1", port=port)
        return Database(url.render_as_string(hide_password=False),
                        connect_args={"server_settings": {"search_path": self.databases.schemas[-1]}})

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if self.down:
            writer.close()
            return
        pg = make_url(PG_URL)
        up_reader, up_writer = await asyncio.open_connection(pg.host or "127.0.0.1", pg.port or 5432)
        self.writers |= {writer, up_writer}

        async def pipe(src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
            try:
                while data := await src.read(65536):
                    dst.write(data)
                    await dst.drain()
            except (ConnectionError, OSError):
                pass
            finally:
                dst.close()

        await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))
        self.writers -= {writer, up_writer}

    async def cut(self) -> None:
        if self.databases.backend == "sqlite":
            path = make_url(self.db.url).database
            assert path is not None

            def take_lock() -> sqlite3.Connection:
                conn = sqlite3.connect(path, isolation_level=None, timeout=10, check_same_thread=False)
                conn.execute("BEGIN EXCLUSIVE")
                return conn

            # In a thread: waiting for the lock must not block the event loop, or a transaction the bot has
            # open on this loop could never finish and release it (a deadlock ending in "database is locked").
            self.lock = await asyncio.to_thread(take_lock)
            return
        self.down = True
        for w in list(self.writers):
            w.close()

    def restore(self) -> None:
        if self.lock is not None:
            self.lock.execute("ROLLBACK")
            self.lock.close()
            self.lock = None
        self.down = False

    async def close(self) -> None:
        self.restore()
        if self.server is not None:
            self.server.close()
            await self.server.wait_closed()


async def test_database_down_at_the_due_minute_posts_once_it_is_back(
        fake_discord: FakeDiscord, databases: DatabaseFactory, db: Database, config: Config, clock: FixedClock,
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="bot.reminders.service")
    fake = fake_discord
    _guild, _athlete, channels = world(fake)
    outage = Outage(databases, db)
    app = App(replace(config, database_url=db.url), db=await outage.database(), clock=clock)
    r = await add_due(app, clock, channel_id=channels[2].id)
    clock.at = OCC - timedelta(seconds=30)
    try:
        async with coach_bot(fake, app) as bot:
            await eventually(lambda: app.scheduler.get_job(job_id(r.id)), what="the job")
            await outage.cut()
            clock.at = OCC + timedelta(seconds=1)
            await fire(app, [r])
            await eventually(lambda: caplog.text.count("not claimed yet") >= 2, timeout=15,
                             what="the claim and its first retry to fail")
            assert posts_for(fake, r) == [] and service_of(bot).unclaimed
            outage.restore()
            [row] = await wait_recorded(app, [r])
            [post] = posts_for(fake, r)
            assert row.state == outbox.SENT and row.message_id == post.id
            assert not service_of(bot).unclaimed
    finally:
        await outage.close()
        await app.stop_scheduler()
        await app.db.close()


async def test_database_down_when_the_post_is_recorded_the_sweep_records_it_without_reposting(
        fake_discord: FakeDiscord, databases: DatabaseFactory, db: Database, config: Config, clock: FixedClock,
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="bot.reminders.service")
    fake = fake_discord
    _guild, _athlete, channels = world(fake)
    outage = Outage(databases, db)
    app = App(replace(config, database_url=db.url), db=await outage.database(), clock=clock)
    r = await add_due(app, clock, channel_id=channels[0].id)
    clock.at = OCC + timedelta(seconds=1)
    held = fake.faults.add("POST", MESSAGES, status=200, delay=0.5, times=1)  # the post is in flight…
    try:
        async with coach_bot(fake, app) as bot:
            await fake.wait_until(lambda: held.hits, timeout=10, what="the post in flight")
            await outage.cut()  # …when the database goes away: the post succeeds, recording it fails
            await eventually(lambda: "could not record the occurrence" in caplog.text, timeout=15,
                             what="the failed record")
            outage.restore()
            [post] = posts_for(fake, r)
            row = await queries.occurrence(app, r.id, OCC)
            assert row is not None and row.state == outbox.SENDING and row.message_id is None
            service = service_of(bot)
            clock.advance(seconds=service.lease.total_seconds() + 1)
            await service.sweep()
            [row] = await wait_recorded(app, [r])
        assert posts_for(fake, r) == [post]
        assert row.state == outbox.SENT and row.message_id == post.id
    finally:
        await outage.close()
        await app.stop_scheduler()
        await app.db.close()
