"""Two sharded bot processes (shard 0 and shard 1 of 2) on one database, against the Discord stand-in:
each builds jobs only for the guilds on its shard, and every reminder is posted exactly once."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, datetime

from apscheduler.events import EVENT_JOB_EXECUTED, JobEvent

from bot.app import App
from bot.clock import FixedClock
from bot.config import Config
from bot.discord.client import make_bot
from bot.reminders import queries
from bot.reminders.service import job_id
from db.engine import Database
from tests.conftest import DatabaseFactory
from tests.harness import eventually
from tests.standin import FakeDiscord


@contextlib.asynccontextmanager
async def shard_processes(fake: FakeDiscord, apps: list[App]) -> AsyncIterator[list]:
    """Start every shard's bot at once: the stand-in calls a sharded bot ready only when all shards are up."""
    bots = [make_bot(a, guild_ready_timeout=0.05) for a in apps]
    tasks = [asyncio.create_task(b.start(fake.token)) for b in bots]
    try:
        await fake.wait_ready(timeout=20)
        await asyncio.gather(*(asyncio.wait_for(b.wait_until_ready(), 20) for b in bots))
        yield bots
    finally:
        for b in bots:
            await b.close()
        for t in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.wait_for(t, 10)


async def test_each_shard_process_posts_only_its_guilds_reminders_once(
        fake_discord: FakeDiscord, databases: DatabaseFactory, db: Database, config: Config,
        clock: FixedClock) -> None:
    fake = fake_discord
    # (guild_id >> 22) % 2 picks the shard: 1000 -> shard 0, 1001 -> shard 1.
    guild0 = fake.add_guild("Shard zero club", id=(1000 << 22) | 7)
    guild1 = fake.add_guild("Shard one club", id=(1001 << 22) | 7)
    sharded = replace(config, database_url=db.url, shard_count=2)
    apps = [App(replace(sharded, shard_ids=(0,)), db=db, clock=clock),
            App(replace(sharded, shard_ids=(1,)), db=databases.share(db), clock=clock)]
    for a in apps:
        await a.start()
    r0 = await queries.add(apps[0], guild_id=guild0.id, user_id=1, time="12:01", days="daily", timezone="UTC",
                        channel_id=guild0.default_channel.id)
    r1 = await queries.add(apps[0], guild_id=guild1.id, user_id=1, time="12:01", days="daily", timezone="UTC",
                        channel_id=guild1.default_channel.id)

    async with shard_processes(fake, apps) as bots:
        # The reminders service starts once its bot is ready: wait for the owners' jobs to exist.
        await eventually(lambda: all(a.scheduler.get_job(job_id(r.id)) for a, r in zip(apps, (r0, r1), strict=True)),
                         what="each process to build its jobs")
        assert [a.scheduler.get_job(job_id(r0.id)) is not None for a in apps] == [True, False]
        assert [a.scheduler.get_job(job_id(r1.id)) is not None for a in apps] == [False, True]

        clock.at = datetime(2026, 6, 15, 12, 1, 1, tzinfo=UTC)
        executed: set[str] = set()

        def listener(event: JobEvent) -> None:
            executed.add(event.job_id)

        for a in apps:
            a.scheduler.add_listener(listener, EVENT_JOB_EXECUTED)
        for a, rid in ((apps[0], r0.id), (apps[1], r1.id)):
            a.scheduler.modify_job(job_id(rid), next_run_time=datetime.now(UTC))
        await fake.wait_until(lambda: len(fake.bot_messages()) >= 2, timeout=10, what="both reminder posts")
        # The jobs have returned: whatever they post (a second post included) has reached the stand-in.
        await eventually(lambda: {job_id(r0.id), job_id(r1.id)} <= executed, what="both reminder jobs to finish")

        # Both processes now try both occurrences (a duplicated job, a rolling deploy): no second post.
        # deliver_due returns after its sends, so a post it would make has reached the stand-in by then.
        occ = r0.schedule.latest_at(clock.now())
        for b in bots:
            await b.get_cog("Reminders").service.deliver_due([(r0, occ), (r1, occ)], clock.now())

    assert [len(fake.bot_messages(g.default_channel.id)) for g in (guild0, guild1)] == [1, 1]
    assert fake.registration_count == 1  # commands are registered by the shard-0 process only
    for a in apps[1:]:
        await a.db.close()
