"""A real `python -m bot` process SIGKILLed while its weekly recap post is in flight, then restarted: the
recap is posted exactly once (the restart takes the dead process's claim over once its lease expired, looks
for the post in the channel, and sends it with the same nonce if it is not there)."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.app import App
from bot.clock import FixedClock
from bot.config import Config
from bot.recap.queries import outcome
from bot.recap.service import set_recap
from bot.streaks.days import week_start
from bot.warmup import service as core
from tests.harness import bot_process
from tests.standin import FakeDiscord
from tests.standin.models import FakeMessage

MESSAGES = "/channels/{channel_id}/messages"
LEASE_SECONDS = 2  # config reminders.lease_seconds: how long a dead process's claim blocks a takeover


def recaps_in(fake: FakeDiscord, channel_id: int) -> list[FakeMessage]:
    return [m for m in fake.bot_messages(channel_id) if m.embeds and m.embeds[0].get("title") == "Weekly recap"]


async def wait_state(app: App, guild_id: int, week, state: str, timeout: float = 45.0):  # type: ignore[no-untyped-def]
    deadline = asyncio.get_running_loop().time() + timeout
    while (row := await outcome(app, guild_id, week)) is None or row[0] != state:
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError(f"the recap of week {week} is {row}, not {state}")
        await asyncio.sleep(0.1)
    return row


@pytest.mark.parametrize("kill", ["post-in-flight", "posted-answer-lost"])
async def test_sigkill_with_the_recap_unconfirmed_then_restart_posts_it_once(fake_discord: FakeDiscord,
                                                                            tmp_path: Path, kill: str) -> None:
    fake = fake_discord
    guild = fake.add_guild(name="Runners")
    channel = fake.add_channel(guild, "recaps")
    athlete = fake.add_member(guild, name="alice")
    (tmp_path / "config.toml").write_text(f"[reminders]\nlease_seconds = {LEASE_SECONDS}\n")
    # The recap is due this very minute (server zone UTC): the bot's start-up check posts it.
    now = datetime.now(UTC)
    due = now.replace(second=0, microsecond=0)
    week = week_start(due.date())
    app = App(replace(Config(), data_dir=tmp_path / "data"), clock=FixedClock(now - timedelta(days=1)))
    await app.start()
    try:
        await core.log_drill(app, guild_id=guild.id, user_id=athlete.id)
        await set_recap(app, guild.id, channel.id, weekday=due.weekday(), hour=due.hour, minute=due.minute)
        app.clock = FixedClock(now)
        # post-in-flight: the post is held 3 s before it takes effect, the kill lands meanwhile.
        # posted-answer-lost: the post takes effect, its answer is a 503; the kill lands before any retry.
        ours = lambda request: request.match_info.get("channel_id") == str(channel.id)  # noqa: E731
        held = fake.faults.add("POST", MESSAGES, status=200, delay=3.0, times=1000, match=ours) \
            if kill == "post-in-flight" else fake.faults.add("POST", MESSAGES, status=503, after=True, times=1000,
                                                              match=ours)
        async with bot_process(fake, tmp_path) as bp:
            await fake.wait_until(lambda: len(held.hits) >= 1, timeout=30, what="the recap post in flight")
            bp.kill()
            assert await bp.wait() == -9
        assert await outcome(app, guild.id, week) == ("sending", None)  # claimed, never confirmed
        before_restart = len(recaps_in(fake, channel.id))
        assert before_restart == (1 if kill == "posted-answer-lost" else 0)
        print(f"recap messages in the channel when the killed process's claim was taken over: {before_restart}")
        fake.faults.clear()
        async with bot_process(fake, tmp_path) as bp2:
            _state, message_id = await wait_state(app, guild.id, week, "sent")
            assert "re-sending the unconfirmed post" in bp2.text
        posted = recaps_in(fake, channel.id)
        assert len(posted) == 1, (before_restart, bp2.text[-3000:])
        assert message_id == posted[0].id and posted[0].nonce is not None
        assert posted[0].embeds[0]["footer"]["text"].startswith(f"Weekly recap · week of {week.isoformat()} ·")
    finally:
        await app.db.close()
