"""Gateway failures: a malformed event is logged (type + traceback) and skipped without dropping the
connection; an unexpected error out of discord.py's gateway loop makes `python -m bot` connect again with
back-off; a close it cannot recover from (4004, the token was refused) exits 2 with one line."""

from __future__ import annotations

import logging
from pathlib import Path

import discord
import pytest

from bot.app import App
from tests.harness import bot_process, coach_bot, eventually
from tests.standin import FakeDiscord


def setup_world(fake: FakeDiscord):  # type: ignore[no-untyped-def]
    guild = fake.add_guild(name="Runners")
    alice = fake.add_member(guild, name="alice")
    return guild, alice, next(iter(guild.channels.values()))


async def answered(fake: FakeDiscord, channel, alice) -> None:  # type: ignore[no-untyped-def]
    asked = await fake.send_user_message(channel, author=alice, content="what muscles do butt kicks work?",
                                         mention_bot=True)
    reply = await fake.wait_for_message(
        lambda m: m.author.id == fake.bot_user.id and bool(m.message_reference)
        and int(m.message_reference["message_id"]) == asked.id, timeout=15)
    assert "hamstring" in reply.embeds[0]["description"].lower()


@pytest.mark.parametrize("event, data", [
    ("MESSAGE_CREATE", {"id": "1", "content": "no channel, no author"}),
    ("GUILD_CREATE", {"name": "no id"}),
    ("INTERACTION_CREATE", {"id": "2", "type": 2}),
])
async def test_malformed_event_is_logged_and_skipped(fake_discord: FakeDiscord, app: App,
                                                     caplog: pytest.LogCaptureFixture, event: str,
                                                     data: dict) -> None:
    guild, alice, channel = setup_world(fake_discord)
    caplog.set_level(logging.INFO)
    async with coach_bot(fake_discord, app):
        identified, resumed = fake_discord.gateway.identify_count, fake_discord.gateway.resume_count
        assert await fake_discord.dispatch(event, data, guild_id=guild.id) == 1
        await answered(fake_discord, channel, alice)  # delivered after the bad event, on the same session
        assert (fake_discord.gateway.identify_count, fake_discord.gateway.resume_count) == (identified, resumed)
    records = [r for r in caplog.records if f"gateway event {event} could not be handled" in r.getMessage()]
    assert len(records) == 1 and records[0].exc_info is not None  # the type and a traceback


async def test_error_in_the_gateway_loop_reconnects(fake_discord: FakeDiscord, tmp_path: Path) -> None:
    """A READY without a session id breaks discord.py outside any parser: the process connects anew."""
    guild, alice, channel = setup_world(fake_discord)
    async with bot_process(fake_discord, tmp_path) as bp:
        identified = fake_discord.gateway.identify_count
        await fake_discord.dispatch("READY", {"v": 10}, guild_id=guild.id)
        await eventually(lambda: fake_discord.gateway.identify_count > identified, timeout=15,
                         what="the bot to identify again")
        await fake_discord.wait_ready(timeout=15)
        await answered(fake_discord, channel, alice)
        assert bp.proc.returncode is None
        assert "the gateway loop failed; connecting again in 1s" in bp.text
        assert "Traceback" in bp.text and "KeyError: 'session_id'" in bp.text


async def test_refused_token_on_the_gateway_exits_2_with_one_line(fake_discord: FakeDiscord,
                                                                  tmp_path: Path) -> None:
    setup_world(fake_discord)
    async with bot_process(fake_discord, tmp_path) as bp:
        await fake_discord.close_gateway(code=4004)
        code = await bp.wait()
    assert code == 2, bp.text[-3000:]
    lines = [line for line in bp.text.splitlines() if "token was refused" in line]
    assert len(lines) == 1 and "[ERROR" in lines[0], bp.text[-3000:]
    assert fake_discord.token not in bp.text
    assert "bot.discord.runner" in lines[0] and "DISCORD_TOKEN" in lines[0]
    assert "Traceback" not in bp.text.split("token was refused")[0]  # one line, not a stack trace


async def test_malformed_event_on_a_sharded_bot(fake_discord: FakeDiscord, app: App,
                                                caplog: pytest.LogCaptureFixture) -> None:
    """discord.py's sharded client closes itself on any error out of a shard's loop: the guard keeps it up."""
    from dataclasses import replace

    guild, alice, channel = setup_world(fake_discord)
    app.config = replace(app.config, shard_count=1)
    async with coach_bot(fake_discord, app) as bot:
        assert isinstance(bot, discord.AutoShardedClient)
        identified = fake_discord.gateway.identify_count
        await fake_discord.dispatch("MESSAGE_CREATE", {"id": "1"}, guild_id=guild.id)
        await answered(fake_discord, channel, alice)
        assert fake_discord.gateway.identify_count == identified and not bot.is_closed()
    assert "gateway event MESSAGE_CREATE could not be handled" in caplog.text
