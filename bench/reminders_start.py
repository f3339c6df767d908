"""Start-up cost of reminders: 10,000 rows → jobs in a running AsyncIOScheduler (time and RSS delta).

Usage: python bench/reminders_start.py [N] [DATABASE_URL]   (default 10000, a temporary SQLite file)
Times ``ReminderService.start()``: load the owned rows, build one CronTrigger job each, catch-up check.
"""

from __future__ import annotations

import asyncio
import gc
import random
import sys
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):
    sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402

from bench.throwaway_db import throwaway_db  # noqa: E402
from bot.app import App  # noqa: E402
from bot.config import Config  # noqa: E402
from bot.reminders.parsing import days_to_str, parse_days  # noqa: E402
from bot.reminders.service import ReminderService  # noqa: E402
from db import migrate  # noqa: E402
from db.engine import Database  # noqa: E402
from db.models import Reminder  # noqa: E402
from tests.doubles import RecordingSender  # noqa: E402

ZONES = ["UTC", "Europe/London", "America/New_York", "Asia/Tokyo", "Australia/Sydney", "America/Los_Angeles"]
DAYS = [days_to_str(parse_days(d)) for d in ("daily", "weekdays", "weekends", "mon,wed,fri")]


def rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


async def seed(db: Database, n: int) -> None:
    rng = random.Random(5)
    created = datetime.now(UTC) - timedelta(days=1)
    rows = [dict(guild_id=(1000 + i // 25) << 22, user_id=1, personal=False, channel_id=10_000 + i, role_id=None,
                 hour=rng.randrange(24), minute=rng.randrange(60), days=rng.choice(DAYS), timezone=rng.choice(ZONES),
                 message="Warm up!", paused=False, failures=0, created_at=created,
                 last_occurrence=datetime.now(UTC)) for i in range(n)]

    async def work(s):  # type: ignore[no-untyped-def]
        for i in range(0, n, 1000):
            await s.execute(insert(Reminder), rows[i:i + 1000])

    await db.run(work)


async def main(n: int, url: str | None) -> None:
    async with throwaway_db(url, "reminders") as db:
        await migrate.upgrade(db)
        app = App(replace(Config(), database_url=db.url), db=db)
        await seed(db, n)
        app.start_scheduler()
        service = ReminderService(app, RecordingSender())
        gc.collect()
        before = rss_kib()
        started = time.perf_counter()
        await service.start()
        elapsed = time.perf_counter() - started
        gc.collect()
        after = rss_kib()
        jobs = len(app.scheduler.get_jobs())
        print(f"database: {db.backend}")
        print(f"reminders: {n}, jobs built: {jobs}")
        print(f"start (load + build jobs + catch-up check): {elapsed:.2f} s (target < 2 s)")
        delta = after - before
        print(f"RSS delta with the jobs: {delta / 1024:.1f} MiB ({delta * 1024 / n:.0f} B/reminder)")
        await service.stop()
        await app.close()


if __name__ == "__main__":
    args = sys.argv[1:]
    asyncio.run(main(int(args[0]) if args else 10_000, args[1] if len(args) > 1 else None))
