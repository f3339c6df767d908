from __future__ import annotations

import pytest

from bot.app import App
from bot.cards import Problem
from bot.settings.service import get_settings, update_settings
from bot.timezones import parse_zone, search_zones


def test_parse_zone_accepts_iana_and_common_aliases() -> None:
    assert parse_zone("Europe/London").key == "Europe/London"
    assert parse_zone("  america/new_york ").key == "America/New_York"
    assert parse_zone("EST").key == "America/New_York"
    assert parse_zone("utc").key == "UTC"


@pytest.mark.parametrize("bad", ["", "Mars/Olympus", "Europe/Londn", "x" * 5000, "../../etc/passwd", "\u200b"])
def test_parse_zone_rejects_with_help(bad: str) -> None:
    with pytest.raises(Problem, match="IANA"):
        parse_zone(bad)


def test_parse_zone_suggests_close_names() -> None:
    with pytest.raises(Problem, match="Europe/London"):
        parse_zone("Europe/Londn")


def test_search_zones_for_autocomplete() -> None:
    assert search_zones("london")[0] == "Europe/London"
    assert len(search_zones("")) == 25
    assert all(len(z) <= 100 for z in search_zones("a"))
    assert "America/New_York" in search_zones("new yrok")


async def test_settings_defaults_and_update(app: App) -> None:
    s = await get_settings(app, 42)
    assert s.timezone == "UTC" and s.team_goal == 1 and s.coach_role_id is None
    s = await update_settings(app, 42, timezone="europe/berlin", team_goal=3, coach_role_id=7)
    assert (s.timezone, s.team_goal, s.coach_role_id) == ("Europe/Berlin", 3, 7)
    s = await update_settings(app, 42, coach_role_id=None)
    assert s.coach_role_id is None and (await get_settings(app, 42)).timezone == "Europe/Berlin"


async def test_bad_update_saves_nothing(app: App) -> None:
    await update_settings(app, 42, timezone="Asia/Tokyo")
    with pytest.raises(Problem):
        await update_settings(app, 42, team_goal=5, timezone="Nowhere/Land")
    s = await get_settings(app, 42)
    assert (s.timezone, s.team_goal) == ("Asia/Tokyo", 1)
    with pytest.raises(Problem):
        await update_settings(app, 42, team_goal=0)
