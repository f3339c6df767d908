"""The weekly recap: due once a week at the server's local time, claimed once across restarts and processes,
members × days chart; end to end through /settings recap and the stand-in."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from PIL import Image

from bot.app import App
from bot.clock import FixedClock
from bot.recap.chart import render_week
from bot.recap.service import build_recap, claim_due, get_recap, release, set_recap, week_attendance
from bot.roster.service import roster_of
from bot.settings.service import update_settings
from bot.warmup import service as core
from tests.conftest import DatabaseFactory
from tests.harness import coach_bot
from tests.standin import FakeDiscord

MONDAY = datetime(2026, 6, 15, 12, tzinfo=UTC)  # the clock fixture's now


async def test_due_once_a_week_in_the_servers_zone(app: App, clock: FixedClock, databases: DatabaseFactory) -> None:
    await update_settings(app, 1, timezone="America/New_York")
    await set_recap(app, 1, 555, weekday=0, hour=18, minute=0)  # Mondays 18:00 New York = 22:00 UTC
    clock.at = MONDAY.replace(hour=21, minute=59)
    assert await claim_due(app) == []
    clock.at = MONDAY.replace(hour=22)
    (recap, week, day), = await claim_due(app)
    assert (recap.guild_id, week, day) == (1, date(2026, 6, 15), date(2026, 6, 15))
    assert await claim_due(app) == []  # claimed: a restart or a second check does not post it again
    other = App(replace(app.config), db=databases.share(app.db), clock=clock)  # a second process
    assert await claim_due(other) == []
    await release(app, recap, week)  # the send failed: the next check retries
    assert [w for _r, w, _d in await claim_due(other)] == [week]
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
    assert "**2** members drilled on **5** days" in card.lines[0] and "Mon 08 Jun – Sun 14 Jun" in card.lines[0]
    img = Image.open(io.BytesIO(render_week(await week_attendance(app, 1, date(2026, 6, 8)))))
    assert img.size[0] > 300 and img.size[1] > 100
    empty = await build_recap(app, 1, date(2026, 1, 5))
    assert empty.lines[0].startswith("Nobody on the team drilled") and empty.image_png


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
