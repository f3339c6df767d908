"""Per-server settings (time zone, team and coach roles, team goal, team window), with defaults."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from bot.app import App
from bot.cards import Problem
from bot.settings import queries
from bot.settings.queries import Settings
from bot.timezones import parse_zone

__all__ = ["TEAM_GOAL_MAX", "Settings", "get_settings", "member_zone", "update_settings"]

TEAM_GOAL_MAX = 1000


async def get_settings(app: App, guild_id: int) -> Settings:
    return await queries.read(app, guild_id)


async def member_zone(app: App, guild_id: int, user_id: int) -> ZoneInfo:
    """The zone a member's days are counted in: the team's (the server's setting, else the default)."""
    return await app.db.run(lambda s: queries.member_zone(s, guild_id, user_id, app.config.default_timezone))


_UNSET: Any = object()


async def update_settings(app: App, guild_id: int, *, timezone: str = _UNSET, team_role_id: int | None = _UNSET,
                          coach_role_id: int | None = _UNSET, team_goal: int = _UNSET,
                          team_window_minutes: int = _UNSET) -> Settings:
    """Validate everything first, then write in one transaction (nothing half-saved on bad input)."""
    changes: dict[str, Any] = {}
    if timezone is not _UNSET:
        changes["timezone"] = parse_zone(timezone).key
    if team_goal is not _UNSET:
        if not 1 <= team_goal <= TEAM_GOAL_MAX:
            raise Problem(f"The team goal must be between 1 and {TEAM_GOAL_MAX} members a day.")
        changes["team_goal"] = team_goal
    if team_window_minutes is not _UNSET:
        if not 1 <= team_window_minutes <= 24 * 60:
            raise Problem("The team check-in window must be between 1 minute and 24 hours.")
        changes["team_window_minutes"] = team_window_minutes
    if team_role_id is not _UNSET:
        changes["team_role_id"] = team_role_id
    if coach_role_id is not _UNSET:
        changes["coach_role_id"] = coach_role_id

    return await queries.write(app, guild_id, changes)
