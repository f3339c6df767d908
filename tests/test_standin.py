"""Tests of the Discord stand-in itself, driven by a bare discord.py bot defined here."""

from __future__ import annotations

import asyncio
import io
import json
import sys
import zlib
from pathlib import Path

import aiohttp
import discord
import pytest
from discord import app_commands
from discord.ext import commands

# pytest (without `python -m`) only puts tests/ on sys.path; the stand-in is imported as tests.standin.
_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

from tests.standin import (  # noqa: E402
    FakeDiscord,
    FakeGuild,
    fixtures,
    run_bot,
)

fake_discord = fixtures.fake_discord  # the fixture, registered in this module


class PersistentView(discord.ui.View):
    def __init__(self) -> None:
        super().__init__(timeout=None)

    @discord.ui.button(label="Keep", custom_id="persist:keep")
    async def keep(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await interaction.response.send_message(f"kept by {interaction.user.name}", ephemeral=True)


class CounterView(discord.ui.View):
    def __init__(self) -> None:
        super().__init__(timeout=30)
        self.count = 0

    @discord.ui.button(label="+1", custom_id="counter:inc")
    async def inc(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        self.count += 1
        await interaction.response.edit_message(content=f"count={self.count}", view=self)


def make_bot(*, sync: bool = True, sharded: bool = False, **kwargs: object) -> commands.Bot:
    intents = discord.Intents.default()
    intents.message_content = True
    cls = commands.AutoShardedBot if sharded else commands.Bot
    bot = cls(command_prefix="!", intents=intents, guild_ready_timeout=0.05, **kwargs)

    async def before_identify_hook(shard_id: int | None, *, initial: bool = False) -> None:
        pass  # discord.py sleeps 5 s before each non-first IDENTIFY (Discord's 1-per-5s limit)

    bot.before_identify_hook = before_identify_hook  # type: ignore[method-assign]

    @bot.tree.command(description="Echo text")
    @app_commands.describe(text="what to say", times="repeat count")
    async def echo(interaction: discord.Interaction, text: str, times: int = 1) -> None:
        await interaction.response.send_message(" ".join([text] * times))

    plan = app_commands.Group(name="plan", description="Training plans")
    week = app_commands.Group(name="week", description="Weekly plans", parent=plan)

    @plan.command(name="add", description="Add a drill")
    async def plan_add(interaction: discord.Interaction, drill: str, athlete: discord.Member) -> None:
        await interaction.response.send_message(f"{drill} for {athlete.name} in {interaction.guild.name}")

    @week.command(name="show", description="Show a week")
    async def week_show(interaction: discord.Interaction, number: int) -> None:
        await interaction.response.send_message(f"week {number}", ephemeral=True)

    bot.tree.add_command(plan)

    @bot.tree.command(description="Slow answer")
    async def slow(interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        await interaction.followup.send("first follow-up")
        await interaction.followup.send("second follow-up")
        await interaction.edit_original_response(content="edited original")

    @bot.tree.command(description="Counter button")
    async def counter(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("count=0", view=CounterView())

    @bot.tree.command(description="Post a persistent panel")
    async def panel(interaction: discord.Interaction) -> None:
        await interaction.channel.send("panel", view=PersistentView())
        await interaction.response.send_message("posted", ephemeral=True)

    @bot.tree.command(description="Send files")
    async def files(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("here", file=discord.File(io.BytesIO(b"\x00resp"), "a.bin"))
        await interaction.channel.send("chan", file=discord.File(io.BytesIO(b"channel bytes"), "b.txt"))

    @bot.tree.command(description="Ask")
    async def ask(interaction: discord.Interaction, question: str) -> None:
        await interaction.response.send_message(question)

    @ask.autocomplete("question")
    async def ask_complete(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        topics = ["muscles", "music", "mustard", "speed"]
        return [app_commands.Choice(name=t, value=t) for t in topics if t.startswith(current)]

    @bot.tree.command(description="DM someone")
    async def poke(interaction: discord.Interaction, who: discord.User) -> None:
        try:
            await who.send("poke!")
        except discord.Forbidden as exc:
            await interaction.response.send_message(f"forbidden {exc.code}")
        else:
            await interaction.response.send_message("sent")

    @bot.event
    async def on_message(message: discord.Message) -> None:
        if message.author.bot:
            return
        if bot.user in message.mentions or message.guild is None:
            await message.reply(f"hi {message.author.name}: {message.content.split()[-1]}")

    async def setup_hook() -> None:
        bot.add_view(PersistentView())
        if sync:
            await bot.tree.sync()

    bot.setup_hook = setup_hook  # type: ignore[method-assign]
    return bot


def world(fake: FakeDiscord) -> tuple[FakeGuild, discord.Object]:
    guild = fake.add_guild(name="Runners")
    return guild, discord.Object(guild.id)


async def test_slash_with_options_and_subcommands(fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    guild, _ = world(fake)
    alice = fake.add_member(guild, name="alice")
    bob = fake.add_member(guild, name="bob")
    bot = make_bot()
    async with run_bot(fake, bot):
        assert fake.registration_count == 1
        assert {c["name"] for c in fake.registered_commands()} >= {"echo", "plan", "slow"}
        ix = await fake.slash("echo", user=alice, guild=guild, options={"text": "go", "times": 3})
        resp = await ix.wait_response()
        assert (resp.type, resp.content, resp.ephemeral) == (4, "go go go", False)
        assert (await ix.wait_original()).content == "go go go"

        ix = await fake.slash(
            "plan", user=alice, guild=guild, subcommand="add", options={"drill": "skips", "athlete": bob}
        )
        assert (await ix.wait_response()).content == "skips for bob in Runners"

        ix = await fake.slash("plan", user=alice, guild=guild, group="week", subcommand="show", options={"number": 2})
        resp = await ix.wait_response()
        assert resp.content == "week 2" and ix.ephemeral


async def test_defer_followups_and_edit_original(fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    guild, _ = world(fake)
    alice = fake.add_member(guild, name="alice")
    async with run_bot(fake, make_bot()):
        ix = await fake.slash("slow", user=alice, guild=guild)
        assert (await ix.wait_response()).type == 5
        await ix.wait_followup(2)
        original = await ix.wait_original()
        await fake.wait_until(lambda: original.content == "edited original", timeout=5, what="edit")
        assert original.ephemeral and not original.loading
        # Discord turns the first follow-up after a deferral into the deferred message itself.
        assert ix.followups[0] is original
        assert ix.followups[1].content == "second follow-up" and not ix.followups[1].ephemeral


async def test_button_click_updates_message(fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    guild, _ = world(fake)
    alice = fake.add_member(guild, name="alice")
    async with run_bot(fake, make_bot()):
        ix = await fake.slash("counter", user=alice, guild=guild)
        msg = await ix.wait_original()
        assert msg.custom_ids() == ["counter:inc"]
        for expected in (1, 2):
            click = await fake.click(msg, "counter:inc", user=alice)
            resp = await click.wait_response()
            assert resp.type == 7 and msg.content == f"count={expected}"


async def test_persistent_view_survives_restart(fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    guild, _ = world(fake)
    alice = fake.add_member(guild, name="alice")
    async with run_bot(fake, make_bot()):
        ix = await fake.slash("panel", user=alice, guild=guild)
        await ix.wait_response()
        panel = await fake.wait_for_message(lambda m: m.content == "panel")
    # Restarted bot: same stand-in state, does NOT re-register commands.
    async with run_bot(fake, make_bot(sync=False)):
        click = await fake.click(panel, "persist:keep", user=alice)
        resp = await click.wait_response()
        assert resp.content == "kept by alice" and resp.ephemeral
    assert fake.registration_count == 1
    assert fake.gateway.identify_count == 2


async def test_mention_message_gets_reply_in_guild_and_dm(fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    guild, _ = world(fake)
    alice = fake.add_member(guild, name="alice")
    chan = guild.default_channel
    assert chan is not None
    async with run_bot(fake, make_bot()):
        sent = await fake.send_user_message(chan, author=alice, content="what muscles?", mention_bot=True)
        reply = await fake.wait_for_message(lambda m: m.channel_id == chan.id)
        assert reply.content == "hi alice: muscles?"
        assert reply.message_reference and reply.message_reference["message_id"] == str(sent.id)
        await fake.send_user_message(alice.user, author=alice, content="hello there")
        dm_reply = await fake.wait_for_message(lambda m: m.guild_id is None)
        assert dm_reply.content == "hi alice: there"
        assert dm_reply.channel_id == fake.dm_channel(alice.user).id


async def test_file_uploads_keep_bytes(fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    guild, _ = world(fake)
    alice = fake.add_member(guild, name="alice")
    async with run_bot(fake, make_bot()):
        ix = await fake.slash("files", user=alice, guild=guild)
        resp = await ix.wait_response()
        assert [(f.filename, f.data) for f in resp.files] == [("a.bin", b"\x00resp")]
        chan_msg = await fake.wait_for_message(lambda m: m.content == "chan")
        assert chan_msg.files[0].data == b"channel bytes"
        assert chan_msg.attachments[0]["filename"] == "b.txt"
        assert fake.file_bytes(chan_msg.attachments[0]) == b"channel bytes"


async def test_autocomplete(fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    guild, _ = world(fake)
    alice = fake.add_member(guild, name="alice")
    async with run_bot(fake, make_bot()):
        choices = await fake.autocomplete(
            "ask", user=alice, guild=guild, options={"question": "mus"}, focused="question"
        )
        assert [c["name"] for c in choices] == ["muscles", "music", "mustard"]


async def test_unknown_route_and_limit_violations_are_recorded(fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    guild, _ = world(fake)
    bot = make_bot()
    async with run_bot(fake, bot):
        with pytest.raises(discord.NotFound):
            await bot.http.request(discord.http.Route("GET", "/stickers/{sticker_id}", sticker_id=42))
        assert fake.unknown_routes == [("GET", "/api/v10/stickers/42")]
        channel = bot.get_channel(guild.default_channel.id)  # type: ignore[union-attr]
        with pytest.raises(discord.HTTPException) as info:
            await channel.send("x" * 2001)  # type: ignore[union-attr]
        assert info.value.code == 50035
        with pytest.raises(discord.HTTPException):
            await channel.send(embed=discord.Embed(title="t" * 257))  # type: ignore[union-attr]
    assert [v.what for v in fake.violations] == ["content length 2001 > 2000", "embeds[0].title length 257 > 256"]
    with pytest.raises(AssertionError, match="unknown route hit: GET /api/v10/stickers/42"):
        fake.assert_clean()  # what the fixture runs at teardown
    fake.clear_problems()


async def test_dm_closed_missing_permissions_and_deleted_channel(fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    guild, _ = world(fake)
    alice = fake.add_member(guild, name="alice")
    bob = fake.add_member(guild, name="bob")
    fake.set_dms_closed(bob.user)
    bot = make_bot()
    async with run_bot(fake, bot):
        ix = await fake.slash("poke", user=alice, guild=guild, options={"who": alice})
        assert (await ix.wait_response()).content == "sent"
        assert fake.messages(channel_id=fake.dm_channel(alice.user).id)[0].content == "poke!"
        ix = await fake.slash("poke", user=alice, guild=guild, options={"who": bob})
        assert (await ix.wait_response()).content == "forbidden 50007"

        chan = guild.default_channel
        assert chan is not None
        fake.deny_send(chan)
        with pytest.raises(discord.Forbidden) as info:
            await bot.get_channel(chan.id).send("hi")  # type: ignore[union-attr]
        assert info.value.code == 50013
        fake.delete_channel(chan)
        with pytest.raises(discord.NotFound) as info2:
            await bot.http.send_message(chan.id, params=discord.http.handle_message_parameters(content="x"))
        assert info2.value.code == 10003


async def test_rate_limited_request_is_retried(fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    guild, _ = world(fake)
    bot = make_bot()
    async with run_bot(fake, bot):
        fake.rate_limit("POST", "/channels/{channel_id}/messages", times=2, retry_after=0.05)
        await bot.get_channel(guild.default_channel.id).send("eventually")  # type: ignore[union-attr]
    assert len(fake.rate_limited_hits) == 2
    assert [m.content for m in fake.bot_messages()] == ["eventually"]


async def test_resume_after_forced_reconnect_replays_events(fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    guild, _ = world(fake)
    alice = fake.add_member(guild, name="alice")
    chan = guild.default_channel
    assert chan is not None
    resumed = asyncio.Event()
    bot = make_bot()

    async def on_resumed() -> None:
        resumed.set()

    bot.add_listener(on_resumed)
    async with run_bot(fake, bot):
        await fake.force_reconnect()
        # Sent while the bot is between sockets: buffered and replayed on RESUME.
        await fake.send_user_message(chan, author=alice, content="are you there", mention_bot=True)
        reply = await fake.wait_for_message(lambda m: m.channel_id == chan.id)
        assert reply.content == "hi alice: there"
        await asyncio.wait_for(resumed.wait(), 5)
        assert fake.gateway.resume_count == 1 and fake.gateway.identify_count == 1
        # And the socket close path resumes too.
        await fake.close_gateway(code=4000)
        await fake.wait_until(lambda: fake.gateway.resume_count == 2, timeout=5, what="second resume")


async def test_autosharded_bot_gets_guilds_split_by_shard(fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    guilds = [fake.add_guild(name=f"g{i}") for i in range(4)]
    owners = {g.id: g.members[g.owner_id] for g in guilds}
    bot = make_bot(sharded=True, shard_count=2)
    async with run_bot(fake, bot):
        sessions = {s.shard_id: s for s in fake.gateway.live_sessions()}
        assert sorted(sessions) == [0, 1]
        for g in guilds:
            expected = (g.id >> 22) % 2
            bot_guild = bot.get_guild(g.id)
            assert bot_guild is not None and bot_guild.shard_id == expected
            sent = [e["d"]["id"] for e in sessions[expected].events if e["t"] == "GUILD_CREATE"]
            assert str(g.id) in sent
            other = [e["d"]["id"] for e in sessions[1 - expected].events if e["t"] == "GUILD_CREATE"]
            assert str(g.id) not in other
        assert {(g.id >> 22) % 2 for g in guilds} == {0, 1}
        g = guilds[1]
        ix = await fake.slash("echo", user=owners[g.id], guild=g, options={"text": "sharded"})
        assert (await ix.wait_response()).content == "sharded"


async def test_gateway_transport_zlib_stream_and_plain(fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    world(fake)
    identify = {"op": 2, "d": {"token": fake.token, "intents": 513, "properties": {}}}
    async with aiohttp.ClientSession() as session:
        async with session.ws_connect(fake.gateway_url + "?v=10&encoding=json") as ws:
            hello = await ws.receive_json(timeout=5)
            assert hello["op"] == 10 and hello["d"]["heartbeat_interval"] == 500
            await ws.send_json(identify)
            ready = await ws.receive_json(timeout=5)
            assert ready["t"] == "READY" and ready["d"]["resume_gateway_url"] == fake.gateway_url
        async with session.ws_connect(fake.gateway_url + "?v=10&encoding=json&compress=zlib-stream") as ws:
            inflater = zlib.decompressobj()
            frames = []
            for _ in range(3):  # HELLO, READY, GUILD_CREATE share ONE zlib context
                if len(frames) == 1:
                    await ws.send_json(identify)
                frame = await ws.receive_bytes(timeout=5)
                assert frame.endswith(b"\x00\x00\xff\xff")
                frames.append(json.loads(inflater.decompress(frame)))
            assert [f["op"] for f in frames] == [10, 0, 0]
            assert frames[2]["t"] == "GUILD_CREATE"
        async with session.get(fake.gateway_url.replace("ws", "http") + "?compress=zstd-stream") as resp:
            assert resp.status == 400
    assert "zstd-stream" in str(fake.violations[-1])
    fake.clear_problems()
    # The real client (zlib-stream, as discord.py asks without zstandard installed) works too.
    bot = make_bot()
    async with run_bot(fake, bot):
        assert fake.gateway.connections[-1].compressed
        # HELLO said 500 ms: discord.py beats at once, then again ~0.5 s later, and gets ACKs.
        beats = fake.gateway.heartbeat_count
        await fake.wait_until(lambda: fake.gateway.heartbeat_count >= beats + 1, timeout=3, what="heartbeat")
        assert bot.latency < 1.0


async def test_fault_before_effect_creates_nothing(fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    guild, _ = world(fake)
    bot = make_bot()
    async with run_bot(fake, bot):
        fault = fake.faults.add("POST", "/channels/{channel_id}/messages", status=503)
        with pytest.raises(discord.DiscordServerError):
            await bot.get_channel(guild.default_channel.id).send("lost")  # type: ignore[union-attr]
        assert len(fault.hits) == 1 and fault.exhausted
        assert fake.bot_messages() == []
        await bot.get_channel(guild.default_channel.id).send("next")  # type: ignore[union-attr]
    assert [m.content for m in fake.bot_messages()] == ["next"]


@pytest.mark.parametrize("how", ["status", "malformed", "drop"])
async def test_fault_after_effect_loses_only_the_answer(fake_discord: FakeDiscord, how: str) -> None:
    fake = fake_discord
    guild, _ = world(fake)
    bot = make_bot()
    async with run_bot(fake, bot):
        kwargs = {"status": {"status": 503}, "malformed": {"malformed": True}, "drop": {"drop": True}}[how]
        fake.faults.add("POST", "/channels/{channel_id}/messages", after=True, **kwargs)  # type: ignore[arg-type]
        with pytest.raises(Exception) as info:
            await bot.get_channel(guild.default_channel.id).send("took effect")  # type: ignore[union-attr]
        assert not isinstance(info.value, AssertionError)
    # The request took effect: the message exists although the bot saw a failure.
    assert [m.content for m in fake.bot_messages()] == ["took effect"]


async def test_fault_on_edit_and_429_with_retry_after(fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    guild, _ = world(fake)
    bot = make_bot()
    async with run_bot(fake, bot):
        channel = bot.get_channel(guild.default_channel.id)
        msg = await channel.send("v1")  # type: ignore[union-attr]
        limited = fake.faults.add("PATCH", "/channels/{channel_id}/messages/{message_id}", status=429,
                                  retry_after=0.05, times=2)
        await msg.edit(content="v2")  # discord.py waits out the 429s
        assert len(limited.hits) == 2
        fake.faults.add("PATCH", "/channels/{channel_id}/messages/{message_id}", status=503)
        with pytest.raises(discord.DiscordServerError):
            await msg.edit(content="v3")
    assert [m.content for m in fake.bot_messages()] == ["v2"]


async def test_fault_can_narrow_to_a_payload_and_delay(fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    guild, _ = world(fake)
    bot = make_bot()
    async with run_bot(fake, bot):
        channel = bot.get_channel(guild.default_channel.id)
        slow = fake.faults.add("POST", "/channels/{channel_id}/messages", status=200, delay=0.2)
        await channel.send("slow")  # type: ignore[union-attr]
        assert len(slow.hits) == 1
        picky = fake.faults.add("POST", "/channels/{channel_id}/messages", status=503,
                                match=lambda r: r.match_info["channel_id"] == "0")
        await channel.send("not matched")  # type: ignore[union-attr]
        assert picky.hits == []
    assert [m.content for m in fake.bot_messages()] == ["slow", "not matched"]


async def test_enforce_nonce_returns_the_existing_message(fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    guild, _ = world(fake)
    bot = make_bot()
    async with run_bot(fake, bot):
        channel = bot.get_channel(guild.default_channel.id)
        first = await channel.send("once", nonce="reminder-1-2026")  # type: ignore[union-attr]
        again = await channel.send("once", nonce="reminder-1-2026")  # type: ignore[union-attr]
        assert again.id == first.id and fake.nonce_hits == [first.id]
        other = await channel.send("other", nonce="reminder-2-2026")  # type: ignore[union-attr]
        assert other.id != first.id
        fake.nonce_window = 0.0  # past Discord's few minutes the nonce no longer deduplicates
        late = await channel.send("once", nonce="reminder-1-2026")  # type: ignore[union-attr]
        assert late.id != first.id
    assert [m.content for m in fake.bot_messages()] == ["once", "other", "once"]


async def test_interaction_redelivered_reaches_the_bot_twice(fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    guild, _ = world(fake)
    owner = guild.members[guild.owner_id]
    bot = make_bot()
    seen: list[int] = []

    async def on_interaction(interaction: discord.Interaction) -> None:
        seen.append(interaction.id)

    bot.add_listener(on_interaction)
    async with run_bot(fake, bot):
        ix = await fake.slash("echo", user=owner, guild=guild, options={"text": "hi"})
        await ix.wait_response()
        await fake.redeliver(ix)
        await fake.wait_until(lambda: len(seen) == 2, timeout=5, what="the redelivered interaction")
    assert seen == [ix.id, ix.id]
    assert len(ix.callbacks) == 1  # the second answer was refused, as Discord does: already acknowledged
