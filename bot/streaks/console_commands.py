"""Console commands of the streaks area: /streak (writes the heatmap PNG), /team, /leaderboard."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.streaks.queries import Period, parse_period
from bot.streaks.service import leaderboard_card, streak_card, team_card

if TYPE_CHECKING:
    from bot.console import Console, Result


async def _streak(console: Console, _args: str) -> Result:
    card = await streak_card(console.app, console.guild_id, console.user_id)
    if card.image_png is None:
        return card
    path = console.app.config.data_dir / "streak-heatmap.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(card.image_png)
    return [card, f"(heatmap written to {path})"]


async def _team(console: Console, _args: str) -> Result:
    return await team_card(console.app, console.guild_id)


async def _leaderboard(console: Console, args: str) -> Result:
    period = parse_period(args) if args.strip() else Period.WEEK
    return await leaderboard_card(console.app, console.guild_id, period)


def register(console: Console) -> None:
    console.register("streak", "your streak, freezes, totals and a 12-week heatmap", _streak)
    console.register("team", "the team streak, today's check-ins and the top 5", _team)
    console.register("leaderboard", "ranking by days with a drill: /leaderboard [week|month|all]", _leaderboard)
