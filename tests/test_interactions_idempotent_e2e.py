"""The same interaction delivered twice (a resumed gateway can) changes nothing the second time, and a button
id is never trusted over where the click happened."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import func, select

from bot.app import App
from db.models import DrillLog, Reminder, WarmupSession
from tests.harness import coach_bot, eventually
from tests.standin import FakeDiscord, FakeInteraction

MANAGE_GUILD = 1 << 5


async def count(app: App, model: type) -> int:
    async def work(s):  # type: ignore[no-untyped-def]
        return await s.scalar(select(func.count()).select_from(model))

    return await app.db.run(work)


def callback_posts(fake: FakeDiscord, ix: FakeInteraction) -> int:
    return sum(1 for m, p in fake.requests if m == "POST" and f"/interactions/{ix.id}/" in p)


async def test_redelivered_interactions_change_nothing(fake_discord: FakeDiscord, app: App,
                                                       caplog: pytest.LogCaptureFixture) -> None:
    fake = fake_discord
    guild = fake.add_guild(name="Runners")
    alice, bob = fake.add_member(guild, name="alice"), fake.add_member(guild, name="bob")
    owner = guild.members[guild.owner_id]
    async with coach_bot(fake, app) as bot:

        async def redeliver(ix: FakeInteraction) -> None:
            seen = bot.intake.redeliveries
            await fake.redeliver(ix)
            # The copy was recognised and dropped (nothing else would tell a copy that did nothing apart).
            await eventually(lambda: bot.intake.redeliveries == seen + 1, what="the copy to be dropped")
            assert callback_posts(fake, ix) == 1

        log_ix = await fake.slash("log", user=alice, guild=guild, options={"duration": 30})
        assert "logged" in (await log_ix.wait_response()).embeds[0]["description"]
        await redeliver(log_ix)
        assert await count(app, DrillLog) == 1

        card = await (await fake.slash("warmup", user=bob, guild=guild)).wait_original()
        done = await fake.click(card, card.custom_ids()[0], user=bob)
        assert (await done.wait_response()).type == 7
        await redeliver(done)
        assert await count(app, DrillLog) == 2

        team = await (await fake.slash("warmup", user=owner, guild=guild, options={"team": True})).wait_original()
        check_in = await fake.click(team, team.custom_ids()[0], user=alice)
        assert "Checked in" in (await check_in.wait_response()).content
        await redeliver(check_in)
        assert await count(app, DrillLog) == 3

        add = await fake.slash("reminder", user=owner, guild=guild, subcommand="add", options={"time": "18:00"})
        await add.wait_response()
        await redeliver(add)
        assert await count(app, Reminder) == 1

        confirm = await (await fake.slash("forget-me", user=alice, guild=guild)).wait_original()
        forget = next(c for c in confirm.custom_ids() if c.startswith("data:forget:"))
        gone = await fake.click(confirm, forget, user=alice)
        assert "Deleted 2 drills" in (await gone.wait_response()).embeds[0]["description"]
        await redeliver(gone)
        assert "Deleted 2 drills" in confirm.embeds[0]["description"]  # not overwritten by "Deleted 0"
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


async def test_redelivery_after_a_restart_logs_once(fake_discord: FakeDiscord, app: App,
                                                    caplog: pytest.LogCaptureFixture) -> None:
    # A new process remembers no interaction ids: the drill's stored interaction id is what holds.
    fake = fake_discord
    guild = fake.add_guild(name="Runners")
    alice = fake.add_member(guild, name="alice")
    async with coach_bot(fake, app):
        log_ix = await fake.slash("log", user=alice, guild=guild, options={"duration": 45})
        await log_ix.wait_response()
    async with coach_bot(fake, app) as bot:
        await fake.redeliver(log_ix)
        # The restarted bot handled the copy (it tried to answer and Discord said "already acknowledged").
        await eventually(lambda: callback_posts(fake, log_ix) == 2, what="the copy's answer attempt")
        await eventually(lambda: not bot.intake.inflight, what="the copy's handler to finish")
        assert await count(app, DrillLog) == 1
        # A new /log by the same member is a new interaction and does log (for another day: one manual log a day).
        again = await fake.slash("log", user=alice, guild=guild, options={"duration": 45, "when": "yesterday"})
        assert "logged" in (await again.wait_response()).embeds[0]["description"]
        assert await count(app, DrillLog) == 2
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


async def test_a_click_forged_in_another_server_stores_nothing(fake_discord: FakeDiscord, app: App) -> None:
    fake = fake_discord
    home, away = fake.add_guild(name="Home"), fake.add_guild(name="Away")
    coach_home, coach_away = home.members[home.owner_id], away.members[away.owner_id]
    mallory = fake.add_member(away, name="mallory")
    async with coach_bot(fake, app):
        home_card = await (await fake.slash("warmup", user=coach_home, guild=home,
                                            options={"team": True})).wait_original()
        away_card = await (await fake.slash("warmup", user=coach_away, guild=away,
                                            options={"team": True})).wait_original()
        home_id = home_card.custom_ids()[0]
        forged = await fake.forged_click(away_card, home_id, user=mallory)
        answer = await forged.wait_response()
        assert answer.ephemeral and "doesn't belong to a warm-up here" in answer.content
        assert await count(app, DrillLog) == 0
        # The same member's genuine click in their own server works, so the refusal was about the button.
        genuine = await fake.click(away_card, away_card.custom_ids()[0], user=mallory)
        assert "Checked in" in (await genuine.wait_response()).content
        assert await count(app, DrillLog) == 1

        # Another channel of the same server is refused too: a team card belongs to its channel.
        other_channel = fake.add_channel(home, name="elsewhere")
        post = await fake.slash("warmup", user=coach_home, channel=other_channel, options={"team": True})
        elsewhere = await post.wait_original()
        forged = await fake.forged_click(elsewhere, home_id, user=coach_home)
        assert "doesn't belong to a warm-up here" in (await forged.wait_response()).content
        assert await count(app, DrillLog) == 1

        # A reminder's button naming the home server's reminder, clicked in the away server.
        add = await fake.slash("reminder", user=coach_home, guild=home, subcommand="add", options={"time": "18:00"})
        await add.wait_response()
        reminder_id = await app.db.run(lambda s: s.scalar(select(Reminder.id)))
        sessions = await count(app, WarmupSession)
        forged = await fake.forged_click(away_card, f"reminder:team:{reminder_id}", user=mallory)
        answer = await forged.wait_response()
        assert answer.ephemeral and "no longer exists" in answer.content
        assert await count(app, WarmupSession) == sessions


async def test_streak_in_a_dm_shows_only_your_own(fake_discord: FakeDiscord, app: App) -> None:
    fake = fake_discord
    guild = fake.add_guild(name="Runners")
    alice, bob = fake.add_member(guild, name="alice"), fake.add_member(guild, name="bob")
    async with coach_bot(fake, app):
        # Bob logs a drill in his own DMs: his private log.
        await (await fake.slash("log", user=bob.user, options={"duration": 60})).wait_response()
        ix = await fake.slash("streak", user=alice.user, options={"member": bob.user})
        card = await ix.wait_response()
        fields = {f["name"]: f["value"] for f in card.embeds[0]["fields"]}
        assert "bob" not in card.embeds[0]["title"] and fields["Total drills"] == "0"
        note = await ix.wait_followup()
        assert note.ephemeral and "only show your own" in note.content
        # Bob's own streak in his DMs does show his drill (the data was there to leak).
        own = await (await fake.slash("streak", user=bob.user)).wait_response()
        assert {f["name"]: f["value"] for f in own.embeds[0]["fields"]}["Total drills"] == "1"
