"""A real `python -m bot` process SIGKILLed while reminder posts are in flight, then restarted: every
occurrence is posted exactly once (the restart's sweep takes the dead process's claims over once their lease
expired, finds what did reach Discord, and sends the rest with the same nonces)."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.app import App
from bot.clock import FixedClock
from bot.config import Config
from bot.reminders import outbox, queries
from bot.reminders.queries import ReminderInfo
from tests.harness import bot_process
from tests.standin import FakeDiscord
from tests.standin.models import FakeMessage

MESSAGES = "/channels/{channel_id}/messages"
LEASE_SECONDS = 2  # config reminders.lease_seconds: how long a dead process's claim blocks a takeover


def posts_for(fake: FakeDiscord, r: ReminderInfo, occ: datetime) -> list[FakeMessage]:
    marker = f"Reminder #{r.id} · {occ.date().isoformat()} ·"
    return [m for m in fake.bot_messages() if m.embeds and
            (m.embeds[0].get("footer") or {}).get("text", "").startswith(marker)]


async def seed(tmp_path: Path, guild_id: int, channel_id: int, user_id: int,
               ) -> tuple[App, list[ReminderInfo], datetime]:
    """Ten reminders (eight in a channel, two by DM) due this very minute, created the day before: the
    bot sends them as soon as it is ready (its start-up catch-up), which is the due second for the test."""
    (tmp_path / "config.toml").write_text(f"[reminders]\nlease_seconds = {LEASE_SECONDS}\n")
    now = datetime.now(UTC)
    occ = now.replace(second=0, microsecond=0)
    app = App(replace(Config(), data_dir=tmp_path / "data"), clock=FixedClock(now - timedelta(days=1)))
    await app.start()
    common = dict(user_id=user_id, time=f"{occ:%H:%M}", days="daily", timezone="UTC")
    reminders = [await queries.add(app, guild_id=guild_id, channel_id=channel_id, **common) for _ in range(8)]  # type: ignore[arg-type]
    reminders += [await queries.add(app, guild_id=0, personal=True, **common) for _ in range(2)]  # type: ignore[arg-type]
    app.clock = FixedClock(now)
    return app, reminders, occ


async def all_sent(app: App, reminders: list[ReminderInfo], occ: datetime, timeout: float = 45.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        rows = [await queries.occurrence(app, r.id, occ) for r in reminders]
        if all(o is not None and o.state == outbox.SENT for o in rows):
            return
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError(f"not all sent: {[o and o.state for o in rows]}")
        await asyncio.sleep(0.1)


@pytest.mark.parametrize("kill_after", [1, 10], ids=["at-the-due-second", "all-posts-in-flight"])
async def test_sigkill_while_posting_then_restart_posts_every_occurrence_once(
        fake_discord: FakeDiscord, tmp_path: Path, kill_after: int) -> None:
    fake = fake_discord
    guild = fake.add_guild(name="Runners")
    athlete = fake.add_member(guild, name="alice")
    app, reminders, occ = await seed(tmp_path, guild.id, guild.default_channel.id, athlete.id)
    # Every post is held 1.5 s before it takes effect: the kill lands while they are in flight.
    held = fake.faults.add("POST", MESSAGES, status=200, delay=1.5, times=1000)
    try:
        async with bot_process(fake, tmp_path) as bp:
            await fake.wait_until(lambda: len(held.hits) >= kill_after, timeout=30, what="posts in flight")
            bp.kill()
            assert await bp.wait() == -9
        before_restart = {r.id: len(posts_for(fake, r, occ)) for r in reminders}
        rows = [await queries.occurrence(app, r.id, occ) for r in reminders]
        claimed = [o for o in rows if o is not None]
        unconfirmed = [o for o in claimed if o.state == outbox.SENDING]
        assert len(claimed) >= kill_after and unconfirmed  # the kill left claims for the restart to finish
        fake.faults.clear()
        async with bot_process(fake, tmp_path) as bp2:
            await all_sent(app, reminders, occ)
            assert "re-sending the unconfirmed occurrence" in bp2.text
        counts = [len(posts_for(fake, r, occ)) for r in reminders]
        assert counts == [1] * len(reminders), (before_restart, bp2.text[-3000:])
        for r in reminders:
            row = await queries.occurrence(app, r.id, occ)
            assert row is not None and row.message_id == posts_for(fake, r, occ)[0].id
    finally:
        await app.db.close()
