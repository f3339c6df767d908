"""The weekly recap: due once a week at the server's local time, claimed once across restarts and processes,
members × days chart; end to end through /settings recap and the stand-in."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from PIL import Image

from bot.app import App
from bot.clock import FixedClock
from bot.discord.render import discord_text
from bot.recap.chart import render_week
from bot.recap.delivery import RecapDelivery
from bot.recap.queries import outcome
from bot.recap.rules import KEEP_POSTS
from bot.recap.service import build_recap, claim_due, get_recap, preview_recap, set_recap, week_attendance
from bot.roster.service import roster_of
from bot.settings.service import update_settings
from bot.warmup import service as core
from tests.conftest import DatabaseFactory
from tests.doubles import RecordingSender
from tests.harness import coach_bot
from tests.standin import FakeDiscord

MONDAY = datetime(2026, 6, 15, 12, tzinfo=UTC)  # the clock fixture's now


async def test_due_once_a_week_in_the_servers_zone(app: App, clock: FixedClock, databases: DatabaseFactory) -> None:
    await update_settings(app, 1, timezone="America/New_York")
    await set_recap(app, 1, 555, weekday=0, hour=18, minute=0)  # Mondays 18:00 New York = 22:00 UTC
    clock.at = MONDAY.replace(hour=21, minute=59)
    assert await claim_due(app) == []
    clock.at = MONDAY.replace(hour=22)
    (recap, week, day), = await claim_due(app, claimer="p1")
    assert (recap.guild_id, week, day) == (1, date(2026, 6, 15), date(2026, 6, 15))
    assert await outcome(app, 1, week) == ("sending", None)  # in the outbox until the post is confirmed
    assert await claim_due(app) == []  # claimed: a restart or a second check does not post it again
    other = App(replace(app.config), db=databases.share(app.db), clock=clock)  # a second process
    assert await claim_due(other) == []
    await set_recap(app, 1, None)
    await set_recap(app, 1, 555, weekday=0, hour=18, minute=0)  # off and on again: the week stays claimed
    assert await claim_due(other) == []
    clock.at = MONDAY + timedelta(days=7, hours=10)  # next Monday 22:00 UTC: due again
    assert [w for _r, w, _d in await claim_due(app)] == [date(2026, 6, 22)]
    clock.at = MONDAY + timedelta(days=16, hours=10)  # Wednesday after a missed Monday: more than a day late
    assert await claim_due(app) == []
    assert await claim_due(app, guild_ids={2}) == []  # another process's guilds are not touched
    assert await set_recap(app, 1, None) is None and await get_recap(app, 1) is None


async def test_week_chart_counts_the_team(app: App, clock: FixedClock) -> None:
    for back, users in ((7, (1, 2)), (6, (1,)), (2, (1, 3)), (1, (2,))):
        clock.at = MONDAY - timedelta(days=back)
        for u in users:
            await core.log_drill(app, guild_id=1, user_id=u)
    clock.at = MONDAY
    await roster_of(app).seen(1, 1, "Ann", [9])
    await roster_of(app).seen(1, 2, "Bob", [9])
    week = await week_attendance(app, 1, date(2026, 6, 8))
    assert week.rows == (("Ann", frozenset({0, 1, 5})), ("Bob", frozenset({0, 6})), ("member …3", frozenset({5})))
    assert (week.members, week.member_days) == (3, 6)
    await update_settings(app, 1, team_role_id=9)  # a team role: only its holders per the roster
    card = await build_recap(app, 1, date(2026, 6, 15))
    assert "**2** members drilled on **5** days" in discord_text(card.lines[0])  # the counts stand out (bold)
    assert "2 members drilled on 5 days" in card.lines[0] and "Mon 08 Jun – Sun 14 Jun" in card.lines[0]
    img = Image.open(io.BytesIO(render_week(await week_attendance(app, 1, date(2026, 6, 8)))))
    assert img.size[0] > 300 and img.size[1] > 100
    empty = await build_recap(app, 1, date(2026, 1, 5))
    assert empty.lines[0].startswith("Nobody on the team drilled") and empty.image_png


async def test_weekly_totals_under_the_chart(app: App, clock: FixedClock) -> None:
    """The last 6 weeks' team member-days (the bar chart under the members × days chart)."""
    for back, users in ((1, (1, 2)), (2, (1,)), (8, (1, 2, 3)), (36, (2,)), (42, (1,)), (43, (3,))):
        clock.at = MONDAY - timedelta(days=back)
        for u in users:
            await core.log_drill(app, guild_id=1, user_id=u)
    clock.at = MONDAY
    week = await week_attendance(app, 1, date(2026, 6, 8))
    # 42 days back is Mon 04 May, the first day of the oldest span; 43 days back (Sun 03 May) is outside.
    assert week.history == ((date(2026, 5, 4), 2), (date(2026, 5, 11), 0), (date(2026, 5, 18), 0),
                            (date(2026, 5, 25), 0), (date(2026, 6, 1), 3), (date(2026, 6, 8), 3))
    with_totals = Image.open(io.BytesIO(render_week(week)))
    without = Image.open(io.BytesIO(render_week(replace(week, history=()))))
    assert with_totals.size[1] - without.size[1] >= 140  # the bars are drawn under the chart
    # The card is opaque (the same on dark and light themes) and its bars use the bright palette colours.
    assert with_totals.mode == "RGB" and (144, 215, 67) in {c for _n, c in with_totals.getcolors(1 << 16)}


async def test_preview_is_this_weeks_recap_and_posts_nothing(app: App, clock: FixedClock) -> None:
    """The console's /recap: the 7 days up to today in the server's zone, with its picture; nothing claimed."""
    await update_settings(app, 1, timezone="Asia/Tokyo")  # Mon 12:00 UTC is Mon 21:00 in Tokyo
    await set_recap(app, 1, 555, weekday=0, hour=18, minute=0)
    clock.at = MONDAY - timedelta(days=6)  # Tue 09 Jun
    await core.log_drill(app, guild_id=1, user_id=7)
    clock.at = MONDAY
    card = await preview_recap(app, 1)
    assert "Tue 09 Jun – Mon 15 Jun" in card.lines[0]
    assert "**1** member drilled on **1** day" in discord_text(card.lines[0])
    assert card.image_png and card.image_png.startswith(b"\x89PNG")
    assert await outcome(app, 1, date(2026, 6, 15)) is None and (await get_recap(app, 1)).last_week is None


async def test_recap_posted_once_across_restarts(fake_discord: FakeDiscord, app: App, clock: FixedClock) -> None:
    fake = fake_discord
    guild = fake.add_guild(name="Runners")
    recaps = fake.add_channel(guild, "recaps")
    coach = fake.add_member(guild, name="coach", roles=[fake.add_role(guild, "Coaches", permissions=1 << 5)])
    await core.log_drill(app, guild_id=guild.id, user_id=coach.id, when="yesterday")
    async with coach_bot(fake, app) as bot:
        resp = await (await fake.slash("settings", user=coach, guild=guild, subcommand="recap",
                                       options={"channel": recaps, "weekday": 0, "time": "6pm"})).wait_response()
        assert resp.ephemeral and resp.embeds, resp.content
        assert "Weekly recap: Mondays at 18:00" in resp.embeds[0]["description"]
        bad = await (await fake.slash("settings", user=coach, guild=guild, subcommand="recap",
                                      options={"channel": recaps, "time": "25:00"})).wait_response()
        assert bad.ephemeral and "“25:00” is not a time of day" in bad.content
        cog = bot.get_cog("RecapCog")
        assert await cog.tick() == 0  # 12:00: not yet
        clock.at = MONDAY.replace(hour=18, minute=1)
        assert await cog.tick() == 1 and await cog.tick() == 0
        posted = fake.bot_messages(recaps.id)
        assert len(posted) == 1 and posted[0].embeds[0]["title"] == "Weekly recap"
        assert posted[0].files[0].filename == "weekly-recap.png" and posted[0].files[0].data.startswith(b"\x89PNG")
        assert "**1** member drilled on **1** day" in posted[0].embeds[0]["description"]
    async with coach_bot(fake, app) as bot:  # restarted the same evening: not posted again
        assert await bot.get_cog("RecapCog").tick() == 0
    assert len(fake.bot_messages(recaps.id)) == 1
    fake.assert_clean()


async def test_console_recap_shows_this_week_and_writes_the_chart(app: App, clock: FixedClock) -> None:
    """/recap in the console (bot/console/recap.py, loaded like the other console plugins)."""
    from bot.console import Console, load_plugins

    clock.at = MONDAY - timedelta(days=1)
    await core.log_drill(app, guild_id=1, user_id=1)  # the console's own server (CONSOLE_GUILD_ID)
    clock.at = MONDAY
    out = io.StringIO()
    console = Console(app, out=out)
    load_plugins(console)
    console.print(await console.handle("/recap"))
    text = out.getvalue()
    assert "Weekly recap" in text and "1 member drilled on 1 day" in text and "Tue 09 Jun – Mon 15 Jun" in text
    png = app.config.data_dir / "weekly-recap.png"
    assert f"(chart written to {png})" in text and png.read_bytes().startswith(b"\x89PNG")
    assert await outcome(app, 1, date(2026, 6, 15)) is None  # nothing posted or claimed


async def test_outbox_rows_are_kept_eight_weeks_then_pruned_by_the_check(app: App, clock: FixedClock) -> None:
    """One row per server and week would pile up forever: the hourly check forgets rows older than eight
    weeks (a week can only be claimed within a day of its time, so an old row guards nothing)."""
    sender = RecordingSender()
    delivery = RecapDelivery(app, sender)
    await set_recap(app, 1, 555, weekday=0, hour=18, minute=0)
    clock.at = MONDAY.replace(hour=18, minute=1)
    assert await delivery.tick() == 1
    first = date(2026, 6, 15)
    assert await outcome(app, 1, first) == ("sent", sender.sent[0].id)
    clock.at += KEEP_POSTS - timedelta(hours=2)  # a Monday, 16:01: eight weeks less two hours: kept
    assert await delivery.tick() == 0 and await outcome(app, 1, first) is not None
    clock.at += timedelta(hours=2, minutes=1)  # 18:02, past eight weeks: this week posts, the first is forgotten
    assert await delivery.tick() == 1
    assert await outcome(app, 1, first) is None
    assert await outcome(app, 1, first + KEEP_POSTS) is not None
    assert await delivery.tick() == 0 and len(sender.sent) == 2  # nothing posted twice
