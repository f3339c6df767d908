"""Per-server settings (time zone, team and coach roles, team goal, team window), with defaults."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.app import App
from bot.cards import Problem
from bot.timezones import parse_zone
from db.models import GuildSettings

TEAM_GOAL_MAX = 1000


@dataclass(frozen=True, slots=True)
class Settings:
    guild_id: int
    timezone: str
    team_role_id: int | None
    coach_role_id: int | None
    team_goal: int
    team_window_minutes: int


def _from_row(row: GuildSettings | None, guild_id: int, app: App) -> Settings:
    if row is None:
        return Settings(guild_id, app.config.default_timezone, None, None, 1, app.config.team_window_minutes)
    return Settings(row.guild_id, row.timezone, row.team_role_id, row.coach_role_id, row.team_goal,
                    row.team_window_minutes)


async def get_settings(app: App, guild_id: int) -> Settings:
    async def work(s):
        return _from_row(await s.get(GuildSettings, guild_id), guild_id, app)

    return await app.db.run(work)


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

    async def work(s):
        row = await s.get(GuildSettings, guild_id, with_for_update=True)
        now = app.clock.now()
        if row is None:
            d = _from_row(None, guild_id, app)
            row = GuildSettings(guild_id=guild_id, timezone=d.timezone, team_goal=d.team_goal,
                                team_window_minutes=d.team_window_minutes, created_at=now, updated_at=now)
            s.add(row)
        for key, value in changes.items():
            setattr(row, key, value)
        row.updated_at = now
        await s.flush()
        return _from_row(row, guild_id, app)

    return await app.db.run(work)
