"""The stand-in shows a bot the members Discord would show it: without the privileged GUILD_MEMBERS intent,
GUILD_CREATE lists only the bot and the member list cannot be fetched; interactions still carry the invoker."""

from __future__ import annotations

import asyncio

import discord
import pytest
from discord.ext import commands

from tests.standin import FakeDiscord, run_bot
from tests.standin.gateway import INTENT_GUILD_MEMBERS


def make_bot(*, members: bool) -> tuple[commands.Bot, list[discord.Member]]:
    intents = discord.Intents.none()
    intents.guilds = True
    intents.members = members
    bot = commands.Bot(command_prefix="!", intents=intents, guild_ready_timeout=0.05)
    seen: list[discord.Member] = []

    @bot.tree.command(description="Who am I")
    async def whoami(interaction: discord.Interaction) -> None:
        assert isinstance(interaction.user, discord.Member)
        seen.append(interaction.user)
        await interaction.response.send_message("ok")

    async def setup_hook() -> None:
        await bot.tree.sync()

    bot.setup_hook = setup_hook  # type: ignore[method-assign]
    return bot, seen


async def test_without_members_intent_guild_create_carries_only_the_bot(fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    guild = fake.add_guild(name="Runners")
    team = fake.add_role(guild, "Team")
    alice = fake.add_member(guild, name="alice", roles=[team], nick="Ally")
    alice.user.global_name = "Alice A."
    fake.add_member(guild, name="bob", roles=[team])
    bot, seen = make_bot(members=False)
    async with run_bot(fake, bot):
        g = bot.get_guild(guild.id)
        assert g is not None and g.member_count == 4  # the count is real; the list is not
        assert {m.id for m in g.members} == {fake.bot_user.id}  # not even the owner
        assert g.get_role(team.id) is not None and g.get_role(team.id).members == []
        with pytest.raises(discord.Forbidden) as err:
            await bot.http.get_members(guild.id, 10, None)  # discord.py itself refuses
        assert err.value.code == 50001
        # The interaction carries the invoker: roles, nick and global name.
        ix = await fake.slash("whoami", user=alice, guild=guild)
        await ix.wait_response()
        member = seen[-1]
        assert (member.id, member.nick, member.global_name) == (alice.id, "Ally", "Alice A.")
        assert member.display_name == "Ally" and [r.id for r in member.roles[1:]] == [team.id]
    fake.assert_clean()


async def test_members_intent_needs_the_portal_switch(fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    guild = fake.add_guild(name="Runners")
    fake.add_member(guild, name="alice")
    bot, _ = make_bot(members=True)
    with pytest.raises(discord.PrivilegedIntentsRequired):
        async with run_bot(fake, bot):
            pass

    fake.gateway.privileged_enabled = INTENT_GUILD_MEMBERS
    bot, _ = make_bot(members=True)
    async with run_bot(fake, bot):
        g = bot.get_guild(guild.id)
        assert g is not None
        assert {m.name for m in g.members} == {"alice", "runners-owner", fake.bot_user.name}
        fetched = await bot.http.get_members(guild.id, 10, None)  # discord.py itself refuses
        assert len(fetched) == 3
        await asyncio.wait_for(g.chunk(), 5)
    fake.assert_clean()
