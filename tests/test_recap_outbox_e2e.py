"""The weekly recap is posted exactly once, end to end (real discord.py against the stand-in with faults):
a post whose answer is lost, two processes, a takeover past a dead holder's lease. Each test ends with the
outbox row *sent* carrying the id of the one message the stand-in holds for the week."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from bot.app import App
from bot.clock import FixedClock
from bot.config import Config
from bot.recap.delivery import RecapDelivery
from bot.recap.queries import outcome
from bot.recap.service import set_recap
from bot.warmup import service as core
from cogs.reminders import DiscordSender
from db.engine import Database
from tests.conftest import DatabaseFactory
from tests.harness import coach_bot, eventually
from tests.standin import FakeDiscord
from tests.standin.models import FakeMessage
from tests.test_reminders_outbox_e2e import Outage

MESSAGES = "/channels/{channel_id}/messages"
MONDAY = datetime(2026, 6, 15, 12, tzinfo=UTC)  # the clock fixture's now
WEEK = date(2026, 6, 15)


def recaps_in(fake: FakeDiscord, channel_id: int) -> list[FakeMessage]:
    return [m for m in fake.bot_messages(channel_id) if m.embeds and m.embeds[0].get("title") == "Weekly recap"]


def world(fake: FakeDiscord):  # type: ignore[no-untyped-def]
    guild = fake.add_guild(name="Runners")
    channel = fake.add_channel(guild, "recaps")
    coach = fake.add_member(guild, name="coach", roles=[fake.add_role(guild, "Coaches", permissions=1 << 5)])
    team = fake.add_role(guild, "Team")
    return guild, channel, coach, team


async def started(bot) -> None:  # type: ignore[no-untyped-def]
    """The bot's own start-up check has run (at 12:00, before the test moves the clock to the due time)."""
    delivery = bot.get_cog("RecapCog").delivery
    await eventually(lambda: delivery.checks >= 1, what="the recap's start-up check")


@pytest.mark.parametrize("lost", ["503", "malformed", "dropped"])
async def test_lost_answer_still_one_recap_pinging_only_the_role(fake_discord: FakeDiscord, app: App,
                                                                 clock: FixedClock, lost: str) -> None:
    fake = fake_discord
    guild, channel, coach, team = world(fake)
    await core.log_drill(app, guild_id=guild.id, user_id=coach.id, when="yesterday")
    async with coach_bot(fake, app) as bot:
        resp = await (await fake.slash("settings", user=coach, guild=guild, subcommand="recap", options={
            "channel": channel, "weekday": 0, "time": "13:00", "role": team})).wait_response()
        assert f"pinging <@&{team.id}>" in resp.embeds[0]["description"]
        await started(bot)
        clock.at = MONDAY.replace(hour=13, minute=1)  # due now (at 12:00, when the bot started, it was not)
        # The post takes effect, then its answer is lost (discord.py raises at once on a 503 or a malformed
        # body; it retries a dropped connection itself, with the same nonce).
        fault = fake.faults.add("POST", MESSAGES, status=503 if lost == "503" else 200, after=True, times=1,
                                malformed=lost == "malformed", drop=lost == "dropped",
                                match=lambda request: request.match_info.get("channel_id") == str(channel.id))
        cog = bot.get_cog("RecapCog")
        first = await cog.tick()
        assert fault.hits and len(recaps_in(fake, channel.id)) == 1
        if first == 0:  # the answer was lost: the claim stays *sending*, the next check retries with the nonce
            assert await outcome(app, guild.id, WEEK) == ("sending", None)
            assert await cog.tick() == 1
        posted = recaps_in(fake, channel.id)
        assert len(posted) == 1 and fake.nonce_hits == [posted[0].id]
        assert await outcome(app, guild.id, WEEK) == ("sent", posted[0].id)
        assert await cog.tick() == 0 and len(recaps_in(fake, channel.id)) == 1
    # The role is the only mention Discord may turn into a ping.
    assert posted[0].content == f"<@&{team.id}>"
    assert posted[0].allowed_mentions is not None
    assert posted[0].allowed_mentions.get("parse") == []
    assert [int(r) for r in posted[0].allowed_mentions.get("roles", [])] == [team.id]
    assert posted[0].embeds[0]["footer"]["text"].startswith("Weekly recap · week of 2026-06-15 ·")


async def test_no_role_pings_nobody(fake_discord: FakeDiscord, app: App, clock: FixedClock) -> None:
    fake = fake_discord
    guild, channel, coach, _team = world(fake)
    async with coach_bot(fake, app) as bot:
        resp = await (await fake.slash("settings", user=coach, guild=guild, subcommand="recap", options={
            "channel": channel, "weekday": 0, "time": "13:00"})).wait_response()
        assert "pinging nobody" in resp.embeds[0]["description"]
        await started(bot)
        clock.at = MONDAY.replace(hour=13, minute=1)
        assert await bot.get_cog("RecapCog").tick() == 1
    (posted,) = recaps_in(fake, channel.id)
    assert not posted.content and posted.allowed_mentions is not None
    assert posted.allowed_mentions.get("parse") == [] and not posted.allowed_mentions.get("roles")


async def test_two_processes_post_one_recap_and_take_over_a_dead_holders_claim(
        fake_discord: FakeDiscord, app: App, clock: FixedClock, databases: DatabaseFactory) -> None:
    fake = fake_discord
    guild, channel, _coach, team = world(fake)
    # Due at 13:00: not yet when the bot's own start-up check runs (12:00).
    await set_recap(app, guild.id, channel.id, weekday=0, hour=13, minute=0, role_id=team.id)
    other_app = App(replace(app.config), db=databases.share(app.db), clock=clock)  # a second process
    async with coach_bot(fake, app) as bot:
        mine = bot.get_cog("RecapCog").delivery
        other = RecapDelivery(other_app, DiscordSender(bot), lambda: {guild.id}, scheduler=bot.app.scheduler)
        await started(bot)
        clock.at = MONDAY.replace(hour=13, minute=1)
        # Both check at once: one claim wins, one post.
        counts = await asyncio.gather(mine.tick(), other.tick())
        assert sorted(counts) == [0, 1] and len(recaps_in(fake, channel.id)) == 1
        # Next week the winner's post takes effect but the answer is lost, and the winner dies (it never
        # checks again). Once its lease expired, the other process takes over: the post is found in the
        # channel's history (no second post, and no nonce needed).
        clock.at = MONDAY.replace(hour=13, minute=1) + timedelta(days=7)
        fake.faults.add("POST", MESSAGES, status=503, after=True, times=1)
        holder, rescuer = (mine, other) if counts[0] == 1 else (other, mine)  # last week's winner dies
        assert await holder.tick() == 0 and len(recaps_in(fake, channel.id)) == 2
        assert await outcome(app, guild.id, WEEK + timedelta(days=7)) == ("sending", None)
        assert await rescuer.tick() == 0  # the lease is still the holder's
        clock.at += timedelta(seconds=app.config.reminder_lease_seconds + 1)
        assert await rescuer.tick() == 1
        posted = recaps_in(fake, channel.id)
        assert len(posted) == 2 and fake.nonce_hits == []
        assert await outcome(app, guild.id, WEEK + timedelta(days=7)) == ("sent", posted[1].id)
        assert await holder.tick() == 0 and len(recaps_in(fake, channel.id)) == 2


async def test_database_down_at_the_due_time_then_when_recording_still_one_recap(
        fake_discord: FakeDiscord, databases: DatabaseFactory, db: Database, config: Config, clock: FixedClock,
        caplog: pytest.LogCaptureFixture) -> None:
    """The database down when the week is due (nothing claimed: the next check claims it), then down again
    when the confirmed post is recorded (the row stays *sending*: the next check gets the same message back
    through the nonce and records it)."""
    caplog.set_level(logging.WARNING, logger="bot.recap.delivery")
    fake = fake_discord
    guild, channel, _coach, _team = world(fake)
    outage = Outage(databases, db)
    app = App(replace(config, database_url=db.url), db=await outage.database(), clock=clock)
    await set_recap(app, guild.id, channel.id, weekday=0, hour=13, minute=0)
    try:
        async with coach_bot(fake, app) as bot:
            await started(bot)
            delivery = bot.get_cog("RecapCog").delivery
            clock.at = MONDAY.replace(hour=13, minute=1)
            await outage.cut()
            assert await delivery.tick() == 0 and "the database is unavailable" in caplog.text
            assert recaps_in(fake, channel.id) == []
            outage.restore()
            assert await outcome(app, guild.id, WEEK) is None  # nothing was claimed while it was down
            held = fake.faults.add("POST", MESSAGES, status=200, delay=0.5, times=1)  # the post is in flight…
            check = asyncio.create_task(delivery.tick())
            await fake.wait_until(lambda: held.hits, timeout=10, what="the post in flight")
            await outage.cut()  # …when the database goes away: the post succeeds, recording it fails
            assert await check == 0 and "could not record the week" in caplog.text
            outage.restore()
            [post] = recaps_in(fake, channel.id)
            assert await outcome(app, guild.id, WEEK) == ("sending", None)
            assert await delivery.tick() == 1
        assert recaps_in(fake, channel.id) == [post] and fake.nonce_hits == [post.id]
        assert await outcome(app, guild.id, WEEK) == ("sent", post.id)
    finally:
        await outage.close()
        await app.stop_scheduler()
        await app.db.close()
