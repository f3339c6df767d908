"""Faults seen from Discord: a locked SQLite database gets a polite ephemeral answer and loses nothing."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

from sqlalchemy import func, select

from bot.app import App
from bot.clock import FixedClock
from bot.config import Config
from db.engine import UNAVAILABLE, Database
from db.models import DrillLog
from tests.harness import coach_bot
from tests.standin import FakeDiscord


async def test_locked_database_answers_politely_and_saves_nothing(
        fake_discord: FakeDiscord, config: Config, clock: FixedClock, tmp_path: Path) -> None:
    path = tmp_path / "coach.db"
    db = Database(f"sqlite+aiosqlite:///{path}", busy_timeout_ms=50)
    app = App(replace(config, database_url=db.url), db=db, clock=clock)
    await app.start()
    guild = fake_discord.add_guild(name="Runners")
    alice = fake_discord.add_member(guild, name="alice")

    async def drills() -> int:
        async def work(s):  # type: ignore[no-untyped-def]
            return await s.scalar(select(func.count()).select_from(DrillLog))

        return await app.db.run(work)

    async with coach_bot(fake_discord, app):
        holder = sqlite3.connect(path)
        holder.execute("BEGIN IMMEDIATE")  # another writer holds the lock (a backup, a second process…)
        try:
            ix = await fake_discord.slash("log", user=alice, guild=guild, options={"duration": 60})
            resp = await ix.wait_response(timeout=10)
            assert resp.type == 4 and resp.ephemeral
            assert resp.content == UNAVAILABLE
        finally:
            holder.rollback()
            holder.close()
        assert await drills() == 0

        ix = await fake_discord.slash("log", user=alice, guild=guild, options={"duration": 60})
        resp = await ix.wait_response(timeout=10)
        assert resp.ephemeral and "logged" in resp.embeds[0]["description"]
        assert await drills() == 1
    await app.close()
