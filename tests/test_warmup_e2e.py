"""Warm-ups, /log, streaks and settings end to end: the real bot against the Discord stand-in."""

from __future__ import annotations

import asyncio
import csv
import io
from datetime import timedelta

from sqlalchemy import func, select

from bot.app import App
from bot.clock import FixedClock
from bot.settings.service import get_settings, update_settings
from db.models import DrillLog
from tests.harness import PICTURE_WAIT, coach_bot
from tests.standin import FakeDiscord, FakeGuild, FakeMember, FakeMessage

MANAGE_GUILD = 1 << 5


def world(fake: FakeDiscord) -> tuple[FakeGuild, FakeMember, FakeMember]:
    guild = fake.add_guild(name="Runners")
    return guild, fake.add_member(guild, name="alice"), fake.add_member(guild, name="bob")


async def drills(app: App) -> list[tuple[int, int | None]]:
    async def work(s):  # type: ignore[no-untyped-def]
        return [tuple(r) for r in await s.execute(select(DrillLog.user_id, DrillLog.session_id))]

    return await app.db.run(work)


def embed(msg: FakeMessage) -> dict:  # type: ignore[type-arg]
    return msg.embeds[0]


def field(msg: FakeMessage, name: str) -> str:
    return next(f["value"] for f in embed(msg)["fields"] if f["name"] == name)


async def test_warmup_card_done_once_and_others_told_politely(fake_discord: FakeDiscord, app: App,
                                                               clock: FixedClock) -> None:
    fake = fake_discord
    guild, alice, bob = world(fake)
    async with coach_bot(fake, app):
        ix = await fake.slash("warmup", user=alice, guild=guild, options={"duration": 60, "variation": "hiit"})
        card = await ix.wait_original()
        end = int((clock.now() + timedelta(seconds=60)).timestamp())
        assert f"<t:{end}:R>" in embed(card)["description"] and not card.ephemeral
        assert field(card, "Key cues").count("•") == 3
        done, technique, muscles = card.custom_ids()
        assert done.startswith("warmup:done:") and (technique, muscles) == ("warmup:technique", "warmup:muscles")
        assert card.allowed_mentions == {"parse": []}

        other = await fake.click(card, done, user=bob)
        resp = await other.wait_response()
        assert resp.ephemeral and "/warmup" in resp.content and await drills(app) == []

        first, second = await asyncio.gather(fake.click(card, done, user=alice), fake.click(card, done, user=alice))
        responses = [await first.wait_response(), await second.wait_response()]
        assert len(await drills(app)) == 1
        assert sorted(r.type for r in responses) == [4, 7]  # one updated the card, one said "already logged"
        assert "Done and logged" in embed(card)["description"] and card.find_component(done)["disabled"]

        tech = await (await fake.click(card, technique, user=bob)).wait_response()
        assert tech.ephemeral and tech.embeds[0]["title"] == "Butt kick technique"
        mus = await (await fake.click(card, muscles, user=bob)).wait_original(PICTURE_WAIT)  # may be deferred
        assert mus.ephemeral and mus.files and mus.files[0].data.startswith(b"\x89PNG")


async def test_team_card_counts_members_and_survives_restart(fake_discord: FakeDiscord, app: App,
                                                             clock: FixedClock) -> None:
    fake = fake_discord
    guild, alice, bob = world(fake)
    coach = fake.add_member(guild, name="coach", roles=[fake.add_role(guild, "Admins", permissions=MANAGE_GUILD)])
    athletes = [fake.add_member(guild, name=f"runner{i}") for i in range(12)]
    await update_settings(app, guild.id, team_window_minutes=15)
    async with coach_bot(fake, app):
        denied = await fake.slash("warmup", user=alice, guild=guild, options={"team": True})
        resp = await denied.wait_response()
        assert resp.ephemeral and "coach" in resp.content.lower()

        ix = await fake.slash("warmup", user=coach, guild=guild, options={"team": True})
        card = await ix.wait_original()
        team_id = card.custom_ids()[0]
        assert team_id.startswith("warmup:team:") and "Team warm-up" in embed(card)["title"]
        clicks = await asyncio.gather(*(fake.click(card, team_id, user=a) for a in [*athletes, *athletes[:3]]))
        answers = [await c.wait_response() for c in clicks]
        assert all(a.ephemeral for a in answers)
        assert sum("Checked in" in a.content for a in answers) == 12
        assert sum("Already logged" in a.content for a in answers) == 3
        await fake.wait_until(lambda: "**12** teammates" in field(card, "Checked in"), timeout=6,
                              what="the coalesced count edit")
        edits = [r for r in fake.requests if r[0] == "PATCH" and r[1].endswith(f"/messages/{card.id}")]
        assert 1 <= len(edits) <= 3  # a burst of 15 clicks: a couple of edits, not 15

    async with coach_bot(fake, app):  # restarted: the old card's button still works
        click = await fake.click(card, team_id, user=bob)
        assert "Checked in" in (await click.wait_response()).content
        await fake.wait_until(lambda: "**13** teammates" in field(card, "Checked in"), timeout=6, what="edit")
        clock.advance(minutes=16)  # the window has closed
        late = await fake.click(card, team_id, user=alice)
        assert "closed" in (await late.wait_response()).content
        await fake.wait_until(lambda: card.find_component(team_id)["disabled"], timeout=6, what="closed card")
    assert len(await drills(app)) == 13


async def test_log_streak_team_and_leaderboard(fake_discord: FakeDiscord, app: App) -> None:
    fake = fake_discord
    guild, alice, bob = world(fake)
    async with coach_bot(fake, app):
        for options in ({"duration": 30}, {"duration": 45, "when": "yesterday"}):
            resp = await (await fake.slash("log", user=alice, guild=guild, options=options)).wait_response()
            assert resp.ephemeral and "logged" in resp.embeds[0]["description"]
        bad = await (await fake.slash("log", user=alice, guild=guild, options={"duration": 500})).wait_response()
        assert bad.ephemeral and "between 15 and 180" in bad.content
        bad = await (await fake.slash("warmup", user=alice, guild=guild, options={"duration": 5})).wait_response()
        assert bad.ephemeral and "between 15 and 180" in bad.content
        assert len(await drills(app)) == 2

        resp = await (await fake.slash("streak", user=alice, guild=guild)).wait_original(PICTURE_WAIT)
        fields = {f["name"]: f["value"] for f in resp.embeds[0]["fields"]}
        assert "2 days" in fields["Current streak"] and fields["Total drills"] == "2"
        assert resp.files[0].filename == "streak-heatmap.png" and resp.files[0].data.startswith(b"\x89PNG")
        other = await (await fake.slash("streak", user=bob, guild=guild, options={"member": alice})).wait_original(
            PICTURE_WAIT)
        assert other.embeds[0]["title"] == "alice's streak"
        assert "alice's drill is done for today" in other.embeds[0]["description"]

        team = await (await fake.slash("team", user=bob, guild=guild)).wait_response()
        assert "2 days" in team.embeds[0]["description"] and "**alice**" in str(team.embeds[0]["fields"])
        board = await (await fake.slash("leaderboard", user=bob, guild=guild,
                                        options={"period": "all"})).wait_response()
        assert board.embeds[0]["description"].startswith("🥇 **alice** — **2 days** · 2 drills")
        assert board.data["allowed_mentions"] == {"parse": []}

        dm = await (await fake.slash("team", user=alice)).wait_response()
        assert dm.ephemeral and "server" in dm.content


async def test_settings_permissions_and_bad_zone(fake_discord: FakeDiscord, app: App) -> None:
    fake = fake_discord
    guild, alice, _bob = world(fake)
    coaches = fake.add_role(guild, "Coaches")
    coach = fake.add_member(guild, name="coach", roles=[coaches])
    owner = guild.members[guild.owner_id]
    async with coach_bot(fake, app):
        choices = await fake.autocomplete("settings", user=owner, guild=guild, subcommand="timezone",
                                          options={"zone": "londo"}, focused="zone")
        assert choices[0]["value"] == "Europe/London"
        bad = await fake.slash("settings", user=owner, guild=guild, subcommand="timezone",
                               options={"zone": "Mars/Olympus"})
        resp = await bad.wait_response()
        assert resp.ephemeral and "IANA" in resp.content
        assert (await get_settings(app, guild.id)).timezone == "UTC"

        denied = await (await fake.slash("settings", user=coach, guild=guild, subcommand="show")).wait_response()
        assert denied.ephemeral and "Manage Server" in denied.content
        ok = await fake.slash("settings", user=owner, guild=guild, subcommand="coach_role", options={"role": coaches})
        assert (await ok.wait_response()).ephemeral
        tz = await fake.slash("settings", user=coach, guild=guild, subcommand="timezone",
                              options={"zone": "europe/berlin"})
        resp = await tz.wait_response()
        assert "Europe/Berlin" in str(resp.embeds[0]["fields"])
        assert (await get_settings(app, guild.id)).timezone == "Europe/Berlin"

        denied = await (await fake.slash("export", user=alice, guild=guild)).wait_response()
        assert denied.ephemeral and "coach" in denied.content.lower()


async def test_export_and_forget_me(fake_discord: FakeDiscord, app: App) -> None:
    fake = fake_discord
    guild, alice, bob = world(fake)
    owner = guild.members[guild.owner_id]
    async with coach_bot(fake, app):
        for who in (alice, bob):
            await (await fake.slash("log", user=who, guild=guild)).wait_response()
        ix = await fake.slash("export", user=owner, guild=guild)
        sent = await ix.wait_original()
        rows = list(csv.DictReader(io.StringIO(sent.files[0].data.decode())))
        assert sent.ephemeral and sent.files[0].filename == f"drill-log-{guild.id}.csv"
        assert sorted(int(r["user_id"]) for r in rows) == sorted([alice.id, bob.id])

        ix = await fake.slash("forget-me", user=alice, guild=guild)
        confirm = await ix.wait_original()
        assert confirm.ephemeral and len(await drills(app)) == 2
        forget = next(c for c in confirm.custom_ids() if c.startswith("data:forget:"))
        resp = await (await fake.click(confirm, forget, user=alice)).wait_response()
        assert resp.type == 7 and "Deleted 1 drill" in resp.embeds[0]["description"]
        assert confirm.custom_ids() == []
        assert [u for u, _ in await drills(app)] == [bob.id]

    async def total(s):  # type: ignore[no-untyped-def]
        return await s.scalar(select(func.count()).select_from(DrillLog))

    assert await app.db.run(total) == 1


async def test_server_commands_in_dms_get_a_polite_answer_and_personal_ones_work(fake_discord: FakeDiscord,
                                                                                   app: App) -> None:
    # Discord hides guild-only commands in DMs, but clients can still send them: each must answer, not fail.
    fake = fake_discord
    _guild, alice, _bob = world(fake)
    async with coach_bot(fake, app):
        for name, subcommand in (("team", None), ("settings", "show"), ("export", None), ("reminder", "list")):
            resp = await (await fake.slash(name, user=alice.user, subcommand=subcommand)).wait_response()
            assert resp.ephemeral and "server, not in direct messages" in resp.content, name
        card = await (await fake.slash("warmup", user=alice.user, options={"duration": 30})).wait_original()
        assert "Warm-up" in embed(card)["title"]
        await (await fake.click(card, card.custom_ids()[0], user=alice.user)).wait_response()
        assert await drills(app) == [(alice.id, await app.db.run(_only_session_id))]
        streak = await (await fake.slash("streak", user=alice.user)).wait_response()
        assert "1 day" in field(streak, "Current streak")


async def _only_session_id(s) -> int:  # type: ignore[no-untyped-def]
    from db.models import WarmupSession

    return (await s.execute(select(WarmupSession.id))).scalar_one()
