"""1,000 reminders due in the same minute: delay from the scheduled time to each claim (p50/p99) and the time
until all posts reached the Discord stand-in (the real bot, all cogs, one shard).

Usage: python bench/reminders_burst.py [N] [--fake]   (--fake: RecordingSender instead of the bot + stand-in)
Waits for the next minute boundary at least 10 s away (so up to ~70 s). SQLite in a temporary directory.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):
    sys.path.insert(0, str(ROOT))

from sqlalchemy import func, insert, select  # noqa: E402

from bench.qa_speed import percentile  # noqa: E402
from bot.app import App  # noqa: E402
from bot.config import Config  # noqa: E402
from bot.reminders.service import ReminderService  # noqa: E402
from db import migrate  # noqa: E402
from db.engine import Database  # noqa: E402
from db.models import Reminder, ReminderOccurrence  # noqa: E402
from tests.doubles import RecordingSender  # noqa: E402
from tests.harness import coach_bot  # noqa: E402
from tests.standin import FakeDiscord  # noqa: E402

PER_GUILD = 25  # the per-server limit


def next_minute() -> datetime:
    now = datetime.now(UTC)
    target = now.replace(second=0, microsecond=0) + timedelta(minutes=1)
    return target if (target - now).total_seconds() >= 10 else target + timedelta(minutes=1)


async def seed(db: Database, at: datetime, targets: list[tuple[int, int]]) -> None:
    created = datetime.now(UTC) - timedelta(minutes=1)  # no earlier occurrence to catch up on
    rows = [dict(guild_id=g, user_id=1, personal=False, channel_id=c, role_id=None, hour=at.hour, minute=at.minute,
                 days="mon,tue,wed,thu,fri,sat,sun", timezone="UTC", message="Warm up!", paused=False, failures=0,
                 created_at=created) for g, c in targets]

    async def work(s):  # type: ignore[no-untyped-def]
        await s.execute(insert(Reminder), rows)

    await db.run(work)


def report(n: int, at: datetime, delays: list[float], all_sent: float | None, how: str) -> None:
    print(f"reminders due at {at:%H:%M:%S} UTC: {n}, claimed: {len(delays)} ({how})")
    if delays:
        print(f"scheduled time → claim: p50 {percentile(delays, 50) * 1000:.0f} ms, "
              f"p99 {percentile(delays, 99) * 1000:.0f} ms, max {max(delays) * 1000:.0f} ms (target p99 < 1 s)")
    print(f"scheduled time → all {n} posts delivered: {all_sent:.2f} s" if all_sent is not None else "not all sent")


async def run_fake(n: int, db: Database, app: App) -> None:
    at = next_minute()
    await seed(db, at, [(((1000 + i // PER_GUILD) << 22), 10_000 + i) for i in range(n)])
    app.start_scheduler()
    sender = RecordingSender()
    service = ReminderService(app, sender)
    delays: list[float] = []
    service.on_claimed = lambda _rid, occ: delays.append(time.time() - occ.timestamp())
    await service.start()
    await asyncio.sleep((at - datetime.now(UTC)).total_seconds())
    for _ in range(6000):  # up to 60 s
        if len(sender.sent) >= n:
            break
        await asyncio.sleep(0.01)
    done = time.time() - at.timestamp()
    report(n, at, delays, done if len(sender.sent) >= n else None, "RecordingSender, no Discord")
    print_recorded(n, at, await wait_recorded(db, n))
    await service.stop()


async def run_standin(n: int, db: Database, app: App) -> None:
    async with FakeDiscord() as fake:
        targets = []
        for g in range((n + PER_GUILD - 1) // PER_GUILD):
            guild = fake.add_guild(name=f"team{g}")
            for c in range(min(PER_GUILD, n - g * PER_GUILD)):
                targets.append((guild.id, fake.add_channel(guild, f"warmups-{c}").id))
        at = next_minute()
        await seed(db, at, targets)
        async with coach_bot(fake, app) as bot:
            cog = bot.get_cog("Reminders")
            delays: list[float] = []
            cog.service.on_claimed = lambda _rid, occ: delays.append(time.time() - occ.timestamp())
            await asyncio.sleep((at - datetime.now(UTC)).total_seconds())
            with contextlib.suppress(TimeoutError):
                await fake.wait_until(lambda: len(fake.bot_messages()) >= n, timeout=120, what="all posts")
            sent = len(fake.bot_messages())
            done = time.time() - at.timestamp()
            report(n, at, delays, done if sent >= n else None, f"real bot → Discord stand-in, {sent} posts stored")
            print_recorded(n, at, await wait_recorded(db, n))
            print(f"stand-in problems: {fake.problems()[:3] or 'none'}")


async def wait_recorded(db: Database, n: int, timeout: float = 120.0) -> float | None:
    """Wall time when every occurrence was recorded *sent* (the outbox's confirmation of each post)."""
    async def sent(s):  # type: ignore[no-untyped-def]
        return await s.scalar(select(func.count()).select_from(ReminderOccurrence)
                              .where(ReminderOccurrence.state == "sent"))

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if await db.run(sent) >= n:
            return time.time()
        await asyncio.sleep(0.05)
    return None


def print_recorded(n: int, at: datetime, recorded: float | None) -> None:
    print(f"scheduled time → all {n} recorded sent in the outbox: "
          f"{f'{recorded - at.timestamp():.2f} s' if recorded else 'NOT within 120 s'}")


async def main(n: int, fake_sender: bool) -> None:
    logging.basicConfig(level=logging.WARNING)
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(f"sqlite+aiosqlite:///{tmp}/bench.db")
        await migrate.upgrade(db)
        app = App(replace(Config(), database_url=db.url, data_dir=Path(tmp)), db=db)
        try:
            await (run_fake if fake_sender else run_standin)(n, db, app)
        finally:
            await app.close()


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    asyncio.run(main(int(args[0]) if args else 1000, "--fake" in sys.argv))
