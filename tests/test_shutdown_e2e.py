"""A real `python -m bot` stopped with SIGTERM in the middle of a burst of team check-ins: it finishes or
refuses what it received, answers every check-in it stored, stores nothing it did not answer, and stops
without an ERROR line, even when it is stopped before READY."""

from __future__ import annotations

import asyncio
import signal
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import create_async_engine

from bot.app import App
from bot.discord.client import make_bot
from bot.discord.intake import RESTARTING
from db.engine import Database
from db.models import DrillLog
from tests.conftest import BACKENDS, PG_URL
from tests.harness import bot_env, bot_process, eventually
from tests.standin import FakeDiscord, point_discord_at, run_bot


@pytest.fixture(params=BACKENDS)
async def process_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    """A database of its own for a bot process: a SQLite file, or a throwaway PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'data' / 'coach.db'}"
        return
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_async_engine(PG_URL, isolation_level="AUTOCOMMIT")
    async with admin.connect() as conn:
        await conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield PG_URL.rsplit("/", 1)[0] + f"/{name}"
    finally:
        async with admin.connect() as conn:
            await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        await admin.dispose()


async def checked_in(url: str) -> set[int]:
    db = Database(url)
    try:
        return set(await db.run(lambda s: s.scalars(select(DrillLog.user_id).where(DrillLog.session_id.is_not(None)))))
    finally:
        await db.close()


async def test_sigterm_mid_burst_answers_what_it_stored(fake_discord: FakeDiscord, tmp_path: Path,
                                                        process_db_url: str) -> None:
    fake = fake_discord
    guild = fake.add_guild(name="Runners")
    coach = guild.members[guild.owner_id]
    members = [fake.add_member(guild, name=f"runner{i}") for i in range(20)]
    latecomers = [fake.add_member(guild, name=f"late{i}") for i in range(8)]
    env = bot_env(fake, tmp_path / "data", DATABASE_URL=process_db_url)
    async with bot_process(fake, tmp_path, env=env) as bp:
        card = await (await fake.slash("warmup", user=coach, guild=guild, options={"team": True})).wait_original()
        team_id = card.custom_ids()[0]
        await asyncio.wait_for(card.delivered.wait(), 5)
        fake.click_settle = 0
        # Some answers are slow (Discord's side), so the bot is still finishing them when later clicks come.
        slow = fake.faults.add("POST", "/interactions/{interaction_id}/{token}/callback", status=200, delay=1.0,
                               times=3)
        clicks = await asyncio.gather(*(fake.click(card, team_id, user=m) for m in members))
        bp.proc.send_signal(signal.SIGTERM)
        await fake.wait_until(lambda: "signal received" in bp.text, timeout=10, what="the bot to see SIGTERM")
        late = [await fake.click(card, team_id, user=m) for m in latecomers]
        code = await bp.wait()
    out = bp.text
    assert code == 0, out[-3000:]
    assert "ERROR" not in out and "Traceback" not in out, out[-5000:]
    assert "stopped cleanly" in out

    stored = await checked_in(process_db_url)
    assert len(slow.hits) == 3
    answers = {ix.user.id: ix.response for ix in [*clicks, *late] if ix.response is not None}
    acknowledged = {uid for uid, r in answers.items() if "Checked in" in (r.data.get("content") or "")}
    refused = {uid for uid, r in answers.items() if r.data.get("content") == RESTARTING}
    assert acknowledged == stored  # every stored check-in was answered, every "checked in" was stored
    assert not refused & stored
    assert acknowledged | refused == set(answers)  # no other answer (no "something went wrong")
    assert {m.id for m in members} <= acknowledged  # received before the signal: finished, not dropped
    assert {m.id for m in latecomers} == refused  # after it: told to try again, nothing stored
    # The card shows what was stored (its last edit went out before the bot stopped).
    if stored:
        assert f"**{len(stored)}** teammate" in next(f["value"] for f in card.embeds[0]["fields"]
                                                    if f["name"] == "Checked in")


async def test_a_stop_before_ready_leaves_nothing_to_fire_on_the_closed_client(fake_discord: FakeDiscord,
                                                                               app: App) -> None:
    """discord.py's READY waits ``guild_ready_timeout`` after the last GUILD_CREATE in a task that close() does not
    stop; a SIGTERM in that window (a loaded machine, a platform restarting the bot just after start) made it
    dispatch READY on the closed client: "Task exception was never retrieved ... AttributeError" in the log."""
    fake = fake_discord
    fake.add_guild(name="Runners")
    with point_discord_at(fake):
        bot = make_bot(app, guild_ready_timeout=3.0)  # a window the test can close in, whatever the machine
        async with run_bot(fake, bot, wait_on_ready=False):
            await eventually(lambda: bot._connection._ready_task is not None, what="READY to be received")
            delayed_ready = bot._connection._ready_task
            assert not delayed_ready.done() and not bot.is_ready()
        # the block closed the bot; the delayed READY must end now, without an error (it used to wake 3 s later
        # and raise)
        await asyncio.wait({delayed_ready}, timeout=10)
        assert delayed_ready.done() and delayed_ready.exception() is None
        assert not bot.is_ready()
