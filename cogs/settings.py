"""/settings (coaches), /export (coaches) and /forget-me (everyone): thin wrappers over the core."""

from __future__ import annotations

import io
from dataclasses import replace
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.cards import Button, ButtonStyle, Card, Field, Problem
from bot.discord_ui.checks import coach_only
from bot.discord_ui.render import respond, respond_text
from bot.guild_settings import TEAM_GOAL_MAX, Settings, get_settings, update_settings
from bot.recap.core import WEEKDAYS, get_recap, set_recap
from bot.reminders.parsing import parse_time
from bot.timezones import search_zones
from bot.warmup.data import export_csv, forget_member
from cogs._warmup_ui import edit_kwargs, guild_of, require_guild, within_deadline

if TYPE_CHECKING:
    from bot.discord_ui.client import CoachBot


def settings_card(s: Settings, note: str | None = None) -> Card:
    def role(role_id: int | None) -> str:
        return f"<@&{role_id}>" if role_id else "not set"

    return Card(
        title="Server settings",
        lines=(note,) if note else (),
        fields=(
            Field("Time zone", s.timezone, inline=True),
            Field("Team role", role(s.team_role_id) + ("" if s.team_role_id else " (everyone)"), inline=True),
            Field("Coach role", role(s.coach_role_id) + " (plus Manage Server)", inline=True),
            Field("Team goal", f"{s.team_goal} member{'s' if s.team_goal != 1 else ''} a day", inline=True),
            Field("Team check-in window", f"{s.team_window_minutes} min", inline=True),
        ),
        ephemeral=True,
    )


@app_commands.guild_only()
class SettingsGroup(app_commands.Group, name="settings", description="Server settings for the coach (coaches)"):
    def __init__(self, bot: CoachBot) -> None:
        super().__init__()
        self.app = bot.app

    async def _update(self, interaction: discord.Interaction, note: str, **changes: object) -> None:
        s = await update_settings(self.app, require_guild(interaction), **changes)  # type: ignore[arg-type]
        await respond(interaction, settings_card(s, note))

    @app_commands.command(name="timezone", description="The team's time zone (IANA name, e.g. Europe/London)")
    @app_commands.describe(zone="Start typing a city, e.g. London or New York")
    @coach_only()
    async def timezone(self, interaction: discord.Interaction, zone: app_commands.Range[str, 1, 64]) -> None:
        await self._update(interaction, "Time zone saved: days and streaks now follow it.", timezone=zone)

    @timezone.autocomplete("zone")
    async def _zones(self, _interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return [app_commands.Choice(name=z, value=z) for z in search_zones(current[:64])]

    @app_commands.command(name="team_role", description="Who counts as the team (leave empty: everyone)")
    @coach_only()
    async def team_role(self, interaction: discord.Interaction, role: discord.Role | None = None) -> None:
        await self._update(interaction, "Team role saved.", team_role_id=role.id if role else None)

    @app_commands.command(name="coach_role", description="Who may start team warm-ups and change settings")
    @coach_only()
    async def coach_role(self, interaction: discord.Interaction, role: discord.Role | None = None) -> None:
        await self._update(interaction, "Coach role saved.", coach_role_id=role.id if role else None)

    @app_commands.command(name="team_goal", description="Members who must drill on a day for the team streak")
    @coach_only()
    async def team_goal(self, interaction: discord.Interaction,
                        members: app_commands.Range[int, 1, TEAM_GOAL_MAX]) -> None:
        await self._update(interaction, "Team goal saved.", team_goal=members)

    @app_commands.command(name="team_window", description="How long a team warm-up card takes check-ins")
    @coach_only()
    async def team_window(self, interaction: discord.Interaction,
                          minutes: app_commands.Range[int, 1, 24 * 60]) -> None:
        await self._update(interaction, "Team check-in window saved.", team_window_minutes=minutes)

    @app_commands.command(name="show", description="Show this server's settings")
    @coach_only()
    async def show(self, interaction: discord.Interaction) -> None:
        guild_id = require_guild(interaction)
        card = settings_card(await get_settings(self.app, guild_id))
        recap = await get_recap(self.app, guild_id)
        value = f"<#{recap.channel_id}>, {recap.label()}" if recap else "off"
        if recap and recap.role_id:
            value += f", pings <@&{recap.role_id}>"
        await respond(interaction, replace(card, fields=(*card.fields, Field("Weekly recap", value, inline=True))))

    @app_commands.command(name="recap",
                          description="Post a weekly recap of the team's drills (leave channel empty: off)")
    @app_commands.describe(channel="Where to post it (empty: stop the recap)", weekday="Which day",
                           time="Local time in the server's zone, e.g. 18:00 or 6pm",
                           role="A role to ping with the recap (empty: it pings nobody)")
    @app_commands.choices(weekday=[app_commands.Choice(name=d, value=i) for i, d in enumerate(WEEKDAYS)])
    @coach_only()
    async def recap(self, interaction: discord.Interaction, channel: discord.TextChannel | None = None,
                    weekday: app_commands.Choice[int] | None = None,
                    time: app_commands.Range[str, 1, 16] = "18:00", role: discord.Role | None = None) -> None:
        guild_id = require_guild(interaction)
        hour, minute = parse_time(time)
        recap = await set_recap(self.app, guild_id, channel.id if channel else None,
                                weekday.value if weekday else 0, hour, minute, role.id if role else None)
        who = f", pinging <@&{recap.role_id}>" if recap and recap.role_id else ", pinging nobody"
        note = (f"Weekly recap: {recap.label()} (server time) in <#{recap.channel_id}>{who}, covering the 7 "
                "days before." if recap else "Weekly recap turned off.")
        await respond(interaction, settings_card(await get_settings(self.app, guild_id), note))


class DataCog(commands.Cog):
    def __init__(self, bot: CoachBot) -> None:
        self.bot = bot
        self.app = bot.app

    async def cog_load(self) -> None:
        self.bot.actions.register("data", self.on_button)

    async def cog_unload(self) -> None:
        self.bot.actions.unregister("data")

    @app_commands.command(name="export", description="Download this server's drill log as CSV (coaches)")
    @app_commands.guild_only()
    @coach_only()
    async def export(self, interaction: discord.Interaction) -> None:
        guild_id = require_guild(interaction)
        await interaction.response.defer(ephemeral=True, thinking=True)  # a big log takes a while to format
        result = await export_csv(self.app, guild_id)
        await interaction.followup.send(
            f"Drill log: {result.rows} drill{'s' if result.rows != 1 else ''}.", ephemeral=True,
            file=discord.File(io.BytesIO(result.data), filename=result.filename),
            allowed_mentions=discord.AllowedMentions.none())

    @app_commands.command(name="forget-me", description="Delete your drills and data on this server")
    async def forget_me(self, interaction: discord.Interaction) -> None:
        uid = interaction.user.id
        await respond(interaction, Card(
            title="Forget me?",
            lines=("This deletes your drill log, streaks, personal warm-ups and personal reminders here. "
                   "It cannot be undone.",),
            buttons=(Button("Delete my data", f"data:forget:{uid}", ButtonStyle.DANGER, "🗑️"),
                     Button("Keep it", f"data:keep:{uid}")),
            colour=0xE74C3C, ephemeral=True,
        ))

    async def on_button(self, interaction: discord.Interaction, rest: str) -> None:
        verb, _, arg = rest.partition(":")
        if not arg.isdigit() or int(arg) != interaction.user.id:
            raise Problem("That button is for someone else. Use /forget-me for your own data.")
        if verb == "keep":
            card = Card(title="Kept", lines=("Nothing was deleted.",), ephemeral=True)
        elif verb == "forget":
            gone = await within_deadline(interaction, forget_member(self.app, guild_of(interaction),
                                                                    interaction.user.id), ephemeral=True)
            card = Card(title="Forgotten", lines=(
                f"Deleted {gone.drills} drill{'s' if gone.drills != 1 else ''} and {gone.reminders} personal "
                f"reminder{'s' if gone.reminders != 1 else ''}. Welcome back any time with /warmup.",),
                ephemeral=True)
        else:
            await respond_text(interaction, "This button no longer does anything.")
            return
        if interaction.response.is_done():
            await interaction.edit_original_response(**edit_kwargs(card))
        else:
            await interaction.response.edit_message(**edit_kwargs(card))


async def setup(bot: CoachBot) -> None:
    bot.tree.add_command(SettingsGroup(bot))
    await bot.add_cog(DataCog(bot))


async def teardown(bot: CoachBot) -> None:
    bot.tree.remove_command("settings")
