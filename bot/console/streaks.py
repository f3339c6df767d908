"""Console commands of the streaks feature: /streak [member:NAME] (writes the heatmap PNG), /team, /leaderboard."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.streaks.service import Period, leaderboard_card, parse_period, streak_card, team_card

if TYPE_CHECKING:
    from bot.console.app import Console, Result


async def _streak(console: Console, args: str) -> Result:
    wanted = args.strip()
    if wanted.lower().startswith("member:"):
        wanted = wanted[len("member:"):]
    target = console.find_member(wanted) if wanted else console.member
    name = None if target.user_id == console.user_id else target.name
    return console.with_picture(await streak_card(console.app, console.guild_id, target.user_id, name=name),
                                "heatmap")


async def _team(console: Console, _args: str) -> Result:
    return await team_card(console.app, console.guild_id)


async def _leaderboard(console: Console, args: str) -> Result:
    text = args.strip()
    if text.lower().startswith("period:"):
        text = text[len("period:"):]
    period = parse_period(text) if text else Period.WEEK
    return await leaderboard_card(console.app, console.guild_id, period)


def register(console: Console) -> None:
    console.register("streak", _streak)
    console.register("team", _team)
    console.register("leaderboard", _leaderboard)
