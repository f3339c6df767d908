"""Exactly-once reminders under faults: 30 reminders due in the same minute (25 channel posts, 5 DMs), the
Discord stand-in answering with 429s, 503s before and after the post took effect, a 500 after, malformed
200s, and holding every post 1 s; a real `python -m bot` SIGKILLed at the due second (as soon as the first
post is in flight), then restarted. Prints the posts per occurrence (1 each expected) and the time from the
due minute to the last post and to the last occurrence recorded *sent*.

Usage: python bench/faults.py [--lease SECONDS]   (default: the production lease, 60 s)
Waits for the next minute boundary at least 15 s away. SQLite in a temporary directory.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):
    sys.path.insert(0, str(ROOT))

from bot.app import App  # noqa: E402
from bot.clock import FixedClock  # noqa: E402
from bot.config import Config  # noqa: E402
from bot.reminders import outbox, queries  # noqa: E402
from tests.harness import bot_env, bot_process  # noqa: E402
from tests.standin import FakeDiscord  # noqa: E402

MESSAGES = "/channels/{channel_id}/messages"


def next_minute() -> datetime:
    now = datetime.now(UTC)
    target = now.replace(second=0, microsecond=0) + timedelta(minutes=1)
    return target if (target - now).total_seconds() >= 15 else target + timedelta(minutes=1)


async def main(lease: int | None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        cwd = Path(tmp)
        if lease is not None:
            (cwd / "config.toml").write_text(f"[reminders]\nlease_seconds = {lease}\n")
        async with FakeDiscord() as fake:
            guild = fake.add_guild(name="Runners")
            member = fake.add_member(guild, name="alice")
            channels = [fake.add_channel(guild, f"warmups-{i}") for i in range(3)]
            due = next_minute()
            app = App(replace(Config(), data_dir=cwd / "data"), clock=FixedClock(due - timedelta(days=1)))
            await app.start()
            common = dict(user_id=member.id, time=f"{due:%H:%M}", days="daily", timezone="UTC")
            reminders = [await queries.add(app, guild_id=guild.id, channel_id=channels[i % 3].id, **common)  # type: ignore[arg-type]
                         for i in range(25)]
            reminders += [await queries.add(app, guild_id=0, personal=True, **common) for _ in range(5)]  # type: ignore[arg-type]
            held = fake.faults.add("POST", MESSAGES, status=200, delay=1.0, times=10_000)
            errors = [fake.faults.add("POST", MESSAGES, status=429, retry_after=0.5, times=6),
                      fake.faults.add("POST", MESSAGES, status=503, times=4),
                      fake.faults.add("POST", MESSAGES, status=503, after=True, times=4),
                      fake.faults.add("POST", MESSAGES, status=500, after=True, times=1),
                      fake.faults.add("POST", MESSAGES, malformed=True, after=True, times=2)]
            env = bot_env(fake, cwd / "data", LOG_LEVEL="INFO")
            async with bot_process(fake, cwd, env=env) as bp:
                await asyncio.sleep(max(0.0, (due - datetime.now(UTC)).total_seconds()))
                await fake.wait_until(lambda: held.hits, timeout=30, what="the first post in flight")
                bp.kill()
                killed_at = time.time() - due.timestamp()
                await bp.wait()
            fake.faults.rules.remove(held)
            posted_before = len(fake.bot_messages())
            print(f"30 reminders due at {due:%H:%M:%S} UTC; bot SIGKILLed {killed_at:.2f} s after the due second "
                  f"with {len(held.hits)} post(s) in flight, {posted_before} stored in the stand-in")
            async with bot_process(fake, cwd, env=env) as bp2:
                deadline = time.monotonic() + 240
                while time.monotonic() < deadline:
                    rows = [await queries.occurrence(app, r.id, due) for r in reminders]
                    if all(o is not None and o.state == outbox.SENT for o in rows):
                        break
                    await asyncio.sleep(0.2)
                recorded = time.time() - due.timestamp()
                restarts = bp2.text.count("re-sending the unconfirmed occurrence")
            markers = {r.id: f"Reminder #{r.id} · {due.date().isoformat()} ·" for r in reminders}
            per: Counter[int] = Counter()
            last = 0.0
            due_monotonic = time.monotonic() - (time.time() - due.timestamp())
            for m in fake.bot_messages():
                footer = (m.embeds[0].get("footer") or {}).get("text", "") if m.embeds else ""
                for rid, marker in markers.items():
                    if footer.startswith(marker):
                        per[rid] += 1
                        last = max(last, m.created)
            counts = Counter(per[r.id] for r in reminders)
            states = Counter(o.state if o else "none" for o in rows)
            print(f"posts per occurrence: {dict(sorted(counts.items()))}  (exactly 1 each: "
                  f"{'yes' if counts == Counter({1: 30}) else 'NO'})")
            print(f"outbox states: {dict(states)}; re-sent by the restart's sweep: {restarts}; "
                  f"nonce hits (repeats answered with the first message): {len(fake.nonce_hits)}")
            print(f"faults injected: {[len(f.hits) for f in errors]} (429, 503, 503 after, 500 after, malformed)")
            print(f"time from the due minute to the last post: {last - due_monotonic:.1f} s; "
                  f"to the last occurrence recorded sent: {recorded:.1f} s "
                  f"(lease {lease if lease is not None else app.config.reminder_lease_seconds} s)")
            await app.db.close()


if __name__ == "__main__":
    lease_arg = sys.argv[sys.argv.index("--lease") + 1] if "--lease" in sys.argv else None
    asyncio.run(main(int(lease_arg) if lease_arg else None))
