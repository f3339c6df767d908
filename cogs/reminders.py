"""/reminder (coaches) and /remindme (everyone): thin wrappers over bot.reminders, plus the discord.py Sender.

Undeliverable-DM notices: every command here first takes the member's pending notice (``service.take_notice``)
and shows it with the answer; other cogs can call the same function.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import datetime
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.cards import Card, Mention, Problem, text
from bot.discord.checks import coach_only
from bot.discord.outcomes import presser, show
from bot.discord.render import markup, message_kwargs, respond
from bot.reminders import actions, guards
from bot.reminders.cards import added_card, list_card, post_card, reply_card
from bot.reminders.parsing import MESSAGE_MAX
from bot.reminders.sender import DeliveryFailed, Failure
from bot.reminders.service import (
    ReminderInfo,
    ReminderService,
    add_reminder,
    get_reminder,
    list_reminders,
    pause_reminder,
    remove_reminder,
    take_notice,
)
from bot.settings.service import get_settings
from bot.timezones import search_zones

if TYPE_CHECKING:
    from bot.discord.client import CoachBot

log = logging.getLogger(__name__)
HISTORY_LIMIT = 50  # recent messages searched for an occurrence posted beyond Discord's nonce window


class DiscordSender:
    """Posts with ``channel.send``; the role is the only mention Discord is allowed to turn into a ping."""

    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    async def post(self, channel_id: int, card: Card, *, guild_id: int, role_id: int | None,
                   nonce: str | None = None, ping: bool = True) -> int:
        """``ping=False`` (a /reminder test preview) shows the role mention but lets Discord notify nobody."""
        guild = self.bot.get_guild(guild_id)
        if role_id and guild is not None and guild.get_role(role_id) is None:
            raise DeliveryFailed(Failure.ROLE_GONE)
        kwargs = message_kwargs(card)
        kwargs["allowed_mentions"] = discord.AllowedMentions(
            everyone=False, users=False, replied_user=False,
            roles=[discord.Object(role_id)] if role_id and ping else False)
        if nonce is not None:
            kwargs["nonce"] = nonce  # discord.py 2.7 adds enforce_nonce: a repeat returns the first message
        channel = self.bot.get_partial_messageable(channel_id, guild_id=guild_id)
        try:
            message = await channel.send(markup(Mention("role", role_id)) if role_id else None, **kwargs)
        except discord.NotFound as exc:
            raise DeliveryFailed(Failure.CHANNEL_GONE, exc.text) from exc
        except discord.Forbidden as exc:
            raise DeliveryFailed(Failure.NO_PERMISSION, exc.text) from exc
        except discord.HTTPException as exc:
            raise DeliveryFailed(Failure.OTHER, f"{exc.status} {exc.text}") from exc
        return message.id

    async def dm(self, user_id: int, card: Card, *, nonce: str | None = None) -> int:
        kwargs = message_kwargs(card)
        if nonce is not None:
            kwargs["nonce"] = nonce
        try:
            user = self.bot.get_user(user_id) or await self.bot.fetch_user(user_id)
            message = await user.send(**kwargs)
        except discord.Forbidden as exc:
            raise DeliveryFailed(Failure.DM_CLOSED if exc.code == 50007 else Failure.OTHER, exc.text) from exc
        except discord.HTTPException as exc:
            raise DeliveryFailed(Failure.OTHER, f"{exc.status} {exc.text}") from exc
        return message.id

    async def find(self, kind: str, target: int, *, nonce: str, marker: str) -> int | None:
        """Our recent message with this nonce or footer marker (Discord forgets nonces after a few minutes,
        and history may not carry them: the footer marker is what survives)."""
        me = self.bot.user
        try:
            if kind == "dm":
                user = self.bot.get_user(target) or await self.bot.fetch_user(target)
                channel: discord.abc.Messageable = user.dm_channel or await user.create_dm()
            else:
                channel = self.bot.get_partial_messageable(target)
            async for message in channel.history(limit=HISTORY_LIMIT):
                if me is not None and message.author.id != me.id:
                    continue
                if (message.nonce is not None and str(message.nonce) == nonce) or any(
                        (e.footer.text or "").startswith(marker) for e in message.embeds):
                    return message.id
        except discord.NotFound as exc:
            raise DeliveryFailed(Failure.CHANNEL_GONE, exc.text) from exc
        except discord.Forbidden as exc:
            # No Read Message History: the post cannot be looked for; sending again is the lesser evil.
            log.warning("cannot read the history of %s %d to look for a reminder post: %s", kind, target, exc.text)
            return None
        except discord.HTTPException as exc:
            raise DeliveryFailed(Failure.OTHER, f"{exc.status} {exc.text}") from exc
        return None


def _added_card(r: ReminderInfo, now: datetime, notice: str | None, time: str = "") -> Card:
    return added_card(r, now, notice, guards.added_notes(time, r.timezone))


async def _zone_choices(current: str) -> list[app_commands.Choice[str]]:
    return [app_commands.Choice(name=z, value=z) for z in search_zones(current, limit=25)]


class Reminders(commands.Cog):
    reminder = app_commands.Group(name="reminder", description="Warm-up reminders for the team (coaches)",
                                  guild_only=True)
    remindme = app_commands.Group(name="remindme", description="Your own warm-up reminder, by direct message")

    def __init__(self, bot: CoachBot) -> None:
        self.bot = bot
        self.service = ReminderService(bot.app, DiscordSender(bot))
        self._starter: asyncio.Task[None] | None = None

    async def cog_load(self) -> None:
        self.bot.actions.register("reminder", self.on_button)
        self._starter = asyncio.create_task(self._start_when_ready(), name="reminders-start")

    async def cog_unload(self) -> None:
        self.bot.actions.unregister("reminder")
        if self._starter is not None:
            self._starter.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._starter
        await self.service.stop()

    async def _start_when_ready(self) -> None:
        # After READY the guild cache is filled (the sender checks that a role still exists).
        await self.bot.wait_until_ready()
        await self.service.start()

    @property
    def app(self):
        return self.bot.app

    # -- /reminder (coaches) ----------------------------------------------------------------------

    @reminder.command(name="add", description="Post a warm-up reminder on a schedule")
    @app_commands.describe(time="e.g. 18:00, 6pm, 6:30 pm", days="daily, weekdays, weekends, or e.g. mon,wed,fri",
                           timezone="IANA time zone (default: the server's)", channel="where to post (default: here)",
                           role="role to mention (the only ping it makes)", message="text of the reminder")
    @coach_only()
    async def add(self, interaction: discord.Interaction, time: app_commands.Range[str, 1, 20],
                  days: app_commands.Range[str, 1, 60] = "daily", timezone: str | None = None,
                  channel: discord.TextChannel | None = None, role: discord.Role | None = None,
                  message: app_commands.Range[str, 0, MESSAGE_MAX] | None = None) -> None:
        assert interaction.guild_id is not None
        notice = await take_notice(self.app, interaction.user.id)
        zone = timezone or (await get_settings(self.app, interaction.guild_id)).timezone
        if role is not None and role.is_default():
            raise Problem("A reminder can't mention @everyone. Pick a team role, or none.")
        r = await add_reminder(self.app, guild_id=interaction.guild_id, user_id=interaction.user.id, time=time,
                               days=days, timezone=zone, channel_id=channel.id if channel else interaction.channel_id,
                               role_id=role.id if role else None, message=message)
        await respond(interaction, _added_card(r, self.app.clock.now(), notice, time))

    @add.autocomplete("timezone")
    async def add_zone(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return await _zone_choices(current)

    @reminder.command(name="list", description="This server's reminders and when each goes next")
    @coach_only()
    async def list_(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        notice = await take_notice(self.app, interaction.user.id)
        rows = await list_reminders(self.app, guild_id=interaction.guild_id)
        await respond(interaction, list_card(rows, self.app.clock.now(), personal=False, notice=notice))

    @reminder.command(name="remove", description="Delete a reminder")
    @app_commands.describe(reminder="its number from /reminder list")
    @coach_only()
    async def remove(self, interaction: discord.Interaction, reminder: int) -> None:
        await self._remove(interaction, reminder, guild_id=interaction.guild_id)

    @reminder.command(name="pause", description="Stop a reminder for now")
    @app_commands.describe(reminder="its number from /reminder list")
    @coach_only()
    async def pause(self, interaction: discord.Interaction, reminder: int) -> None:
        await self._pause(interaction, reminder, True)

    @reminder.command(name="resume", description="Restart a paused or disabled reminder")
    @app_commands.describe(reminder="its number from /reminder list")
    @coach_only()
    async def resume(self, interaction: discord.Interaction, reminder: int) -> None:
        await self._pause(interaction, reminder, False)

    async def _pause(self, interaction: discord.Interaction, reminder_id: int, pause: bool) -> None:
        """Says "was already paused" rather than "paused" again (guards.pause tells the two apart)."""
        notice = await take_notice(self.app, interaction.user.id)
        outcome = await pause_reminder(self.app, reminder_id, pause, guild_id=interaction.guild_id)
        await respond(interaction, reply_card(outcome.text(pause), notice))

    async def _remove(self, interaction: discord.Interaction, reminder_id: int, *, guild_id: int | None = None,
                      user_id: int | None = None) -> None:
        notice = await take_notice(self.app, interaction.user.id)
        await remove_reminder(self.app, reminder_id, guild_id=guild_id, user_id=user_id)
        await respond(interaction, reply_card(f"Reminder #{reminder_id} removed.", notice))

    @reminder.command(name="test", description="Post a preview of a reminder now (pings nobody unless ping:true)")
    @app_commands.describe(reminder="its number from /reminder list",
                           ping="also ping its role, as the real reminder will (default: no)")
    @coach_only()
    async def test(self, interaction: discord.Interaction, reminder: int, ping: bool = False) -> None:
        """A coach checking how a reminder looks must not ping the whole team: the preview shows the role
        mention with allowed_mentions that notify nobody. It does not count as an occurrence or a failure."""
        r = await get_reminder(self.app, reminder)
        if r is None or r.personal or r.guild_id != interaction.guild_id:
            raise Problem(f"There is no reminder #{reminder} here. /reminder list shows their numbers.")
        await interaction.response.defer(ephemeral=True, thinking=True)
        sender = DiscordSender(self.bot)
        try:
            await sender.post(r.channel_id or 0, post_card(r, self.app.clock.now(), test=True),
                              guild_id=r.guild_id, role_id=r.role_id, ping=ping)
        except DeliveryFailed as exc:
            answer = text("I couldn't post it in ", Mention("channel", r.channel_id or 0), f": {exc.failure.value}.")
        else:
            pinged: tuple[str | Mention, ...] = ((" and pinged ", Mention("role", r.role_id)) if ping else (
                " without pinging anyone (add `ping:true` to ping its role too)",)) if r.role_id else ()
            answer = text("Posted a preview in ", Mention("channel", r.channel_id or 0), *pinged, ".")
        await respond(interaction, reply_card(answer, None))

    # -- /remindme (everyone) ---------------------------------------------------------------------

    @remindme.command(name="add", description="A personal warm-up reminder by direct message")
    @app_commands.describe(time="e.g. 7am, 18:00", days="daily, weekdays, weekends, or e.g. mon,wed,fri",
                           timezone="IANA time zone (default: the server's)")
    async def me_add(self, interaction: discord.Interaction, time: app_commands.Range[str, 1, 20],
                     days: app_commands.Range[str, 1, 60] = "daily", timezone: str | None = None) -> None:
        notice = await take_notice(self.app, interaction.user.id)
        if timezone is None:
            gid = interaction.guild_id
            timezone = (await get_settings(self.app, gid)).timezone if gid else self.app.config.default_timezone
        r = await add_reminder(self.app, guild_id=0, user_id=interaction.user.id, time=time, days=days,
                               timezone=timezone, personal=True)
        await respond(interaction, _added_card(r, self.app.clock.now(), notice, time))

    @me_add.autocomplete("timezone")
    async def me_zone(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return await _zone_choices(current)

    @remindme.command(name="list", description="Your personal reminders")
    async def me_list(self, interaction: discord.Interaction) -> None:
        notice = await take_notice(self.app, interaction.user.id)
        rows = await list_reminders(self.app, user_id=interaction.user.id)
        await respond(interaction, list_card(rows, self.app.clock.now(), personal=True, notice=notice))

    @remindme.command(name="remove", description="Delete one of your personal reminders")
    @app_commands.describe(reminder="its number from /remindme list")
    async def me_remove(self, interaction: discord.Interaction, reminder: int) -> None:
        await self._remove(interaction, reminder, user_id=interaction.user.id)

    # -- buttons ----------------------------------------------------------------------------------

    async def on_button(self, interaction: discord.Interaction, rest: str) -> None:
        await show(interaction, self.app, await actions.press(self.app, presser(interaction), rest))


async def setup(bot: CoachBot) -> None:
    await bot.add_cog(Reminders(bot))
