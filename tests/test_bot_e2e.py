"""The real bot, end to end through the Discord stand-in: start-up, /about, /help, command sync,
a broken extension, mention-questions, and a clean SIGTERM shutdown of `python -m bot`."""

from __future__ import annotations

import asyncio
import signal
import sys
from pathlib import Path

import pytest

import bot.discord.client as client_module
from bot.app import App
from tests.harness import bot_env, bot_process, coach_bot, eventually
from tests.standin import FakeDiscord

ROOT = Path(__file__).resolve().parents[1]


def setup_world(fake: FakeDiscord):  # type: ignore[no-untyped-def]
    guild = fake.add_guild(name="Runners")
    alice = fake.add_member(guild, name="alice")
    return guild, alice, next(iter(guild.channels.values()))


async def test_about_and_help(fake_discord: FakeDiscord, app: App) -> None:
    guild, alice, channel = setup_world(fake_discord)
    async with coach_bot(fake_discord, app):
        ix = await fake_discord.slash("about", user=alice, guild=guild, channel=channel)
        resp = await ix.wait_response()
        embed = resp.embeds[0]
        names = {f["name"]: f["value"] for f in embed["fields"]}
        assert embed["title"] == "Butt Kick Coach"
        assert names["Database"] in {"SQLite", "PostgreSQL"} and names["Servers"] == "1"
        assert names["Gateway latency"].endswith(" ms")

        ix = await fake_discord.slash("help", user=alice, guild=guild, channel=channel)
        resp = await ix.wait_response()
        text = resp.embeds[0]["description"]
        registered = {c["name"] for c in fake_discord.registered_commands()}
        assert {"about", "help", "ask"} <= registered
        for name in registered:  # every registered top-level command is listed
            assert f"**/{name}" in text
        assert resp.ephemeral


async def test_commands_registered_only_when_changed(fake_discord: FakeDiscord, app: App) -> None:
    setup_world(fake_discord)
    async with coach_bot(fake_discord, app):
        pass
    first = fake_discord.registration_count
    assert first == 1
    async with coach_bot(fake_discord, app):  # a restart with the same definitions: no bulk PUT
        pass
    assert fake_discord.registration_count == first
    # Definitions changed since the stored hash (as after a deploy that adds a command): registered again.
    from sqlalchemy import update

    from db.models import BotState

    async def work(s):  # type: ignore[no-untyped-def]
        await s.execute(update(BotState).values(value="stale"))

    await app.db.run(work)
    async with coach_bot(fake_discord, app):
        pass
    assert fake_discord.registration_count == first + 1


async def test_broken_extension_is_skipped(fake_discord: FakeDiscord, app: App, monkeypatch: pytest.MonkeyPatch,
                                           caplog: pytest.LogCaptureFixture) -> None:
    guild, alice, channel = setup_world(fake_discord)
    real = client_module.discover_extensions
    monkeypatch.setattr(client_module, "discover_extensions", lambda: [*real(), "tests.data.broken_cog"])
    async with coach_bot(fake_discord, app) as bot:
        assert bot.extensions_failed == ["tests.data.broken_cog"]
        ix = await fake_discord.slash("about", user=alice, guild=guild, channel=channel)
        assert (await ix.wait_response()).embeds
    assert "tests.data.broken_cog failed to load" in caplog.text


async def test_mention_question_is_answered_without_pings(fake_discord: FakeDiscord, app: App) -> None:
    _guild, alice, channel = setup_world(fake_discord)
    async with coach_bot(fake_discord, app):
        asked = await fake_discord.send_user_message(
            channel, author=alice, content="@everyone what muscles do butt kicks work?", mention_bot=True
        )
        reply = await fake_discord.wait_for_message(
            lambda m: m.channel_id == channel.id and m.author.id == fake_discord.bot_user.id
        )
        assert "hamstring" in reply.embeds[0]["description"].lower()
        assert reply.message_reference and int(reply.message_reference["message_id"]) == asked.id
        assert reply.allowed_mentions is not None and reply.allowed_mentions.get("parse") == []
        assert not reply.allowed_mentions.get("replied_user")

        # A message that does not mention the bot is not answered: a later question that does mention it gets
        # its answer, and by then the first got none.
        before = len(fake_discord.bot_messages(channel.id))
        await fake_discord.send_user_message(channel, author=alice, content="what muscles do butt kicks work?")
        later = await fake_discord.send_user_message(channel, author=alice, content="how long should I do them?",
                                                     mention_bot=True)
        answer = await fake_discord.wait_for_message(
            lambda m: m.channel_id == channel.id and m.message_reference is not None
            and int(m.message_reference["message_id"]) == later.id)
        assert fake_discord.bot_messages(channel.id)[before:] == [answer]


async def test_dm_question_is_answered(fake_discord: FakeDiscord, app: App) -> None:
    _guild, alice, _channel = setup_world(fake_discord)
    async with coach_bot(fake_discord, app):
        user = alice.user
        await fake_discord.send_user_message(user, author=user, content="is my ACL torn?")
        dm = fake_discord.dm_channel(user)
        reply = await fake_discord.wait_for_message(lambda m: m.channel_id == dm.id and m.author.id != user.id)
        text = reply.embeds[0]["description"].lower()
        assert "diagnos" in text and "hamstring" not in text


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
async def test_signal_stops_python_m_bot_cleanly(fake_discord: FakeDiscord, tmp_path: Path, sig: int) -> None:
    fake_discord.add_guild(name="Runners")
    async with bot_process(fake_discord, tmp_path) as bp:
        bp.proc.send_signal(sig)
        code = await bp.wait()
    text = bp.text
    assert code == 0, text[-3000:]
    assert "signal received" in text and "stopped cleanly" in text
    assert fake_discord.token not in text
    assert (tmp_path / "data" / "coach.db").exists()


async def test_log_is_quiet_from_start_to_sigterm(fake_discord: FakeDiscord, tmp_path: Path) -> None:
    """What an operator reads in a platform's log viewer (a pipe, not a terminal): no ANSI colour codes,
    no per-start Alembic chatter, no voice-library warnings for a bot without voice, no ERROR."""
    fake_discord.add_guild(name="Runners")
    env = bot_env(fake_discord, tmp_path / "data", LOG_LEVEL="INFO")
    async with bot_process(fake_discord, tmp_path, env=env) as bp:
        await eventually(lambda: "ready as" in bp.text, what="the on_ready log line")
        bp.proc.send_signal(signal.SIGTERM)
        code = await bp.wait()
    text = bp.text
    assert code == 0, text[-3000:]
    assert "\x1b" not in text
    assert "Running upgrade" in text  # a migration that runs is still worth a line
    for noise in ("Context impl", "Will assume", "setup plugin", "PyNaCl", "davey", "voice will NOT"):
        assert noise not in text, noise
    assert "[ERROR" not in text and "Traceback" not in text, text[-3000:]


async def test_sync_command_registers_even_when_unchanged(fake_discord: FakeDiscord, tmp_path: Path) -> None:
    async def run(*args: str) -> None:
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", *args, cwd=tmp_path, env=bot_env(fake_discord, tmp_path / "data"),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
        )
        out, _ = await asyncio.wait_for(proc.communicate(), timeout=30)
        assert proc.returncode == 0, out.decode()[-2000:]

    await run("sync")
    await run("sync")  # on demand: registers although nothing changed
    assert fake_discord.registration_count == 2
    assert {"about", "ask", "help"} <= {c["name"] for c in fake_discord.registered_commands()}
