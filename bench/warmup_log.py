"""Drill-logging throughput through the core (``bot.warmup.service``): one insert per drill, concurrent tasks.

Usage: python bench/warmup_log.py [--url DATABASE_URL] [--seconds 10] [--tasks 8] [--mode log|session]

``log`` calls ``log_drill`` (the /log path); ``session`` calls ``complete`` on team sessions (the button
path, with its session check and ON CONFLICT insert). Prints drills/s and per-call latency percentiles.
Default database: a fresh SQLite file in a temporary directory.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import text

from bench.throwaway_db import throwaway_db
from bot.app import App
from bot.config import Config
from bot.warmup import service as core
from db.engine import Database


async def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", default=None)
    ap.add_argument("--seconds", type=float, default=10.0)
    ap.add_argument("--tasks", type=int, default=8)
    ap.add_argument("--mode", choices=["log", "session"], default="log")
    args = ap.parse_args()
    async with throwaway_db(args.url, "log", pool_size=20) as db:
        await run(args, db)


async def run(args: argparse.Namespace, db: Database) -> None:
    app = App(replace(Config(), database_url=db.url), db=db)
    await app.start()
    sessions = [await core.start_warmup(app, guild_id=1, user_id=0, team=True) for _ in range(50)]
    latencies: list[float] = []
    counter = iter(range(10**9))
    deadline = time.perf_counter() + args.seconds

    async def worker() -> None:
        while time.perf_counter() < deadline:
            started = time.perf_counter()
            n = next(counter)
            if args.mode == "log":  # a new member each call: one manual /log a day each, so every call inserts
                await core.log_drill(app, guild_id=1, user_id=n, duration=45)
            else:  # unique (session, member) pairs: every call inserts
                await core.complete(app, sessions[n % len(sessions)].id, n)
            latencies.append(time.perf_counter() - started)

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(args.tasks)))
    elapsed = time.perf_counter() - started
    async with db.engine.connect() as conn:
        rows = (await conn.execute(text("SELECT COUNT(*) FROM drill_logs"))).scalar_one()
    await app.close()
    latencies.sort()
    q = statistics.quantiles(latencies, n=100)
    print(f"backend={db.backend} mode={args.mode} tasks={args.tasks} seconds={elapsed:.1f}")
    print(f"drills logged: {rows} ({len(latencies)} calls) -> {rows / elapsed:,.0f} drills/s")
    print(f"latency ms: p50={q[49] * 1000:.2f} p99={q[98] * 1000:.2f} max={latencies[-1] * 1000:.2f}")


if __name__ == "__main__":
    asyncio.run(main())
