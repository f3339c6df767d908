"""Faults seen from Discord: a locked, unreachable, removed or replaced database gets the truth in an ephemeral
answer and loses nothing it acknowledged; a team card edit lost to a 5xx is retried until the card is right."""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
import sqlite3
import uuid
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url

from bot.app import App
from bot.clock import FixedClock
from bot.config import Config
from db.engine import UNAVAILABLE, Database, DatabaseUnavailable
from db.models import DrillLog
from tests.conftest import PG_URL, DatabaseFactory
from tests.harness import coach_bot
from tests.pg_cluster import PgCluster
from tests.standin import FakeDiscord, FakeInteraction
from tests.tcp_proxy import OutageProxy


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


async def test_team_card_edit_that_fails_is_retried_until_it_shows_the_true_count(
        fake_discord: FakeDiscord, app: App) -> None:
    # discord.py does not retry a 503; a card edit lost to one must not leave the card behind for good.
    fake = fake_discord
    guild = fake_discord.add_guild(name="Runners")
    coach = guild.members[guild.owner_id]
    athletes = [fake.add_member(guild, name=f"runner{i}") for i in range(6)]
    async with coach_bot(fake, app):
        card = await (await fake.slash("warmup", user=coach, guild=guild, options={"team": True})).wait_original()
        team_id = card.custom_ids()[0]
        route = "/channels/{channel_id}/messages/{message_id}"
        limited = fake.faults.add("PATCH", route, status=429, retry_after=0.3, times=1)
        refused = fake.faults.add("PATCH", route, status=503, times=2)
        clicks = await asyncio.gather(*(fake.click(card, team_id, user=a) for a in athletes))
        assert all("Checked in" in (r.content or "") for r in [await c.wait_response() for c in clicks])
        # No click comes after the failures: only a retry can bring the card to the true count.
        await fake.wait_until(lambda: "**6** teammates" in _checked_in_field(card), timeout=15,
                              what="the card to converge on the true count")
        assert len(limited.hits) == 1 and len(refused.hits) == 2


def _checked_in_field(card) -> str:  # type: ignore[no-untyped-def]
    return next(f["value"] for f in card.embeds[0]["fields"] if f["name"] == "Checked in")


async def _answers(clicks: list[FakeInteraction]) -> list[str]:
    out = []
    for ix in clicks:
        resp = await ix.wait_response(timeout=10)
        assert resp.ephemeral
        out.append(resp.content or "")
    return out


async def _stored_check_ins(app: App) -> set[int]:
    return set(await app.db.run(lambda s: s.scalars(select(DrillLog.user_id).where(DrillLog.session_id.is_not(None)))))


async def test_database_outage_tells_the_truth_and_loses_nothing(
        fake_discord: FakeDiscord, databases: DatabaseFactory, config: Config, clock: FixedClock,
        tmp_path: Path) -> None:
    if databases.backend == "postgresql":
        # The database server goes away (connections dropped, port closed) and comes back.
        await databases.new()  # a migrated schema of its own
        url = make_url(PG_URL)
        proxy = OutageProxy(url.host or "127.0.0.1", url.port or 5432)
        await proxy.start()
        name = f"bkc-outage-{uuid.uuid4().hex[:8]}"
        db = Database(url.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False),
                      connect_args={"server_settings": {"search_path": databases.schemas[-1],
                                                        "application_name": name}})
        outage, restore = proxy.cut, proxy.restore

        async def blip() -> None:
            # An administrator (or a failover) ends the pool's server connections.
            admin = Database(PG_URL)
            ended = await admin.run(lambda s: s.scalars(text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = :n"), {"n": name}))
            await admin.close()
            assert any(ended)
    else:
        # The volume holding the SQLite file is unmounted (its directory moves away) and mounted again.
        home, away = tmp_path / "volume", tmp_path / "unmounted"
        db = Database(f"sqlite+aiosqlite:///{home / 'coach.db'}")

        async def outage() -> None:
            home.rename(away)

        async def restore() -> None:
            away.rename(home)

        blip = None
    app = App(replace(config, database_url=db.url), db=db, clock=clock)
    await app.start()
    fake = fake_discord
    guild = fake.add_guild(name="Runners")
    coach = guild.members[guild.owner_id]
    team = [fake.add_member(guild, name=f"runner{i}") for i in range(6)]
    try:
        async with coach_bot(fake, app):
            card = await (await fake.slash("warmup", user=coach, guild=guild, options={"team": True})).wait_original()
            team_id = card.custom_ids()[0]
            before = await asyncio.gather(*(fake.click(card, team_id, user=m) for m in team[:3]))
            assert all("Checked in" in a for a in await _answers(before))
            if blip is not None:
                await blip()  # connections cut server-side: the next use reconnects, nobody notices
                ok = await fake.slash("log", user=team[0], guild=guild)
                assert "logged" in (await ok.wait_response()).embeds[0]["description"]

            await outage()
            during = await asyncio.gather(*(fake.click(card, team_id, user=m) for m in team[3:]))
            assert await _answers(during) == [UNAVAILABLE] * 3
            for name in ("log", "streak"):
                assert await _answers([await fake.slash(name, user=team[0], guild=guild)]) == [UNAVAILABLE]
            # A coach-only command: its permission check itself needs the database.
            settings = await fake.slash("settings", user=coach, guild=guild, subcommand="show")
            assert await _answers([settings]) == [UNAVAILABLE]

            await restore()
            after = await asyncio.gather(*(fake.click(card, team_id, user=m) for m in team[3:]))
            assert all("Checked in" in a for a in await _answers(after))
            # Every acknowledged check-in is stored; none of the refused ones slipped in twice or at all.
            assert await _stored_check_ins(app) == {m.id for m in team}
            await fake.wait_until(lambda: "**6** teammates" in _checked_in_field(card), timeout=15,
                                  what="the card to catch up after the outage")
    finally:
        await app.close()


async def test_sqlite_file_replaced_or_removed_under_the_bot_is_refused_not_lost(
        fake_discord: FakeDiscord, config: Config, clock: FixedClock, tmp_path: Path) -> None:
    # SQLite keeps writing into a deleted file it still has open: each of those acknowledged check-ins would
    # vanish with the process. The file is checked before each commit, so they are refused instead.
    home = tmp_path / "data"
    path = home / "coach.db"
    db = Database(f"sqlite+aiosqlite:///{path}")
    app = App(replace(config, database_url=db.url), db=db, clock=clock)
    await app.start()
    fake = fake_discord
    guild = fake.add_guild(name="Runners")
    coach = guild.members[guild.owner_id]
    team = [fake.add_member(guild, name=f"runner{i}") for i in range(6)]
    try:
        async with coach_bot(fake, app):
            card = await (await fake.slash("warmup", user=coach, guild=guild, options={"team": True})).wait_original()
            team_id = card.custom_ids()[0]
            first = await asyncio.gather(*(fake.click(card, team_id, user=m) for m in team[:2]))
            assert all("Checked in" in a for a in await _answers(first))

            # Replaced by another file (a restored backup, a second deploy's fresh database…).
            shutil.copy(path, tmp_path / "copy.db")
            os.replace(tmp_path / "copy.db", path)
            replaced = await asyncio.gather(*(fake.click(card, team_id, user=m) for m in team[2:4]))
            assert await _answers(replaced) == [UNAVAILABLE] * 2

            shutil.rmtree(home)  # the whole directory removed
            removed = await asyncio.gather(*(fake.click(card, team_id, user=m) for m in team[4:]))
            assert await _answers(removed) == [UNAVAILABLE] * 2
            log = await fake.slash("log", user=team[0], guild=guild)
            assert await _answers([log]) == [UNAVAILABLE]
    finally:
        await app.close()
    # What a restart finds: none of the refused check-ins was acknowledged, so none was lost.
    assert not path.exists()


async def test_answer_cut_off_by_a_dropped_connection_is_retried_and_never_doubled(
        fake_discord: FakeDiscord, app: App, caplog: pytest.LogCaptureFixture) -> None:
    # discord.py retries an interaction callback on a 5xx itself, but not when the connection drops.
    fake = fake_discord
    guild = fake.add_guild(name="Runners")
    coach = guild.members[guild.owner_id]
    alice, bob = fake.add_member(guild, name="alice"), fake.add_member(guild, name="bob")
    async with coach_bot(fake, app):
        card = await (await fake.slash("warmup", user=coach, guild=guild, options={"team": True})).wait_original()
        team_id = card.custom_ids()[0]
        route = "/interactions/{interaction_id}/{token}/callback"
        # Dropped before it took effect: without a retry the member would hear "something went wrong" about
        # a check-in that was stored.
        refused = fake.faults.add("POST", route, drop=True, times=1)
        first = await fake.click(card, team_id, user=alice)
        assert "Checked in" in ((await first.wait_response()).content or "") and len(refused.hits) == 1
        # Took effect, answer lost: the retry meets "already acknowledged", which means it was delivered.
        lost = fake.faults.add("POST", route, drop=True, after=True, times=1)
        second = await fake.click(card, team_id, user=bob)
        assert "Checked in" in ((await second.wait_response()).content or "") and len(lost.hits) == 1
        await fake.wait_until(lambda: sum(1 for m, p in fake.requests if m == "POST" and str(second.id) in p) == 2,
                              timeout=5, what="the retried answer")
        later = await fake.slash("log", user=bob, guild=guild)  # answered after the retry settled
        await later.wait_response()
        assert len(second.callbacks) == 1 and not second.followups
        assert await _stored_check_ins(app) == {alice.id, bob.id}
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


if PG_URL:  # the PostgreSQL tools are only assumed where a PostgreSQL server is

    async def test_real_postgresql_server_stopped_and_started(fake_discord: FakeDiscord, config: Config,
                                                              clock: FixedClock) -> None:
        cluster = PgCluster()
        db = Database(cluster.url)
        app = App(replace(config, database_url=db.url), db=db, clock=clock)
        fake = fake_discord
        guild = fake.add_guild(name="Runners")
        coach = guild.members[guild.owner_id]
        team = [fake.add_member(guild, name=f"runner{i}") for i in range(4)]
        try:
            await cluster.init()
            await cluster.start()
            await app.start()
            async with coach_bot(fake, app):
                card = await (await fake.slash("warmup", user=coach, guild=guild,
                                               options={"team": True})).wait_original()
                team_id = card.custom_ids()[0]
                assert "Checked in" in (await _answers([await fake.click(card, team_id, user=team[0])]))[0]

                await cluster.stop()  # a fast shutdown: the server ends every connection and is gone
                down = await asyncio.gather(*(fake.click(card, team_id, user=m) for m in team[1:3]))
                assert await _answers(down) == [UNAVAILABLE] * 2

                await cluster.start()
                up = await asyncio.gather(*(fake.click(card, team_id, user=m) for m in team[1:]))
                assert all("Checked in" in a for a in await _answers(up))
                assert await _stored_check_ins(app) == {m.id for m in team}
        finally:
            await app.close()
            await cluster.remove()


def test_only_database_errors_get_the_database_message() -> None:
    from aiohttp import ClientOSError
    from sqlalchemy.exc import OperationalError

    from bot.discord.errors import message_for

    assert message_for(DatabaseUnavailable()) == UNAVAILABLE
    assert message_for(OperationalError("SELECT 1", {}, Exception("server closed the connection"))) == UNAVAILABLE
    # A network error talking to Discord is not a database outage: no false story either way.
    assert message_for(ClientOSError(104, "Connection reset by peer")) != UNAVAILABLE


async def test_deferred_answer_lost_after_it_took_effect_is_shown_once(
        fake_discord: FakeDiscord, app: App, caplog: pytest.LogCaptureFixture) -> None:
    """A slow command's answer fills the deferred "thinking" message. If its request takes effect and the
    answer is lost (a 5xx), discord.py sends it again: that must not post the answer twice. The same fault
    waits on both ways to deliver it (a follow-up POST, an edit of @original)."""
    fake = fake_discord
    guild = fake.add_guild(name="Runners")
    owner = guild.members[guild.owner_id]
    async with coach_bot(fake, app):
        await (await fake.slash("log", user=owner, guild=guild)).wait_response()
        lost = [fake.faults.add("POST", "/webhooks/{app_id}/{token}", status=500, after=True, times=1),
                fake.faults.add("PATCH", "/webhooks/{app_id}/{token}/messages/{message_id}", status=500,
                                after=True, times=1)]
        ix = await fake.slash("export", user=owner, guild=guild)  # defers: a big log takes a while

        def tries() -> int:
            return sum(1 for m, p in fake.requests if ix.token in p and m in ("POST", "PATCH") and "/webhooks/" in p)

        await fake.wait_until(lambda: tries() >= 2, timeout=10, what="the answer sent again after the lost one")
        await (await fake.slash("log", user=owner, guild=guild)).wait_response()  # after the retry settled
        assert sum(len(f.hits) for f in lost) == 1  # the fault happened, once
        shown = {m.id: m for m in [ix.original, *ix.followups] if m is not None and m.files}
        assert len(shown) == 1, "the export was posted twice"
        [message] = shown.values()
        assert message.ephemeral and message.files[0].filename == f"drill-log-{guild.id}.csv"
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
