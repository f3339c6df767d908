"""A real `python -m bot` killed in the middle of a burst of team check-ins, then restarted.

Usage: python bench/shutdown_clicks.py [--members 200] [--spread 1.0] [--kill-at 0.5] [--signal kill|term]
                                       [--url POSTGRES_ADMIN_URL]

N members click "I did it" on one team card within ``--spread`` seconds; at ``--kill-at`` seconds the bot
gets SIGKILL (no shutdown code runs: the OOM killer, a platform stop) or SIGTERM. It is restarted on the
same database, and every member whose click got no "Checked in" clicks again, as a person would.

Prints: clicks delivered before the stop, acknowledged ("Checked in"), stored after the restart,
acknowledged-but-lost (must be 0), doubled (drills per member > 1, must be 0), stored-but-unanswered (the
stop came between the commit and the answer: the member's retry then says "Already logged"), and after the
retries whether every member is checked in exactly once. With --url (a PostgreSQL server) a throwaway
database is created and dropped.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
import sys
import tempfile
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from db.engine import Database
from db.models import DrillLog
from tests.harness import bot_env, bot_process
from tests.standin import FakeDiscord, FakeInteraction, point_discord_at


@asynccontextmanager
async def process_database(url: str | None, tmp: Path) -> AsyncIterator[str]:
    if url is None:
        yield f"sqlite+aiosqlite:///{tmp / 'data' / 'coach.db'}"
        return
    name = f"bench_shutdown_{uuid.uuid4().hex[:8]}"
    admin = create_async_engine(url, isolation_level="AUTOCOMMIT")
    async with admin.connect() as conn:
        await conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(url).set(database=name).render_as_string(hide_password=False)
    finally:
        async with admin.connect() as conn:
            await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        await admin.dispose()


def said(ix: FakeInteraction, words: str) -> bool:
    return ix.response is not None and words in (ix.response.data.get("content") or "")


async def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--members", type=int, default=200)
    ap.add_argument("--spread", type=float, default=1.0)
    ap.add_argument("--kill-at", type=float, default=0.5)
    ap.add_argument("--signal", choices=("kill", "term"), default="kill")
    ap.add_argument("--url", default=None, help="a PostgreSQL URL to create a throwaway database on")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        async with process_database(args.url, Path(tmp)) as url:
            await run(args, Path(tmp), url)


async def run(args: argparse.Namespace, tmp: Path, url: str) -> None:
    async with FakeDiscord(heartbeat_interval=5, click_settle=0) as fake:
        with point_discord_at(fake):
            guild = fake.add_guild(name="Bench")
            owner = guild.members[guild.owner_id]
            members = [fake.add_member(guild, name=f"m{i}") for i in range(args.members)]
            env = bot_env(fake, tmp / "data", DATABASE_URL=url, LOG_LEVEL="INFO")
            clicks: dict[int, FakeInteraction] = {}
            async with bot_process(fake, tmp, env=env) as bp:
                card = await (await fake.slash("warmup", user=owner, guild=guild,
                                               options={"team": True})).wait_original()
                team_id = card.custom_ids()[0]
                await asyncio.wait_for(card.delivered.wait(), 10)

                async def click(i: int) -> None:
                    await asyncio.sleep(args.spread * i / args.members)
                    # RuntimeError: no gateway connection, the bot is down (Discord tells the member it failed).
                    with contextlib.suppress(RuntimeError):
                        clicks[members[i].id] = await fake.click(card, team_id, user=members[i])

                signalled = 0.0

                async def stop() -> None:
                    nonlocal signalled
                    await asyncio.sleep(args.kill_at)
                    signalled = time.perf_counter()
                    if args.signal == "kill":
                        bp.kill()
                    else:
                        bp.proc.send_signal(signal.SIGTERM)

                stop_task = asyncio.create_task(stop())
                clicking = asyncio.gather(*(click(i) for i in range(args.members)))
                await stop_task
                code = await bp.wait(30)
                stopped_after = time.perf_counter() - signalled
                await clicking
            answered_before = {uid for uid, ix in clicks.items() if ix.response is not None}
            acknowledged = {uid for uid, ix in clicks.items() if said(ix, "Checked in")}
            refused = sum(said(ix, "restarting") for ix in clicks.values())
            errors = sum(line.count(" ERROR ") for line in bp.output)

            db = Database(url)
            try:
                async def drills(s):  # type: ignore[no-untyped-def]
                    rows = await s.execute(select(DrillLog.user_id, func.count()).where(
                        DrillLog.session_id.is_not(None)).group_by(DrillLog.user_id))
                    return dict(rows.all())

                stored_counts = await db.run(drills)
                stored = set(stored_counts)

                # Restart; everyone without a "Checked in" tries again.
                async with bot_process(fake, tmp, env=env):
                    retry = [m for m in members if m.id not in acknowledged]
                    again = await asyncio.gather(*(fake.click(card, team_id, user=m) for m in retry))
                    for ix in again:
                        await ix.wait_response(timeout=30)
                    retried_already = sum(said(ix, "Already logged") for ix in again)
                    retried_checked = sum(said(ix, "Checked in") for ix in again)
                final = await db.run(drills)
            finally:
                await db.close()

    lost = acknowledged - stored
    doubled = sum(1 for n in {**stored_counts, **final}.values() if n > 1)
    print(f"backend={make_url(url).get_backend_name()} members={args.members} clicks over {args.spread:.1f} s, "
          f"SIG{args.signal.upper()} at {args.kill_at:.2f} s (exit {code} {stopped_after:.2f} s after the signal, "
          f"ERROR lines {errors})")
    print(f"clicks sent to the gateway: {len(clicks)}; answered {len(answered_before)}; "
          f"acknowledged 'Checked in': {len(acknowledged)}; told 'restarting, try again': {refused}")
    print(f"stored after the stop: {len(stored)}; acknowledged-but-lost: {len(lost)}; doubled: {doubled}; "
          f"stored-but-unanswered: {len(stored - answered_before)}")
    print(f"after the restart, retries: {len(retry)} ('Already logged' {retried_already}, "
          f"'Checked in' {retried_checked}); members checked in once: "
          f"{sum(1 for n in final.values() if n == 1)}/{args.members} -> "
          f"{'OK' if len(final) == args.members and not lost and not doubled else 'WRONG'}")


if __name__ == "__main__":
    asyncio.run(main())
