"""Questions end to end through the Discord stand-in: /ask (autocomplete, buttons), /muscles with its
diagram, /technique, and hostile input that must never ping anyone."""

from __future__ import annotations

import time

import pytest

from bot.app import App
from bot.knowledge.coach import Coach
from bot.warmup.service import log_drill
from tests.harness import PICTURE_WAIT, coach_bot
from tests.standin import FakeDiscord


def world(fake: FakeDiscord):  # type: ignore[no-untyped-def]
    guild = fake.add_guild(name="Runners")
    return guild, fake.add_member(guild, name="alice"), fake.add_member(guild, name="bob"), guild.default_channel


async def test_ask_answers_and_buttons_work(fake_discord: FakeDiscord, app: App) -> None:
    guild, alice, bob, channel = world(fake_discord)
    async with coach_bot(fake_discord, app):
        ix = await fake_discord.slash("ask", user=alice, guild=guild, channel=channel,
                                      options={"question": "what muscles do butt kicks work?"})
        message = await ix.wait_original()  # answered at once, or deferred then edited on a busy machine
        assert "hamstring" in message.embeds[0]["description"].lower()
        ids = message.custom_ids()
        more = [c for c in ids if c.startswith("coach:more:")]
        related = [c for c in ids if c.startswith("coach:entry:")]
        assert more and related

        click = await fake_discord.click(message, more[0], user=bob)
        detail = await click.wait_response()
        assert detail.ephemeral and len(detail.embeds[0]["description"]) > 0

        click = await fake_discord.click(message, related[0], user=bob)
        assert (await click.wait_response()).embeds[0]["description"]


async def test_ask_autocomplete_offers_known_questions(fake_discord: FakeDiscord, app: App) -> None:
    guild, alice, _bob, channel = world(fake_discord)
    async with coach_bot(fake_discord, app):
        choices = await fake_discord.autocomplete("ask", user=alice, guild=guild, channel=channel,
                                                  focused="question", options={"question": "musc"})
        assert 0 < len(choices) <= 25
        assert any("muscle" in c["name"].lower() for c in choices)


async def test_muscles_card_has_generated_diagram(fake_discord: FakeDiscord, app: App) -> None:
    guild, alice, _bob, channel = world(fake_discord)
    async with coach_bot(fake_discord, app):
        ix = await fake_discord.slash("muscles", user=alice, guild=guild, channel=channel)
        resp = await ix.wait_original(PICTURE_WAIT)  # a slow render is deferred, then answered
        assert resp.files and resp.files[0].data.startswith(b"\x89PNG")
        assert resp.embeds[0]["image"]["url"] == f"attachment://{resp.files[0].filename}"
        text = str(resp.embeds[0]).lower()
        assert "hamstring" in text and "quadriceps" in text and "glute" in text

        ix = await fake_discord.slash("technique", user=alice, guild=guild, channel=channel)
        embed = (await ix.wait_response()).embeds[0]
        text = str(embed).lower()
        assert "posture" in text or "upright" in text
        mistakes = [f for f in embed["fields"] if f["name"] == "Common mistakes and fixes"]
        assert len(mistakes) == 1 and "common mistakes" not in mistakes[0]["value"].lower()  # heading once


@pytest.mark.parametrize(
    "question",
    [
        "@everyone @here what muscles??",
        "<@&123456789012345678> <@222222222222222222> how long should i do these",
        "```py\nimport os; os.system('rm -rf /')\n```",
        "🦵🍑🔥" * 40,
        "x" * 1000,
        "‮‮invisible\u200b\u200bzero width",
        "¿Qué músculos trabajan las patadas de glúteo?",
    ],
)
async def test_hostile_questions_never_ping_or_fail(fake_discord: FakeDiscord, app: App, question: str) -> None:
    guild, alice, _bob, channel = world(fake_discord)
    async with coach_bot(fake_discord, app):
        ix = await fake_discord.slash("ask", user=alice, guild=guild, channel=channel, options={"question": question})
        message = await ix.wait_original()
        assert message.embeds, "always a card: an answer or a polite decline"
        assert message.allowed_mentions is not None and message.allowed_mentions.get("parse") == []
        assert "@everyone" not in str(message.embeds) and "<@&" not in str(message.embeds)


async def test_mention_with_4000_characters_is_answered(fake_discord: FakeDiscord, app: App) -> None:
    _guild, alice, _bob, channel = world(fake_discord)
    async with coach_bot(fake_discord, app):
        await fake_discord.send_user_message(channel, author=alice, mention_bot=True,
                                             content="are booty kicks bad for my knees " + "please " * 560)
        reply = await fake_discord.wait_for_message(lambda m: m.channel_id == channel.id)
        assert reply.embeds and reply.allowed_mentions.get("parse") == []


async def test_red_flag_via_ask_and_mention_gets_stop_now(fake_discord: FakeDiscord, app: App) -> None:
    guild, alice, bob, channel = world(fake_discord)
    async with coach_bot(fake_discord, app):
        ix = await fake_discord.slash("ask", user=alice, guild=guild, channel=channel,
                                      options={"question": "went all lightheaded and my chest feels tight"})
        embed = (await ix.wait_original()).embeds[0]
        assert embed["title"] == "Stop now and get medical help"
        text = embed["description"].lower()
        assert text.startswith("stop") and "emergency services" in text and "low-impact" not in text

        await fake_discord.send_user_message(channel, author=bob, mention_bot=True,
                                             content="nearly passed out doing butt kicks, heart pounding like crazy")
        reply = await fake_discord.wait_for_message(lambda m: m.channel_id == channel.id and m.message_reference)
        assert reply.embeds[0]["title"] == "Stop now and get medical help"
        assert "medical help right away" in reply.embeds[0]["description"]


async def test_injury_sign_via_ask_and_dm_gets_stop_and_get_it_checked(fake_discord: FakeDiscord, app: App) -> None:
    """The backstop after retrieval reaches members the same way in /ask and a DM: a safety card with its
    buttons, not the technique card the words alone would reach."""
    guild, alice, bob, channel = world(fake_discord)
    async with coach_bot(fake_discord, app):
        ix = await fake_discord.slash("ask", user=alice, guild=guild, channel=channel,
                                      options={"question": "ive been limping since saturdays warm up"})
        resp = await ix.wait_original()
        embed = resp.embeds[0]
        assert embed["title"] == "Stop and get it checked"
        text = embed["description"].lower()
        assert "stop" in text and "physio" in text and "emergency" not in text
        labels = [c["label"] for row in resp.components for c in row["components"]]
        assert len(labels) == 2, labels  # the two related cards: next-day soreness, the low-impact version

        dm = fake_discord.dm_channel(bob.user)
        asked = await fake_discord.send_user_message(bob.user, author=bob.user,
                                                     content="been hobbling around since the butt kick session")
        reply = await fake_discord.wait_for_message(lambda m: m.channel_id == dm.id, after=asked.id)
        assert reply.embeds[0]["title"] == "Stop and get it checked"


async def test_whats_my_streak_via_ask_and_mention(fake_discord: FakeDiscord, app: App) -> None:
    guild, alice, bob, channel = world(fake_discord)
    await log_drill(app, guild_id=guild.id, user_id=alice.id)
    async with coach_bot(fake_discord, app):
        ix = await fake_discord.slash("ask", user=alice, guild=guild, channel=channel,
                                      options={"question": "what's my streak?"})
        resp = await ix.wait_original(PICTURE_WAIT)  # a slow heatmap is deferred, then answered
        fields = {f["name"]: f["value"] for f in resp.embeds[0]["fields"]}
        assert resp.embeds[0]["title"] == "Your streak" and "1 day" in fields["Current streak"]
        assert resp.files and resp.files[0].data.startswith(b"\x89PNG")  # the /streak heatmap

        # bob asks by mention: his own streak (none yet), not alice's
        await fake_discord.send_user_message(channel, author=bob, mention_bot=True, content="whats my streak")
        reply = await fake_discord.wait_for_message(lambda m: m.channel_id == channel.id and m.message_reference)
        fields = {f["name"]: f["value"] for f in reply.embeds[0]["fields"]}
        assert reply.embeds[0]["title"] == "Your streak" and "0 days" in fields["Current streak"]
        assert f"<@{bob.id}>" in reply.embeds[0]["description"] and reply.allowed_mentions.get("parse") == []


async def test_what_can_you_do_via_ask_lists_the_commands(fake_discord: FakeDiscord, app: App) -> None:
    guild, alice, _bob, channel = world(fake_discord)
    async with coach_bot(fake_discord, app):
        ix = await fake_discord.slash("ask", user=alice, guild=guild, channel=channel,
                                      options={"question": "how do I use this bot?"})
        asked = (await ix.wait_original()).embeds[0]
        ix = await fake_discord.slash("help", user=alice, guild=guild, channel=channel)
        helped = (await ix.wait_response()).embeds[0]
        assert asked["description"] == helped["description"] and "/remindme add" in asked["description"]


async def test_dm_questions_about_the_bot(fake_discord: FakeDiscord, app: App) -> None:
    _guild, alice, _bob, _channel = world(fake_discord)
    user = alice.user
    await log_drill(app, guild_id=0, user_id=user.id)  # a personal drill logged in DMs
    async with coach_bot(fake_discord, app):
        dm = fake_discord.dm_channel(user)
        asked = await fake_discord.send_user_message(user, author=user, content="what's my streak")
        reply = await fake_discord.wait_for_message(lambda m: m.channel_id == dm.id, after=asked.id)
        fields = {f["name"]: f["value"] for f in reply.embeds[0]["fields"]}
        assert reply.embeds[0]["title"] == "Your streak" and "1 day" in fields["Current streak"]

        asked = await fake_discord.send_user_message(user, author=user, content="remind me every day at 7")
        reply = await fake_discord.wait_for_message(lambda m: m.channel_id == dm.id, after=asked.id)
        assert "/remindme add time:07:00 days:daily" in reply.embeds[0]["description"]


async def test_a_question_during_the_start_up_compile_is_deferred_not_lost(
    fake_discord: FakeDiscord, app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The patterns compile in a thread at start-up; on a busy machine that can take seconds. A question asked
    meanwhile waits for it off the event loop, so the bot can still defer before Discord's 3-second limit (the
    stand-in refuses a later callback with 10062 and fails the test). Answering it on the loop would block
    past the limit."""
    compile_rules = Coach._index_rules

    def slow_compile(coach: Coach) -> None:
        time.sleep(3.2)  # a compile slowed past the interaction deadline, wherever it runs
        compile_rules(coach)

    monkeypatch.setattr(Coach, "_index_rules", slow_compile)
    guild, alice, _bob, channel = world(fake_discord)
    async with coach_bot(fake_discord, app):
        ix = await fake_discord.slash("ask", user=alice, guild=guild, channel=channel,
                                      options={"question": "what muscles do butt kicks work?"})
        deferred = await ix.wait_response()
        assert deferred.type == 5  # DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE: acknowledged in time
        message = await ix.wait_original(10.0)
        assert "hamstring" in message.embeds[0]["description"].lower()
