"""Reminders end to end: the real bot (all cogs, scheduler) against the Discord stand-in."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta

from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED, EVENT_JOB_MISSED, JobEvent
from sqlalchemy import func, select

from bot.app import App
from bot.clock import FixedClock
from bot.reminders import queries
from bot.reminders.cards import drill_of_the_day
from bot.reminders.service import ReminderService, job_id
from bot.settings.service import update_settings
from bot.warmup.service import get_session
from bot.warmup.variations import VARIATIONS
from db.models import Reminder, WarmupSession
from tests.harness import coach_bot, eventually
from tests.standin import FakeDiscord

MANAGE_GUILD = 1 << 5


def world(fake: FakeDiscord):  # type: ignore[no-untyped-def]
    guild = fake.add_guild(name="Runners")
    admin = guild.members[guild.owner_id]
    team = fake.add_role(guild, "Sprinters", mentionable=True)
    athlete = fake.add_member(guild, name="alice", roles=[team])
    training = fake.add_channel(guild, "training")
    return guild, admin, team, athlete, training


async def count(app: App, model: type) -> int:
    async def work(s):  # type: ignore[no-untyped-def]
        return await s.scalar(select(func.count()).select_from(model))

    return await app.db.run(work)


def service_of(bot) -> ReminderService:  # type: ignore[no-untyped-def]
    return bot.get_cog("Reminders").service


async def fire_now(app: App, reminder_id: int) -> None:
    """Make the real scheduler run the reminder's job now (the app's FixedClock says which occurrence), and
    return when that run has finished (APScheduler's executed/error event comes after the job's coroutine)."""
    jid = job_id(reminder_id)
    finished = asyncio.Event()

    def listener(event: JobEvent) -> None:
        if event.job_id == jid:
            finished.set()

    app.scheduler.add_listener(listener, EVENT_JOB_EXECUTED | EVENT_JOB_ERROR | EVENT_JOB_MISSED)
    try:
        app.scheduler.modify_job(jid, next_run_time=datetime.now(UTC))
        await asyncio.wait_for(finished.wait(), timeout=10)
    finally:
        app.scheduler.remove_listener(listener)


async def test_due_reminder_posts_mentions_only_its_role_and_starts_team_warmup(
        fake_discord: FakeDiscord, app: App, clock: FixedClock) -> None:
    fake = fake_discord
    guild, admin, team, athlete, training = world(fake)
    async with coach_bot(fake, app) as bot:
        ix = await fake.slash("reminder", subcommand="add", user=admin, guild=guild, options={
            "time": "12:01", "days": "weekdays", "timezone": "UTC", "channel": training, "role": team,
            "message": "Warm up @everyone and <@123>!"})
        resp = await ix.wait_response()
        assert resp.ephemeral and "Reminder saved" in resp.embeds[0]["title"]
        rid = int(resp.embeds[0]["description"].split("**#")[1].split("**")[0])
        assert app.scheduler.get_job(job_id(rid)) is not None
        clock.at = datetime(2026, 6, 15, 12, 1, 2, tzinfo=UTC)  # a Monday: due now
        await fire_now(app, rid)
        post = await fake.wait_for_message(lambda m: m.channel_id == training.id)
        assert post.content == f"<@&{team.id}>"
        assert post.allowed_mentions is not None
        assert post.allowed_mentions.get("parse") == []
        assert [int(r) for r in post.allowed_mentions["roles"]] == [team.id]
        assert "users" not in post.allowed_mentions
        embed = post.embeds[0]
        assert embed["title"] == "Warm-up time" and "Drill of the day" in embed["description"]
        assert "@everyone" not in embed["description"] and "<@123>" not in embed["description"]
        # The same occurrence again (a duplicate job, a restart): no second post.
        await fire_now(app, rid)
        assert len(fake.bot_messages(training.id)) == 1

        click = await fake.click(post, f"reminder:team:{rid}", user=athlete)
        answer = await click.wait_response()
        assert answer.type == 4 and not answer.ephemeral
        assert answer.embeds[0]["title"].startswith("Team warm-up")
        drill = drill_of_the_day(date(2026, 6, 15))
        assert VARIATIONS[drill].label.lower() in answer.embeds[0]["title"]  # today's drill, as the post said

        async def sessions(s):  # type: ignore[no-untyped-def]
            return list(await s.scalars(select(WarmupSession)))

        [session] = await app.db.run(sessions)
        assert session.team and session.channel_id == training.id and session.variation == drill.value
        for _ in range(50):  # the card's message id is recorded just after the response (check-ins edit it)
            if (await get_session(app, session.id)).message_id is not None:
                break
            await asyncio.sleep(0.05)
        assert answer.message is not None and (await get_session(app, session.id)).message_id == answer.message.id
        again = await fake.click(post, f"reminder:team:{rid}", user=admin)  # one team session is enough
        reply = await again.wait_response()
        assert reply.ephemeral and "already on" in reply.embeds[0]["description"]
        jump = f"https://discord.com/channels/{guild.id}/{training.id}/{answer.message.id}"  # to the open card
        assert jump in reply.embeds[0]["description"]
        assert len(await app.db.run(sessions)) == 1
        assert service_of(bot).owned[rid].id == rid  # the cog's service holds the job that fired


async def test_bad_input_is_a_polite_ephemeral_error_and_saves_nothing(fake_discord: FakeDiscord, app: App) -> None:
    guild, admin, _team, _athlete, _training = world(fake_discord)
    async with coach_bot(fake_discord, app):
        for options, words in [({"time": "25:61"}, "time"), ({"time": "6pm", "timezone": "Mars/Base"}, "time zone"),
                               ({"time": "6pm", "days": "funday"}, "day")]:
            ix = await fake_discord.slash("reminder", subcommand="add", user=admin, guild=guild, options=options)
            resp = await ix.wait_response()
            assert resp.ephemeral and words in (resp.content or "") and "Something went wrong" not in resp.content
        choices = await fake_discord.autocomplete("reminder", subcommand="add", user=admin, guild=guild,
                                                  options={"time": "6pm", "timezone": "londo"}, focused="timezone")
        assert "Europe/London" in [c["value"] for c in choices]
    assert await count(app, Reminder) == 0


async def test_only_coaches_manage_reminders(fake_discord: FakeDiscord, app: App) -> None:
    fake = fake_discord
    guild, _admin, _team, athlete, _training = world(fake)
    coach_role = fake.add_role(guild, "Coach")
    coach = fake.add_member(guild, name="coach", roles=[coach_role])
    await update_settings(app, guild.id, coach_role_id=coach_role.id)
    async with coach_bot(fake, app):
        ix = await fake.slash("reminder", subcommand="add", user=athlete, guild=guild, options={"time": "6pm"})
        resp = await ix.wait_response()
        assert resp.ephemeral and "Only coaches" in resp.content
        assert await count(app, Reminder) == 0
        ix = await fake.slash("reminder", subcommand="add", user=coach, guild=guild, options={"time": "6pm"})
        assert "Reminder saved" in (await ix.wait_response()).embeds[0]["title"]
        ix = await fake.slash("reminder", subcommand="list", user=athlete, guild=guild)
        assert "Only coaches" in (await ix.wait_response()).content
        ix = await fake.slash("reminder", subcommand="list", user=coach, guild=guild)
        listing = (await ix.wait_response()).embeds[0]["description"]
        assert "18:00 every day (UTC)" in listing and "<t:" in listing and ":F>" in listing
    assert await count(app, Reminder) == 1


async def test_closed_dms_are_counted_and_the_member_told_next_time(fake_discord: FakeDiscord, app: App,
                                                                     clock: FixedClock) -> None:
    fake = fake_discord
    guild, _admin, _team, athlete, _training = world(fake)
    async with coach_bot(fake, app):
        ix = await fake.slash("remindme", subcommand="add", user=athlete, guild=guild, options={"time": "12:30"})
        rid = int((await ix.wait_response()).embeds[0]["description"].split("**#")[1].split("**")[0])
        clock.at = datetime(2026, 6, 15, 12, 30, 1, tzinfo=UTC)
        await fire_now(app, rid)  # DMs open: delivered, with Snooze / Start warm-up
        dm = await fake.wait_for_message(lambda m: m.channel_id == fake.dm_channel(athlete.user).id)
        assert dm.custom_ids() == [f"reminder:snooze:{rid}", f"reminder:start:{rid}"]
        click = await fake.click(dm, f"reminder:snooze:{rid}", user=athlete.user)
        assert "Snoozed" in (await click.wait_response()).embeds[0]["description"]
        assert (await queries.get(app, rid)).snoozed_until == clock.now() + timedelta(minutes=10)  # type: ignore[union-attr]
        click = await fake.click(dm, f"reminder:start:{rid}", user=athlete.user)
        assert (await click.wait_response()).embeds[0]["title"].startswith("Warm-up: butt kicks")
        fake.set_dms_closed(athlete.user)
        clock.at = datetime(2026, 6, 16, 12, 30, 1, tzinfo=UTC)
        await fire_now(app, rid)
        ix = await fake.slash("remindme", subcommand="list", user=athlete, guild=guild)
        text = (await ix.wait_response()).embeds[0]["description"]
        assert "don't accept DMs" in text and f"#{rid}" in text
        ix = await fake.slash("remindme", subcommand="list", user=athlete, guild=guild)
        assert "DMs" not in (await ix.wait_response()).embeds[0]["description"]  # told once


async def test_deleted_channel_and_missing_permission_disable_after_three_failures(
        fake_discord: FakeDiscord, app: App, clock: FixedClock) -> None:
    fake = fake_discord
    guild, admin, _team, _athlete, training = world(fake)
    async with coach_bot(fake, app):
        ids = []
        for channel in (training, guild.default_channel):
            ix = await fake.slash("reminder", subcommand="add", user=admin, guild=guild,
                                  options={"time": "12:30", "channel": channel})
            ids.append(int((await ix.wait_response()).embeds[0]["description"].split("**#")[1].split("**")[0]))
        fake.delete_channel(training)
        fake.deny_send(guild.default_channel)  # type: ignore[arg-type]
        for day in range(3):
            clock.at = datetime(2026, 6, 15 + day, 12, 30, 1, tzinfo=UTC)
            for rid in ids:
                await fire_now(app, rid)
        assert all(app.scheduler.get_job(job_id(rid)) is None for rid in ids)
        ix = await fake.slash("reminder", subcommand="list", user=admin, guild=guild)
        text = (await ix.wait_response()).embeds[0]["description"]
        assert "deleted" in text and "not allowed to post" in text and text.count("disabled") == 2
    assert not fake.bot_messages(training.id)


async def test_undeliverable_dm_notice_arrives_on_any_next_command(
        fake_discord: FakeDiscord, app: App, clock: FixedClock) -> None:
    fake = fake_discord
    guild, _admin, _team, athlete, _training = world(fake)
    async with coach_bot(fake, app) as bot:
        # The notice is sent by the bot's on_app_command_completion hook: record when it has finished for an
        # interaction, the signal that a notice it would send has been sent by then.
        finished: set[int] = set()
        hook = bot.on_app_command_completion

        async def tracked(interaction, command):  # type: ignore[no-untyped-def]
            try:
                await hook(interaction, command)
            finally:
                finished.add(interaction.id)

        bot.on_app_command_completion = tracked
        ix = await fake.slash("remindme", subcommand="add", user=athlete, guild=guild, options={"time": "12:30"})
        rid = int((await ix.wait_response()).embeds[0]["description"].split("**#")[1].split("**")[0])
        fake.set_dms_closed(athlete.user)
        clock.at = datetime(2026, 6, 15, 12, 30, 1, tzinfo=UTC)
        await fire_now(app, rid)
        ix = await fake.slash("about", user=athlete, guild=guild)
        assert (await ix.wait_response()).embeds[0]["title"] == "Butt Kick Coach"  # the answer comes first
        notice = await ix.wait_followup()
        assert notice.ephemeral and "DMs" in notice.content
        ix = await fake.slash("about", user=athlete, guild=guild)
        await ix.wait_response()
        await eventually(lambda: ix.id in finished, what="the notice check after the second command")
        assert not ix.followups  # told once
