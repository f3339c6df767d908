"""Command registration never stops the bot: a refused (400) or failing (429, 5xx, dropped) bulk PUT is
logged in one line, not recorded as done, retried in the background when transient, and the bot answers
meanwhile; `python -m bot sync` exits non-zero with the reason in one line."""

from __future__ import annotations

import asyncio
import logging
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

import bot.discord.sync as sync_module
from bot.app import App
from bot.discord.sync import commands_payload, form_errors
from db.models import BotState
from tests.harness import bot_env, coach_bot, eventually
from tests.standin import FakeDiscord
from tests.standin.faults import invalid_form_body

PUT = ("PUT", "/applications/{app_id}/commands")


def setup_world(fake: FakeDiscord):  # type: ignore[no-untyped-def]
    guild = fake.add_guild(name="Runners")
    alice = fake.add_member(guild, name="alice")
    return guild, alice, next(iter(guild.channels.values()))


async def stored_hashes(app: App) -> list[str]:
    async def work(s):  # type: ignore[no-untyped-def]
        return list(await s.scalars(select(BotState.value).where(BotState.key.like("commands:%"))))

    return await app.db.run(work)


async def register_then_change(fake: FakeDiscord, app: App) -> None:
    """A first start registers; then the stored hash no longer matches (as after a deploy)."""
    async with coach_bot(fake, app):
        pass
    assert fake.registration_count == 1

    async def work(s):  # type: ignore[no-untyped-def]
        await s.execute(update(BotState).values(value="stale"))

    await app.db.run(work)


async def bot_still_works(fake: FakeDiscord, guild, alice, channel) -> None:  # type: ignore[no-untyped-def]
    """A mention-question and an already registered slash command are answered."""
    await fake.send_user_message(channel, author=alice, content="what muscles do butt kicks work?",
                                 mention_bot=True)
    reply = await fake.wait_for_message(lambda m: m.channel_id == channel.id and m.author.id == fake.bot_user.id)
    assert "hamstring" in reply.embeds[0]["description"].lower()
    ix = await fake.slash("about", user=alice, guild=guild, channel=channel)
    assert (await ix.wait_response()).embeds[0]["title"] == "Butt Kick Coach"


def failure_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if "slash command registration failed" in r.getMessage()]


def test_form_errors_name_the_command_and_field() -> None:
    payload = [{"name": "about"}, {"name": "warmup"}]
    tree = invalid_form_body("1.options.0.name")["errors"]
    assert form_errors(tree, payload) == ["command 'warmup' (1) field options.0.name: Must be 32 or fewer in length."]
    assert form_errors({"_errors": [{"code": "X", "message": "Too many commands"}]}, payload) == [
        "the request: Too many commands"]


def test_what_is_retried() -> None:
    import discord

    from bot.discord.sync import failure_reason, is_transient
    from db.engine import DatabaseUnavailable

    limited = discord.RateLimited(3600.0)
    assert is_transient(limited) and "for 3600s" in failure_reason(limited)
    assert is_transient(DatabaseUnavailable("busy")) and "database is unavailable" in failure_reason(
        DatabaseUnavailable("busy"))
    assert is_transient(ConnectionResetError()) and not is_transient(ValueError("a bug"))
    assert sync_module._retry_after(limited) == 3600.0


async def test_invalid_form_body_is_logged_once_and_tried_again_next_start(
        fake_discord: FakeDiscord, app: App, caplog: pytest.LogCaptureFixture) -> None:
    guild, alice, channel = setup_world(fake_discord)
    await register_then_change(fake_discord, app)
    fault = fake_discord.faults.add(*PUT, status=400, body=invalid_form_body("0.name"), times=1)
    caplog.set_level(logging.INFO)
    caplog.clear()
    async with coach_bot(fake_discord, app) as bot:
        await bot_still_works(fake_discord, guild, alice, channel)
        sync = bot.command_sync
        await asyncio.wait_for(sync.finished.wait(), 5)  # a 400 is not retried: the task ended
        first = commands_payload(bot.tree, None)[0]["name"]
        assert sync.error == ("Discord refused the command definitions (HTTP 400 Bad Request, code 50035): "
                              f"command '{first}' (0) field name: Must be 32 or fewer in length.")
    assert len(fault.hits) == 1
    lines = failure_lines(caplog)
    assert len(lines) == 1 and "\n" not in lines[0] and sync.error in lines[0], lines
    assert "next start tries again" in lines[0]
    assert fake_discord.registration_count == 1
    assert await stored_hashes(app) == ["stale"]  # not recorded as done

    async with coach_bot(fake_discord, app):  # the next start registers the changed definitions
        pass
    assert fake_discord.registration_count == 2
    assert (await stored_hashes(app)) != ["stale"]


@pytest.mark.parametrize("kind", ["503", "429", "dropped"])
async def test_transient_failures_are_retried_in_the_background(
        fake_discord: FakeDiscord, app: App, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch,
        kind: str) -> None:
    guild, alice, channel = setup_world(fake_discord)
    await register_then_change(fake_discord, app)
    monkeypatch.setattr(sync_module, "RETRY_DELAYS", (0.05, 0.1))
    failing = True
    options: dict[str, Any] = {"503": {"status": 503}, "429": {"status": 429, "retry_after": 0.05},
                               "dropped": {"drop": True}}[kind]
    fault = fake_discord.faults.add(*PUT, times=10_000, match=lambda _request: failing, **options)
    caplog.set_level(logging.INFO)
    caplog.clear()
    async with coach_bot(fake_discord, app) as bot:
        sync = bot.command_sync
        # The gateway connected while the registration keeps failing; the bot answers meanwhile.
        await eventually(lambda: sync.attempts >= 3, what="three registration attempts")
        await bot_still_works(fake_discord, guild, alice, channel)
        assert fake_discord.registration_count == 1 and await stored_hashes(app) == ["stale"]
        assert not sync.finished.is_set()
        failing = False  # Discord recovers
        await asyncio.wait_for(sync.finished.wait(), 10)
        assert sync.error is None and sync.registered
    assert fake_discord.registration_count == 2
    assert (await stored_hashes(app)) != ["stale"]
    assert len(fault.hits) >= 3
    lines = failure_lines(caplog)
    assert len(lines) == sync.attempts - 1, lines  # one line per failed attempt
    expected = {"503": "HTTP 503", "429": "HTTP 429", "dropped": "ServerDisconnectedError"}[kind]
    assert all(expected in line and "retrying in" in line and "\n" not in line for line in lines), lines


async def run_sync(fake: FakeDiscord, tmp_path: Path) -> tuple[int, list[str]]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "sync", cwd=tmp_path,
        env=bot_env(fake, tmp_path / "data", LOG_LEVEL="INFO"),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )
    out, _ = await asyncio.wait_for(proc.communicate(), timeout=30)
    assert proc.returncode is not None
    return proc.returncode, out.decode().splitlines()


@pytest.mark.parametrize("status", [400, 503])
async def test_python_m_bot_sync_exits_non_zero_with_the_reason(
        fake_discord: FakeDiscord, tmp_path: Path, status: int) -> None:
    body = invalid_form_body("0.name") if status == 400 else None
    fault = fake_discord.faults.add(*PUT, status=status, body=body, times=1)
    code, lines = await run_sync(fake_discord, tmp_path)
    assert code == 1, lines
    failed = [line for line in lines if "registration failed" in line]
    assert len(failed) == 1, lines
    assert ("field name: Must be 32 or fewer in length" if status == 400 else "HTTP 503") in failed[0]
    # No traceback of ours (the scheduler's double shutdown on exit is the shutdown work's, not this).
    assert not any("sync.py" in line or "HTTPException" in line or "CommandSyncFailure" in line
                   for line in lines), "\n".join(lines)
    assert fake_discord.token not in "\n".join(lines)
    assert len(fault.hits) == 1 and fake_discord.registration_count == 0

    code, lines = await run_sync(fake_discord, tmp_path)  # Discord accepts now
    assert code == 0, lines
    assert fake_discord.registration_count == 1


async def test_slow_registration_does_not_hold_up_the_gateway(
        fake_discord: FakeDiscord, app: App, monkeypatch: pytest.MonkeyPatch) -> None:
    """discord.py retries a 502 itself for ~25 s; start-up waits FIRST_ATTEMPT_WAIT at most, then connects."""
    guild, alice, channel = setup_world(fake_discord)
    await register_then_change(fake_discord, app)
    monkeypatch.setattr(sync_module, "FIRST_ATTEMPT_WAIT", 0.5)
    failing = True
    fault = fake_discord.faults.add(*PUT, status=502, times=10_000, match=lambda _request: failing)
    loop = asyncio.get_running_loop()
    started = loop.time()
    async with coach_bot(fake_discord, app) as bot:
        took = loop.time() - started
        sync = bot.command_sync
        await bot_still_works(fake_discord, guild, alice, channel)
        assert sync.attempts == 1 and not sync.first_attempt.is_set()  # still inside discord.py's retries
        assert len(fault.hits) >= 1 and took < 5, took
        failing = False
        await asyncio.wait_for(sync.finished.wait(), 30)
        assert sync.error is None and sync.registered
    assert fake_discord.registration_count == 2


@pytest.mark.parametrize("status", [400, 503])
async def test_python_m_bot_runs_although_registration_fails(fake_discord: FakeDiscord, tmp_path: Path,
                                                             status: int) -> None:
    """The original failure: `python -m bot` exited 1 before connecting when the bulk PUT failed."""
    import signal

    from tests.harness import bot_process

    _guild, alice, channel = setup_world(fake_discord)
    body = invalid_form_body("0.name") if status == 400 else None
    fake_discord.faults.add(*PUT, status=status, body=body, times=10_000)
    env = bot_env(fake_discord, tmp_path / "data", LOG_LEVEL="INFO")
    async with bot_process(fake_discord, tmp_path, env=env) as bp:
        await fake_discord.send_user_message(channel, author=alice, content="what muscles do butt kicks work?",
                                             mention_bot=True)
        reply = await fake_discord.wait_for_message(lambda m: m.author.id == fake_discord.bot_user.id)
        assert "hamstring" in reply.embeds[0]["description"].lower()
        bp.proc.send_signal(signal.SIGTERM)
        assert await bp.wait() == 0, bp.text[-3000:]
    failed = [line for line in bp.text.splitlines() if "slash command registration failed" in line]
    assert failed and all(f"HTTP {status}" in line for line in failed), bp.text[-3000:]
    assert fake_discord.registration_count == 0
