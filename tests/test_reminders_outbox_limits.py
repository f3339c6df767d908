"""The reminder limits (25 per server, 5 per member) under concurrency, on SQLite and PostgreSQL: adders
serialise on a quota lock row, so concurrent adds never count the same free places."""

from __future__ import annotations

import asyncio

from sqlalchemy import func, select

from bot.app import App
from bot.cards import Problem
from bot.reminders import queries
from db.models import Reminder
from tests.conftest import DatabaseFactory
from tests.harness import coach_bot
from tests.standin import FakeDiscord


async def stored(app: App, *, personal: bool) -> int:
    async def work(s):  # type: ignore[no-untyped-def]
        return await s.scalar(select(func.count()).select_from(Reminder).where(Reminder.personal.is_(personal)))

    return await app.db.run(work)


async def test_ten_concurrent_reminder_adds_at_twenty_store_exactly_twenty_five(
        fake_discord: FakeDiscord, app: App) -> None:
    fake = fake_discord
    guild = fake.add_guild(name="Runners")
    admin = guild.members[guild.owner_id]
    for i in range(20):
        await queries.add(app, guild_id=guild.id, user_id=admin.id, time=f"{i % 24}:00", days="daily", timezone="UTC",
                       channel_id=guild.default_channel.id)
    async with coach_bot(fake, app):
        ixs = await asyncio.gather(*(fake.slash("reminder", subcommand="add", user=admin, guild=guild,
                                                options={"time": f"{i}:30", "timezone": "UTC"}) for i in range(10)))
        answers = [await ix.wait_response() for ix in ixs]
    saved = [a for a in answers if a.embeds and a.embeds[0]["title"] == "Reminder saved"]
    refused = [a for a in answers if "the most allowed is 25" in (a.content or "")]
    assert (len(saved), len(refused)) == (5, 5)
    assert all(a.ephemeral for a in answers)
    assert await stored(app, personal=False) == queries.GUILD_LIMIT


async def test_ten_concurrent_remindme_adds_store_exactly_five(fake_discord: FakeDiscord, app: App) -> None:
    fake = fake_discord
    guild = fake.add_guild(name="Runners")
    alice = fake.add_member(guild, name="alice")
    await queries.add(app, guild_id=0, user_id=alice.id, time="7am", days="daily", timezone="UTC", personal=True)
    async with coach_bot(fake, app):
        ixs = await asyncio.gather(*(fake.slash("remindme", subcommand="add", user=alice, guild=guild,
                                                options={"time": f"{i}:15", "timezone": "UTC"}) for i in range(10)))
        answers = [await ix.wait_response() for ix in ixs]
    saved = [a for a in answers if a.embeds and a.embeds[0]["title"] == "Reminder saved"]
    refused = [a for a in answers if "the most allowed is 5" in (a.content or "")]
    assert (len(saved), len(refused)) == (4, 6)
    assert await stored(app, personal=True) == queries.PERSONAL_LIMIT


async def test_concurrent_adds_from_two_processes_respect_both_limits(app: App, databases: DatabaseFactory) -> None:
    """Two engines (two bot processes) adding at once for one server and one member."""
    other = App(app.config, db=databases.share(app.db), clock=app.clock)
    guild, user = 77 << 22, 4242

    async def add(a: App, i: int, personal: bool) -> bool:
        try:
            await queries.add(a, guild_id=guild, user_id=user, time=f"{i % 24}:{i % 60:02d}", days="daily",
                           timezone="UTC", channel_id=1, personal=personal)
            return True
        except Problem:
            return False

    results = await asyncio.gather(*(add((app, other)[i % 2], i, personal=False) for i in range(40)),
                                   *(add((app, other)[i % 2], i, personal=True) for i in range(12)))
    assert sum(results[:40]) == queries.GUILD_LIMIT and sum(results[40:]) == queries.PERSONAL_LIMIT
    assert await stored(app, personal=False) == queries.GUILD_LIMIT
    assert await stored(app, personal=True) == queries.PERSONAL_LIMIT
