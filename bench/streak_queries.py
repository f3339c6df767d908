"""/streak, /team, /leaderboard and heatmap timings on a generated drill log (default: 1,000,000 drills by
10,000 members over two years, in one guild — the worst case for the per-guild queries).

Usage: python bench/streak_queries.py [--url DATABASE_URL] [--drills 1000000] [--members 10000] [--keep PATH]

SQLite by default (a file in a temporary directory, or ``--keep PATH`` to reuse a generated one). With a
PostgreSQL URL the data goes to schema ``bench_streaks_<head revision>`` (reused when already filled). SQLite
rows are inserted through the normal triggers; PostgreSQL rows are COPied with triggers off and the
aggregates built by the migration's backfill (the same result, in a minute instead of >10).

Then a roster of every member (all holding one team role, 500 of them a second) for /team, /leaderboard and
the team card with a team role, and the roster refresh of an unchanged member (time, and statements sent:
it must be 0).
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import event, text

from bot.app import App
from bot.clock import FixedClock
from bot.config import Config
from bot.roster.service import Sighting, roster_of
from bot.settings.service import update_settings
from bot.streaks.heatmap import render_heatmap
from bot.streaks.queries import Period, leaderboard, member_stats, team_stats
from bot.streaks.service import team_card
from db import migrate
from db.engine import Database

GUILD = 1
TODAY = date(2026, 6, 15)
SCHEMA = f"bench_streaks_{migrate.head_revision()}"  # reused between runs; named after the head it was built at
# The migration that created the aggregates also knows how to build them from existing drills.
BACKFILL: list[str] = [*importlib.import_module("db.migrations.versions.0002_drill_aggregates").BACKFILL,
                       importlib.import_module("db.migrations.versions.0004_member_roster").DAYS_BACKFILL]
ROLE_ALL, ROLE_SOME = 77, 78  # team roles: held by every member of the roster / by 500 of them


def generate(drills: int, members: int, seed: int = 7) -> list[tuple]:  # type: ignore[type-arg]
    """Members with different habits: each drills on a day with their own probability, sometimes twice."""
    rng = random.Random(seed)
    days = [TODAY - timedelta(days=i) for i in range(730)]
    rates = [rng.betavariate(1.2, 7) for _ in range(members)]
    scale = drills / (sum(rates) * len(days) * 1.1)
    rows = []
    for uid, rate in enumerate(rates, start=1000):
        p = min(0.95, rate * scale)
        for day in days:
            if rng.random() < p:
                at = datetime(day.year, day.month, day.day, rng.randrange(6, 22), tzinfo=UTC)
                rows.append((GUILD, uid, at, day, 45, "in_place", "log"))
                if rng.random() < 0.1:
                    rows.append((GUILD, uid, at + timedelta(hours=1), day, 30, "hiit", "log"))
            if len(rows) >= drills:
                return rows
    return rows


async def fill(db: Database, rows: list[tuple]) -> None:  # type: ignore[type-arg]
    started = time.perf_counter()
    cols = "guild_id, user_id, done_at, day, duration_s, variation, source"
    async with db.engine.begin() as conn:
        if db.backend == "PostgreSQL":
            # Row triggers make a 1M-row COPY take >10 min: load with them off (session_replication_role
            # needs a superuser), then build the aggregates with the migration's own backfill statements.
            await conn.execute(text("SET LOCAL session_replication_role = replica"))
            raw = await conn.get_raw_connection()
            await raw.driver_connection.copy_records_to_table(  # type: ignore[union-attr]
                "drill_logs", records=rows, columns=cols.split(", "), schema_name=SCHEMA)
            for statement in BACKFILL:  # still without triggers: 0004's would double-count the totals
                await conn.execute(text(statement))
            await conn.execute(text("SET LOCAL session_replication_role = origin"))
            how = "COPY without triggers, aggregates backfilled"
        else:
            stmt = text(f"INSERT INTO drill_logs ({cols}) VALUES (:g, :u, :t, :d, :s, :v, :o)")
            for i in range(0, len(rows), 50_000):
                await conn.execute(stmt, [dict(zip("gutdsvo", r, strict=True)) for r in rows[i:i + 50_000]])
            how = "triggers included"
    print(f"generated {len(rows):,} drills in {time.perf_counter() - started:.0f} s ({how})")


async def timed(name: str, fn: Callable[[], Awaitable[object]], n: int) -> None:
    samples = []
    for _ in range(n):
        t = time.perf_counter()
        await fn()
        samples.append((time.perf_counter() - t) * 1000)
    q = statistics.quantiles(samples, n=100)
    print(f"{name:<30} n={n:<5} p50={q[49]:7.2f} ms  p99={q[98]:7.2f} ms  max={max(samples):7.2f} ms")


async def open_db(args: argparse.Namespace) -> Database:
    if args.url is None:
        path = Path(args.keep) if args.keep else Path(tempfile.mkdtemp()) / "streaks.db"
        return Database(f"sqlite+aiosqlite:///{path}")
    admin = Database(args.url)
    async with admin.engine.begin() as conn:
        await conn.execute(text(f'CREATE SCHEMA IF NOT EXISTS "{SCHEMA}"'))
    await admin.close()
    return Database(args.url, connect_args={"server_settings": {"search_path": SCHEMA}})


async def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", default=None)
    ap.add_argument("--drills", type=int, default=1_000_000)
    ap.add_argument("--members", type=int, default=10_000)
    ap.add_argument("--keep", default=None)
    args = ap.parse_args()
    db = await open_db(args)
    clock = FixedClock(datetime(2026, 6, 15, 18, tzinfo=UTC))
    app = App(replace(Config(), database_url=db.url), db=db, clock=clock)
    await app.start()
    async with db.engine.connect() as conn:
        have = (await conn.execute(text("SELECT COUNT(*) FROM drill_logs"))).scalar_one()
    if have == 0:
        await fill(db, generate(args.drills, args.members))
    async with db.engine.connect() as conn:
        # Planner statistics, and on PostgreSQL the visibility map that index-only scans need: what
        # autovacuum gives a production table after a bulk insert. Autocommit: VACUUM can't run in a
        # transaction, and an ANALYZE in one that is rolled back is lost.
        conn = await conn.execution_options(isolation_level="AUTOCOMMIT")
        await conn.execute(text("VACUUM ANALYZE" if db.backend == "PostgreSQL" else "ANALYZE"))
        total = (await conn.execute(text("SELECT COUNT(*) FROM drill_logs"))).scalar_one()
    print(f"backend={db.backend} drills={total:,} members={args.members:,}")

    rng = random.Random(1)
    members = list(range(1000, 1000 + args.members))
    await timed("/streak stats (query+rules)", lambda: member_stats(app, GUILD, rng.choice(members)), 1000)
    for period in Period:
        await timed(f"/leaderboard {period.value}", lambda p=period: leaderboard(app, GUILD, p), 100)
    await timed("/team (everyone)", lambda: team_stats(app, GUILD), 100)

    # The roster: every member seen once (as interactions would), all with ROLE_ALL, 500 also with ROLE_SOME.
    some = set(rng.sample(members, 500))
    people = [Sighting(u, f"member {u}", frozenset({ROLE_ALL, ROLE_SOME} if u in some else {ROLE_ALL}))
              for u in members]
    roster = roster_of(app)
    t = time.perf_counter()
    await roster.seed(GUILD, people)
    print(f"roster seeded with {len(people):,} members in {time.perf_counter() - t:.1f} s")
    async with db.engine.connect() as conn:  # statistics for the new rows, as autovacuum would gather
        conn = await conn.execution_options(isolation_level="AUTOCOMMIT")
        await conn.execute(text("ANALYZE roster_roles" if db.backend == "PostgreSQL" else "ANALYZE"))
    for role, label in ((ROLE_ALL, f"{len(members):,}"), (ROLE_SOME, "500")):
        await update_settings(app, GUILD, team_role_id=role)
        await timed(f"/team (role, {label} holders)", lambda: team_stats(app, GUILD), 100)
        for period in Period:
            await timed(f"/leaderboard {period.value} ({label})", lambda p=period: leaderboard(app, GUILD, p), 100)
        await timed(f"team card ({label} holders)", lambda: team_card(app, GUILD), 50)
    await update_settings(app, GUILD, team_role_id=None)

    # Roster refresh per interaction when nothing changed: answered from memory, no statement at all.
    statements = 0

    def count(*_args: object) -> None:
        nonlocal statements
        statements += 1

    event.listen(db.engine.sync_engine, "before_cursor_execute", count)
    samples = []
    for _ in range(100_000):
        p = people[rng.randrange(len(people))]
        t = time.perf_counter()
        await roster.seen(GUILD, p.user_id, p.display_name, p.role_ids)
        samples.append((time.perf_counter() - t) * 1000)
    event.remove(db.engine.sync_engine, "before_cursor_execute", count)
    q = statistics.quantiles(samples, n=100)
    print(f"{'roster refresh (unchanged)':<28} n=100000 p50={q[49]:7.4f} ms  p99={q[98]:7.4f} ms  "
          f"statements={statements}")
    stats = await member_stats(app, GUILD, members[0])

    async def heatmap() -> bytes:
        return await asyncio.to_thread(render_heatmap, stats.day_counts, stats.today,
                                       frozen=stats.streak.frozen_days)

    await timed("heatmap render (to_thread)", heatmap, 200)
    await app.close()


if __name__ == "__main__":
    asyncio.run(main())
