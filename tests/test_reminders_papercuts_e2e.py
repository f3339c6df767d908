"""Reminder and settings commands a new club admin trips over, end to end through the Discord stand-in: a test
post that pings nobody unless asked, notes on how the input was read (a bare hour, a fixed UTC offset), an
identical reminder refused, pausing twice, and the empty personal list after /forget-me naming the right command."""

from __future__ import annotations

from bot.app import App
from bot.reminders import queries
from db.models import Reminder
from tests.harness import coach_bot
from tests.standin import FakeDiscord
from tests.test_reminders_e2e import count, world


def reminder_number(resp) -> int:  # type: ignore[no-untyped-def]
    return int(resp.embeds[0]["description"].split("**#")[1].split("**")[0])


async def test_reminder_test_previews_without_pinging_unless_asked(fake_discord: FakeDiscord, app: App) -> None:
    fake = fake_discord
    guild, admin, team, _athlete, training = world(fake)
    async with coach_bot(fake, app):
        ix = await fake.slash("reminder", subcommand="add", user=admin, guild=guild,
                              options={"time": "18:00", "channel": training, "role": team})
        rid = reminder_number(await ix.wait_response())

        ix = await fake.slash("reminder", subcommand="test", user=admin, guild=guild, options={"reminder": rid})
        preview = await fake.wait_for_message(lambda m: m.channel_id == training.id)
        assert preview.content == f"<@&{team.id}>"  # looks like the real post …
        assert preview.allowed_mentions is not None  # … but Discord may notify nobody
        assert preview.allowed_mentions.get("parse") == [] and not preview.allowed_mentions.get("roles")
        assert not preview.allowed_mentions.get("users")
        assert "Test post" in preview.embeds[0]["footer"]["text"]
        answer = await ix.wait_original()
        assert answer.ephemeral and "without pinging anyone" in answer.content + str(answer.embeds)

        ix = await fake.slash("reminder", subcommand="test", user=admin, guild=guild,
                              options={"reminder": rid, "ping": True})
        pinged = await fake.wait_for_message(lambda m: m.channel_id == training.id and m.id != preview.id)
        assert pinged.allowed_mentions is not None
        assert [int(r) for r in pinged.allowed_mentions["roles"]] == [team.id]
        assert pinged.allowed_mentions.get("parse") == []
        assert "pinged" in str((await ix.wait_original()).embeds)
        assert (await queries.get(app, rid)).last_occurrence is None  # type: ignore[union-attr]  # not an occurrence


async def test_added_answer_confirms_a_bare_hour_and_a_fixed_offset_and_refuses_a_twin(
        fake_discord: FakeDiscord, app: App) -> None:
    fake = fake_discord
    guild, admin, _team, _athlete, training = world(fake)
    async with coach_bot(fake, app):
        ix = await fake.slash("reminder", subcommand="add", user=admin, guild=guild,
                              options={"time": "6", "days": "weekdays", "timezone": "UTC+2", "channel": training})
        resp = await ix.wait_response()
        text = resp.embeds[0]["description"]
        assert "06:00 (6 in the morning) — say 6pm for the evening." in text
        assert "UTC+2 is a fixed offset" in text and "daylight saving" in text
        rid = reminder_number(resp)

        ix = await fake.slash("reminder", subcommand="add", user=admin, guild=guild,
                              options={"time": "06:00", "days": "mon-fri", "timezone": "Etc/GMT-2",
                                       "channel": training})
        twin = await ix.wait_response()
        assert twin.ephemeral and f"Reminder #{rid} already goes at 06:00 weekdays" in twin.content
        assert await count(app, Reminder) == 1

        for expected in ("paused.", "was already paused"):
            ix = await fake.slash("reminder", subcommand="pause", user=admin, guild=guild, options={"reminder": rid})
            assert expected in (await ix.wait_response()).embeds[0]["description"]


async def test_empty_personal_list_after_forget_me_names_remindme_add(fake_discord: FakeDiscord, app: App) -> None:
    fake = fake_discord
    guild, _admin, _team, athlete, _training = world(fake)
    async with coach_bot(fake, app):
        await (await fake.slash("remindme", subcommand="add", user=athlete, guild=guild,
                                options={"time": "7am"})).wait_response()
        confirm = await (await fake.slash("forget-me", user=athlete, guild=guild)).wait_original()
        forget = next(c for c in confirm.custom_ids() if c.startswith("data:forget:"))
        gone = await (await fake.click(confirm, forget, user=athlete)).wait_response()
        assert "1 personal reminder" in gone.embeds[0]["description"]
        listing = await (await fake.slash("remindme", subcommand="list", user=athlete, guild=guild)).wait_response()
        assert "No reminders yet. Add one with /remindme add." in listing.embeds[0]["description"]


async def test_settings_timezone_as_a_fixed_offset_warns_until_a_place_is_set(
        fake_discord: FakeDiscord, app: App) -> None:
    """``UTC+2`` is a valid server zone, but every local day follows it: the settings card says it ignores
    daylight saving, for as long as it is set (a place's zone has no such note)."""
    fake = fake_discord
    guild, admin, _team, _athlete, _training = world(fake)
    async with coach_bot(fake, app):
        ix = await fake.slash("settings", subcommand="timezone", user=admin, guild=guild, options={"zone": "UTC+2"})
        saved = str((await ix.wait_response()).embeds)
        assert "Etc/GMT-2" in saved and "UTC+2 is a fixed offset" in saved and "daylight saving" in saved
        ix = await fake.slash("settings", subcommand="show", user=admin, guild=guild)
        assert "daylight saving" in str((await ix.wait_response()).embeds)
        ix = await fake.slash("settings", subcommand="timezone", user=admin, guild=guild,
                              options={"zone": "Europe/Berlin"})
        placed = str((await ix.wait_response()).embeds)
        assert "Europe/Berlin" in placed and "daylight saving" not in placed
