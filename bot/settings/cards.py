"""What /settings shows: the server's settings and its weekly recap, with roles and channels as ids."""

from __future__ import annotations

from dataclasses import replace

from bot.cards import Card, Field, Line, Mention, join, text
from bot.recap.rules import Recap
from bot.settings.service import Settings
from bot.timezones import fixed_offset_note


def settings_card(s: Settings, note: Line | None = None) -> Card:
    """The settings; a fixed-offset zone (UTC+2) carries its daylight-saving warning as long as it is set, since
    every local day, streak and recap time follows it."""
    dst = fixed_offset_note(s.timezone, "the server's day (streaks, recap, team windows)")

    def role(role_id: int | None, unset: str = "not set") -> Line:
        return text(Mention("role", role_id)) if role_id else unset

    return Card(
        title="Server settings",
        lines=tuple(line for line in (note, dst) if line),
        fields=(
            Field("Time zone", s.timezone, inline=True),
            Field("Team role", role(s.team_role_id, "not set (everyone)"), inline=True),
            Field("Coach role", join("", [role(s.coach_role_id), " (plus Manage Server)"]), inline=True),
            Field("Team goal", f"{s.team_goal} member{'s' if s.team_goal != 1 else ''} a day", inline=True),
            Field("Team check-in window", f"{s.team_window_minutes} min", inline=True),
        ),
        ephemeral=True,
    )


def with_recap(card: Card, recap: Recap | None) -> Card:
    value = text(Mention("channel", recap.channel_id), f", {recap.label()}",
                 *((", pings ", Mention("role", recap.role_id)) if recap.role_id else ())) if recap else "off"
    return replace(card, fields=(*card.fields, Field("Weekly recap", value, inline=True)))


def recap_note(recap: Recap | None) -> Line:
    if recap is None:
        return "Weekly recap turned off."
    who = (", pinging ", Mention("role", recap.role_id)) if recap.role_id else (", pinging nobody",)
    return text(f"Weekly recap: {recap.label()} (server time) in ", Mention("channel", recap.channel_id), *who,
                ", covering the 7 days before.")
