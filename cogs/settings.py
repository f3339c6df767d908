"""/settings (coaches): a thin wrapper over bot.settings and bot.recap."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands

from bot.discord.checks import coach_only
from bot.discord.interactions import require_guild
from bot.discord.render import respond
from bot.recap.service import WEEKDAYS, get_recap, set_recap
from bot.reminders.parsing import parse_time
from bot.settings.cards import recap_note, settings_card, with_recap
from bot.settings.service import TEAM_GOAL_MAX, get_settings, update_settings
from bot.timezones import search_zones

if TYPE_CHECKING:
    from bot.discord.client import CoachBot


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
        await respond(interaction, with_recap(card, recap))

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
        note = recap_note(recap)
        await respond(interaction, settings_card(await get_settings(self.app, guild_id), note))


async def setup(bot: CoachBot) -> None:
    bot.tree.add_command(SettingsGroup(bot))


async def teardown(bot: CoachBot) -> None:
    bot.tree.remove_command("settings")
