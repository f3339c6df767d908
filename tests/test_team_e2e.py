"""Who counts as the team, end to end, through a stand-in that shows the bot only what Discord shows a bot
without the members intent: the team is the team role's holders the bot has seen (bot.roster.service)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.app import App
from bot.config import ConfigError, load_config
from bot.discord.client import intents
from bot.roster.service import roster_of
from bot.settings.service import update_settings
from bot.warmup import service as core
from tests.harness import coach_bot, eventually
from tests.standin import FakeDiscord, FakeGuild, FakeMember, FakeRole
from tests.standin.gateway import INTENT_GUILD_MEMBERS

MANAGE_GUILD = 1 << 5


def world(fake: FakeDiscord) -> tuple[FakeGuild, FakeRole, FakeMember, list[FakeMember], FakeMember]:
    guild = fake.add_guild(name="Runners")
    team = fake.add_role(guild, "Team")
    coach = fake.add_member(guild, name="coach", roles=[fake.add_role(guild, "Coaches", permissions=MANAGE_GUILD)])
    runners = [fake.add_member(guild, name=n, roles=[team]) for n in ("alice", "bob", "carol")]
    runners[0].nick = "Ali"
    outsider = fake.add_member(guild, name="dave")
    return guild, team, coach, runners, outsider


def text(resp) -> str:  # type: ignore[no-untyped-def]
    e = resp.embeds[0]
    return "\n".join([e.get("description", ""), *(f"{f['name']}: {f['value']}" for f in e.get("fields", [])),
                      e.get("footer", {}).get("text", "")])


async def test_team_role_holders_count_for_a_non_member_and_drop_out_when_the_role_goes(
        fake_discord: FakeDiscord, app: App) -> None:
    fake = fake_discord
    guild, team, coach, (alice, bob, carol), dave = world(fake)
    async with coach_bot(fake, app) as bot:
        g = bot.get_guild(guild.id)
        assert g is not None and {m.id for m in g.members} == {fake.bot_user.id}  # as Discord: no member list
        resp = await (await fake.slash("settings", user=coach, guild=guild, subcommand="team_role",
                                       options={"role": team})).wait_response()
        assert resp.ephemeral and "Team role saved" in text(resp)
        for runner in (alice, bob, carol):
            resp = await (await fake.slash("log", user=runner, guild=guild)).wait_response()
            assert "logged" in text(resp)

        board = text(await (await fake.slash("leaderboard", user=dave, guild=guild)).wait_response())
        assert all(f"**{n}** — **1 day** · 1 drill" in board for n in ("Ali", "bob", "carol")), board
        assert "dave" not in board
        team_card = text(await (await fake.slash("team", user=dave, guild=guild)).wait_response())
        assert "**3** checked in" in team_card and "3 members with the team role that I have seen" in team_card
        assert "**Ali**" in team_card

        # Carol loses the role; the next time Discord shows her to the bot (any command), she is out.
        carol.roles.remove(team.id)
        await (await fake.slash("streak", user=carol, guild=guild)).wait_response()
        team_card = text(await (await fake.slash("team", user=dave, guild=guild)).wait_response())
        assert "**2** checked in" in team_card and "carol" not in team_card
        board = text(await (await fake.slash("leaderboard", user=dave, guild=guild)).wait_response())
        assert "carol" not in board and "**bob**" in board

        # A button click refreshes the roster too: Carol gets the role back and clicks Done on a warm-up.
        carol.roles.append(team.id)
        card = await (await fake.slash("warmup", user=carol, guild=guild)).wait_original()
        await (await fake.click(card, card.custom_ids()[0], user=carol)).wait_response()
        team_card = text(await (await fake.slash("team", user=dave, guild=guild)).wait_response())
        assert "**3** checked in" in team_card
    fake.assert_clean()


async def _role_holders_drilled_before_using_the_bot(fake: FakeDiscord, app: App) -> tuple[FakeGuild, FakeMember]:
    guild, team, _coach, runners, dave = world(fake)
    await update_settings(app, guild.id, team_role_id=team.id)
    for runner in runners:  # e.g. logged from the console, or before the team role was set
        await core.log_drill(app, guild_id=guild.id, user_id=runner.id)
    return guild, dave


async def test_without_the_members_intent_unseen_role_holders_do_not_count(fake_discord: FakeDiscord,
                                                                           app: App) -> None:
    guild, dave = await _role_holders_drilled_before_using_the_bot(fake_discord, app)
    async with coach_bot(fake_discord, app):
        team_card = text(await (await fake_discord.slash("team", user=dave, guild=guild)).wait_response())
    assert "**0** checked in" in team_card and "counts from the first time they use me" in team_card


async def test_with_the_members_intent_the_roster_is_seeded_from_the_member_list(fake_discord: FakeDiscord,
                                                                                 app: App) -> None:
    fake = fake_discord
    guild, dave = await _role_holders_drilled_before_using_the_bot(fake, app)
    fake.gateway.privileged_enabled = INTENT_GUILD_MEMBERS  # switched on in the Developer Portal
    app.config = replace(app.config, members_intent=True)
    g = fake.guilds[guild.id]
    carol, bob = (next(m for m in g.members.values() if m.name == n) for n in ("carol", "bob"))
    async with coach_bot(fake, app):
        await eventually(lambda: roster_of(app).writes >= 1, what="the roster seeded from GUILD_CREATE")
        team_card = text(await (await fake.slash("team", user=dave, guild=guild)).wait_response())
        assert "**3** checked in" in team_card and "**Ali**" in team_card
        # Member events (this intent only): Carol loses the role, Bob leaves; neither uses the bot.
        carol.roles.clear()
        await fake.dispatch("GUILD_MEMBER_UPDATE", {**carol.to_dict(), "guild_id": str(guild.id)}, guild_id=guild.id)
        await fake.dispatch("GUILD_MEMBER_REMOVE", {"user": bob.user.to_dict(), "guild_id": str(guild.id)},
                            guild_id=guild.id)
        await eventually(lambda: (guild.id, carol.id) not in roster_of(app)._known
                         or roster_of(app)._known[guild.id, carol.id][1] == frozenset(), what="Carol's update")
        await eventually(lambda: (guild.id, bob.id) not in roster_of(app)._known, what="Bob's removal")
        team_card = text(await (await fake.slash("team", user=dave, guild=guild)).wait_response())
    assert "**1** checked in: **Ali**" in team_card
    fake.assert_clean()


async def test_log_once_a_day_recent_days_and_undo_in_discord(fake_discord: FakeDiscord, app: App) -> None:
    fake = fake_discord
    guild, _team, _coach, (alice, bob, _carol), _dave = world(fake)
    async with coach_bot(fake, app):
        async def log(options: dict[str, object]):  # type: ignore[no-untyped-def]
            return await (await fake.slash("log", user=alice, guild=guild, options=options)).wait_response()

        first = await log({"when": "2 days ago", "duration": 60})
        assert first.ephemeral and "60 s of butt kicks logged for Saturday 13 June" in text(first)
        again = await log({"when": "2 days ago"})
        assert again.ephemeral and "already logged a drill for Saturday 13 June" in again.content
        old = await log({"when": "2026-06-01"})
        assert old.ephemeral and "“2026-06-01” (2026-06-01) is more than 6 days ago" in old.content
        typo = await log({"when": "yesterdya"})
        assert typo.ephemeral and "can't read “yesterdya” as a day" in typo.content
        choices = await fake.autocomplete("log", user=alice, guild=guild, focused="when", options={"when": "2"})
        assert [c["value"] for c in choices] == ["2 days ago"]
        undone = await log({"undo": True})
        assert undone.ephemeral and "Removed your 60 s drill logged for Saturday 13 June" in text(undone)
        nothing = await log({"undo": True})
        assert nothing.ephemeral and "no /log from the last 7 days" in nothing.content
        # Someone else's log is not theirs to undo.
        await (await fake.slash("log", user=bob, guild=guild)).wait_response()
        assert "no /log" in (await log({"undo": True})).content
    fake.assert_clean()


def test_members_intent_config_and_intents() -> None:
    assert load_config(env={}).members_intent is False
    assert load_config(env={"DISCORD_MEMBERS_INTENT": "true"}).members_intent is True
    with pytest.raises(ConfigError, match="DISCORD_MEMBERS_INTENT = 'maybe' is not valid: expected true or false"):
        load_config(env={"DISCORD_MEMBERS_INTENT": "maybe"})
    assert not intents().members and intents(members=True).members
    assert not intents(members=True).presences and not intents(members=True).message_content


async def test_a_mention_message_puts_its_author_on_the_roster(fake_discord: FakeDiscord, app: App) -> None:
    fake = fake_discord
    guild, team, _coach, (alice, _bob, _carol), dave = world(fake)
    await update_settings(app, guild.id, team_role_id=team.id)
    await core.log_drill(app, guild_id=guild.id, user_id=alice.id)
    async with coach_bot(fake, app):
        before = text(await (await fake.slash("team", user=dave, guild=guild)).wait_response())
        assert "**0** checked in" in before
        await fake.send_user_message(guild.default_channel, author=alice, content="what muscles do butt kicks work?",
                                     mention_bot=True)
        await eventually(lambda: roster_of(app).writes >= 2, what="Ali's message recorded")  # dave, then Ali
        after = text(await (await fake.slash("team", user=dave, guild=guild)).wait_response())
    assert "**1** checked in: **Ali**" in after
