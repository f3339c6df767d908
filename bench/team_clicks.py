"""End to end through the Discord stand-in: N members click "I did it" on one team card within one second.

Usage: python bench/team_clicks.py [--members 200] [--spread 1.0] [--url DATABASE_URL]

Checks every member is logged exactly once and prints the p50/p99 time from each click to the bot's
response, and how many edits of the card the burst cost (coalesced).
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

from sqlalchemy import func, select

from bench.throwaway_db import throwaway_db
from bot.app import App
from bot.config import Config
from db.engine import Database
from db.models import DrillLog
from tests.harness import coach_bot
from tests.standin import FakeDiscord, point_discord_at


async def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--members", type=int, default=200)
    ap.add_argument("--spread", type=float, default=1.0, help="seconds over which the clicks arrive")
    ap.add_argument("--url", default=None)
    args = ap.parse_args()
    async with throwaway_db(args.url, "clicks") as db:
        await run(args, db)


async def run(args: argparse.Namespace, db: Database) -> None:
    app = App(replace(Config(), database_url=db.url), db=db)
    await app.start()
    async with FakeDiscord(heartbeat_interval=5, click_settle=0) as fake:
        with point_discord_at(fake):
            guild = fake.add_guild(name="Bench")
            owner = guild.members[guild.owner_id]
            members = [fake.add_member(guild, name=f"m{i}") for i in range(args.members)]
            async with coach_bot(fake, app):
                ix = await fake.slash("warmup", user=owner, guild=guild, options={"team": True})
                card = await ix.wait_original()
                custom_id = card.custom_ids()[0]
                await asyncio.sleep(0.2)

                async def click(i: int) -> float:
                    await asyncio.sleep(args.spread * i / args.members)
                    started = time.perf_counter()
                    interaction = await fake.click(card, custom_id, user=members[i])
                    await interaction.wait_response(timeout=30)
                    return time.perf_counter() - started

                started = time.perf_counter()
                times = await asyncio.gather(*(click(i) for i in range(args.members)))
                burst = time.perf_counter() - started
                await fake.wait_until(lambda: f"**{args.members}** teammates" in str(card.embeds), timeout=15,
                                      what="the final count on the card")
                edits = sum(1 for m, p in fake.requests if m == "PATCH" and p.endswith(f"/messages/{card.id}"))
    async with db.session() as s:
        rows = await s.scalar(select(func.count()).select_from(DrillLog))
        distinct = await s.scalar(select(func.count(func.distinct(DrillLog.user_id))))
    await app.close()
    q = statistics.quantiles(times, n=100)
    print(f"backend={db.backend} members={args.members} clicks over {args.spread:.1f} s (burst took {burst:.2f} s)")
    print(f"logged rows={rows} distinct members={distinct} -> {'OK' if rows == distinct == args.members else 'WRONG'}")
    print(f"click -> response ms: p50={q[49] * 1000:.1f} p99={q[98] * 1000:.1f} max={max(times) * 1000:.1f}")
    print(f"card edits for the burst: {edits}; deadline problems: {len(fake.violations)}")


if __name__ == "__main__":
    asyncio.run(main())
