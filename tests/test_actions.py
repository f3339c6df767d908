"""Each button area's one core handler (bot/<area>/actions.py ``press``), driven directly, without Discord or
the console; then the same press through both front ends, which must show the same text."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest

from bot.actions import Presser
from bot.app import App
from bot.cards import Card, Mention, MessageRef, Problem, Text, Timestamp, text
from bot.clock import FixedClock
from bot.console import Console, load_plugins
from bot.discord.render import discord_text
from bot.knowledge import actions as coach_actions
from bot.privacy import actions as data_actions
from bot.reminders import actions as reminder_actions
from bot.reminders.service import add_reminder, get_reminder
from bot.warmup import actions as warmup_actions
from bot.warmup import service as warmup
from bot.warmup.service import record_message
from tests.harness import coach_bot
from tests.standin import FakeDiscord

GUILD, CHANNEL = 7, 70
ALICE, BOB = 101, 102


def at(user_id: int, *, guild: int = GUILD, shared: bool = False) -> Presser:
    return Presser(user_id, guild, CHANNEL, shared=shared)


async def test_warmup_press_done_check_in_and_a_closed_window(app: App, clock: FixedClock) -> None:
    session = await warmup.start_warmup(app, guild_id=GUILD, user_id=ALICE, channel_id=CHANNEL)
    refused = await warmup_actions.press(app, at(BOB), f"done:{session.id}")  # said as an error, after effects
    assert "someone else's warm-up" in str(refused.refused) and refused.closed is None and refused.edit is None
    done = await warmup_actions.press(app, at(ALICE), f"done:{session.id}")
    assert done.reply is None and done.edit is not None and done.refresh is None
    assert done.edit.lines[-1] == "✅ Done and logged. 🔥 Streak: 1 day. See you tomorrow!"  # built by the core
    assert done.edit.buttons[0].disabled and not done.edit.buttons[1].disabled
    again = await warmup_actions.press(app, at(ALICE), f"done:{session.id}")
    assert again.reply == "Already logged ✅ — one check-in per warm-up. See you tomorrow!" and again.edit is None

    team = await warmup.start_warmup(app, guild_id=GUILD, user_id=ALICE, team=True, channel_id=CHANNEL)
    checked = await warmup_actions.press(app, at(BOB), f"team:{team.id}")
    assert checked.reply == "✅ Checked in! 1 teammate so far. 🔥 Streak: 1 day. See you tomorrow!"
    assert checked.refresh is not None and checked.refresh.id == team.id and not checked.public
    # On a shared screen (the console) the reply says whose press it was, as a structured member.
    shared = await warmup_actions.press(app, at(ALICE, shared=True), f"team:{team.id}")
    assert isinstance(shared.reply, Text) and Mention("user", ALICE) in shared.reply.parts
    assert "checked in! 2 teammates so far." in shared.reply

    clock.advance(hours=1)  # past the check-in window: refused, and the card (maybe still open) is closed
    late = await warmup_actions.press(app, at(102 + 1), f"team:{team.id}")
    assert late.refused is not None and "has closed" in str(late.refused)
    assert late.closed is not None and late.closed.id == team.id
    elsewhere = await warmup_actions.press(app, Presser(103, GUILD, CHANNEL + 1), f"team:{team.id}")
    assert elsewhere.refused is not None and elsewhere.closed is None  # not the channel it was posted in

    technique = await warmup_actions.press(app, at(BOB), "technique")
    assert isinstance(technique.reply, Card) and technique.reply.title == "Butt kick technique"
    assert (await warmup_actions.press(app, at(BOB), "frobnicate")).reply == warmup_actions.GONE


async def test_data_press_only_for_its_member_keep_and_forget(app: App) -> None:
    await warmup.log_drill(app, guild_id=GUILD, user_id=ALICE, duration=45)
    with pytest.raises(Problem, match="for someone else"):
        await data_actions.press(app, at(BOB), f"forget:{ALICE}")
    kept = await data_actions.press(app, at(ALICE), f"keep:{ALICE}")
    assert kept.edit is not None and kept.edit.lines == ("Nothing was deleted.",) and not kept.spent
    gone = await data_actions.press(app, at(ALICE), f"forget:{ALICE}")
    assert gone.edit is not None and gone.spent and not gone.edit.buttons
    assert "Deleted 1 drill and 0 personal reminders." in gone.edit.lines[0]
    assert (await data_actions.press(app, at(ALICE), f"forget:{ALICE}")).edit.lines[0].startswith(  # type: ignore[union-attr]
        "Deleted 0 drills")  # nothing left
    assert (await data_actions.press(app, at(ALICE), f"undo:{ALICE}")).reply == "This button no longer does anything."


async def test_coach_press_answers_whoever_pressed(app: App) -> None:
    entry = next(e for e in app.coach.kb.entries if e.more is not None)
    more = await coach_actions.press(app, at(BOB), f"more:{entry.id}")
    assert more.reply == app.coach.more_card(entry.id) and not more.public and more.edit is None
    related = await coach_actions.press(app, at(BOB), f"entry:{entry.id}")
    assert isinstance(related.reply, Card) and related.reply.lines == (app.coach.answer_entry(entry.id).text,)
    muscles = await coach_actions.press(app, at(BOB), "muscles")
    assert isinstance(muscles.reply, Card) and (muscles.reply.image_png or b"").startswith(b"\x89PNG")
    unknown = await coach_actions.press(app, at(BOB), "frobnicate")
    assert isinstance(unknown.reply, Card) and unknown.reply.declined  # the coach's "I can't help with that"


async def test_reminder_press_snooze_start_and_one_team_warmup_per_channel(app: App, clock: FixedClock) -> None:
    mine = await add_reminder(app, guild_id=0, user_id=ALICE, time="7am", days="daily", timezone="UTC",
                              personal=True)
    with pytest.raises(Problem, match="no longer exists"):  # someone else's personal reminder, named by id
        await reminder_actions.press(app, at(BOB), f"snooze:{mine.id}")
    snoozed = await reminder_actions.press(app, at(ALICE, guild=0), f"snooze:{mine.id}")
    until = clock.now() + timedelta(minutes=10)
    assert isinstance(snoozed.reply, Card) and Timestamp(until, "R") in snoozed.reply.lines[0].parts  # type: ignore[union-attr]
    assert (await get_reminder(app, mine.id)).snoozed_until == until  # type: ignore[union-attr]
    start = await reminder_actions.press(app, at(ALICE, guild=0), f"start:{mine.id}")
    assert isinstance(start.reply, Card) and start.public and start.opened is None and "Warm-up" in start.reply.title

    team = await add_reminder(app, guild_id=GUILD, user_id=ALICE, time="6pm", days="daily", timezone="UTC",
                              channel_id=CHANNEL)
    with pytest.raises(Problem, match="no longer exists"):  # a forged id from another server
        await reminder_actions.press(app, at(BOB, guild=GUILD + 1), f"team:{team.id}")
    opened = await reminder_actions.press(app, at(BOB), f"team:{team.id}")  # any member may open it
    assert opened.public and opened.opened is not None and opened.opened.team
    assert isinstance(opened.reply, Card) and opened.reply.title.startswith("Team warm-up")
    await record_message(app, opened.opened.id, CHANNEL, 555)  # as the front end does once it is posted
    again = await reminder_actions.press(app, at(ALICE), f"team:{team.id}")
    assert isinstance(again.reply, Card) and again.opened is None and not again.public
    [line] = again.reply.lines  # a reference to the posted card, which each front end renders
    assert line == text("A team warm-up is already on: ", MessageRef(GUILD, CHANNEL, 555))
    assert discord_text(line) == f"A team warm-up is already on: https://discord.com/channels/{GUILD}/{CHANNEL}/555"
    assert str(line) == f"A team warm-up is already on: the card in #channel {CHANNEL}"


async def test_discord_and_console_show_the_same_text_for_the_same_press(fake_discord: FakeDiscord,
                                                                         app: App) -> None:
    """A personal warm-up's Done: Discord edits the card, the console prints the card it became. The text is
    the same, but for Discord's bold markers, which a terminal cannot show."""
    fake = fake_discord
    guild = fake.add_guild(name="Runners")
    alice = fake.add_member(guild, name="alice")
    async with coach_bot(fake, app):
        card = await (await fake.slash("warmup", user=alice, guild=guild, options={"duration": 30})).wait_original()
        await (await fake.click(card, card.custom_ids()[0], user=alice)).wait_response()
        discord_done = card.embeds[0]
        forget = await (await fake.slash("forget-me", user=alice, guild=guild)).wait_original()
        keep = next(c for c in forget.custom_ids() if c.startswith("data:keep:"))
        discord_kept = (await (await fake.click(forget, keep, user=alice)).wait_response()).embeds[0]

    console = Console(app, user_id=1, user_name="coach", out=io.StringIO())
    load_plugins(console)
    try:
        console.print(await console.handle("/warmup 30"))
        console.out = io.StringIO()
        console.print(await console.handle("done"))
        console_done = console.out.getvalue()
        console.print(await console.handle("/forget-me"))
        console.out = io.StringIO()
        console.print(await console.handle("keep it"))
        console_kept = console.out.getvalue()
    finally:
        await console.stop()

    assert "Done and logged" in discord_done["description"]
    assert f"== {discord_done['title']} ==\n{discord_done['description'].replace('**', '')}\n" in console_done
    assert f"== {discord_kept['title']} ==\n{discord_kept['description']}\n" in console_kept
