"""Issue 2 benchmark: start-up to READY and the /about round trip through the Discord stand-in.

    python bench/bot_latency.py [--rounds 500] [--concurrency 20] [--starts 5]

Start-up: `python -m bot` as a subprocess (imports, config, migration of a fresh SQLite file, log-in,
command registration, gateway) until the stand-in has the session IDENTIFYed with its guilds; median of N.
Round trip: interaction injected -> callback received, p50/p99 over N sequential and with C concurrent
clients, for the real bot and for a bare discord.py bot answering a constant, in the same process and run.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bare_bot import build_bare_bot  # noqa: E402
from bot.app import App  # noqa: E402
from bot.config import Config  # noqa: E402
from bot.discord.client import make_bot  # noqa: E402
from tests.standin import FakeDiscord, point_discord_at, run_bot  # noqa: E402


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def startup_once(tmp: Path) -> float:
    async with FakeDiscord(heartbeat_interval=5) as fake:
        fake.add_guild(name="Runners")
        env = dict(os.environ, DISCORD_TOKEN=fake.token, DISCORD_API_BASE=fake.api_base,
                   DISCORD_GATEWAY_URL=fake.gateway_url, DATA_DIR=str(tmp), LOG_LEVEL="WARNING",
                   PYTHONPATH=str(ROOT))
        env.pop("DATABASE_URL", None)
        started = time.perf_counter()
        proc = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot", env=env, cwd=tmp,
                                                    stdout=asyncio.subprocess.DEVNULL,
                                                    stderr=asyncio.subprocess.DEVNULL)
        try:
            await fake.wait_ready(timeout=60)
            return time.perf_counter() - started
        finally:
            proc.terminate()
            await proc.wait()


async def round_trips(fake: FakeDiscord, guild, user, channel, rounds: int, concurrency: int) -> list[float]:  # type: ignore[no-untyped-def]
    times: list[float] = []

    async def worker(n: int) -> None:
        for _ in range(n):
            t = time.perf_counter()
            ix = await fake.slash("about", user=user, guild=guild, channel=channel)
            await ix.wait_response(timeout=10)
            times.append(time.perf_counter() - t)

    per = rounds // concurrency
    await asyncio.gather(*(worker(per) for _ in range(concurrency)))
    return times


async def measure_bot(kind: str, rounds: int, concurrency: int, tmp: Path) -> dict[str, list[float]]:
    async with FakeDiscord(heartbeat_interval=5, interaction_deadline=None) as fake:
        guild = fake.add_guild(name="Runners")
        user = fake.add_member(guild, name="alice")
        channel = next(iter(guild.channels.values()))
        with point_discord_at(fake):
            app = None
            if kind == "bare":
                client = build_bare_bot()
            else:
                cfg = replace(Config(), database_url=f"sqlite+aiosqlite:///{tmp / 'bench.db'}", log_level="WARNING")
                app = App(cfg)
                await app.start()
                client = make_bot(app, guild_ready_timeout=0.05)
            async with run_bot(fake, client):
                await round_trips(fake, guild, user, channel, 50, 1)  # warm-up
                seq = await round_trips(fake, guild, user, channel, rounds, 1)
                conc = await round_trips(fake, guild, user, channel, rounds, concurrency)
            if app is not None:
                await app.close()
        return {"sequential": seq, "concurrent": conc}


async def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=500)
    ap.add_argument("--concurrency", type=int, default=20)
    ap.add_argument("--starts", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        starts = []
        for i in range(args.starts):
            (tmp / f"s{i}").mkdir()
            starts.append(await startup_once(tmp / f"s{i}"))
        print(f"start-up to READY (python -m bot, fresh SQLite): median {statistics.median(starts) * 1000:.0f} ms "
              f"over {len(starts)} (min {min(starts) * 1000:.0f}, max {max(starts) * 1000:.0f})")
        results = {kind: await measure_bot(kind, args.rounds, args.concurrency, tmp) for kind in ("bare", "coach")}
    for mode in ("sequential", "concurrent"):
        label = mode if mode == "sequential" else f"{args.concurrency} concurrent"
        bare, coach = results["bare"][mode], results["coach"][mode]
        for kind, values in (("bare discord.py", bare), ("Butt Kick Coach", coach)):
            print(f"/about {label:>13} {kind:<16} p50 {pct(values, .5) * 1000:6.2f} ms  "
                  f"p99 {pct(values, .99) * 1000:6.2f} ms  (n={len(values)})")
        print(f"/about {label:>13} ratio coach/bare at p50: {pct(coach, .5) / pct(bare, .5):.2f}x  "
              f"p99: {pct(coach, .99) / pct(bare, .99):.2f}x")


if __name__ == "__main__":
    asyncio.run(main())
