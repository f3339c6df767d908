"""Streaks, the service the front ends call: /streak, /team and /leaderboard as cards."""

from __future__ import annotations

import asyncio

from bot.app import App
from bot.cards import Card
from bot.settings.service import get_settings
from bot.streaks import cards
from bot.streaks.heatmap import render_heatmap
from bot.streaks.queries import Period, leaderboard, member_stats, parse_period, team_stats

# Reads the front ends use as they are (the period enum, a member's numbers after a drill).
__all__ = ["Period", "leaderboard_card", "member_stats", "parse_period", "streak_card", "team_card"]


async def streak_card(app: App, guild_id: int, user_id: int, *, name: str | None = None,
                      with_heatmap: bool = True) -> Card:
    """``name`` set: the card shows that member's streak to someone else, and every line says so."""
    stats = await member_stats(app, guild_id, user_id)
    png = None
    if with_heatmap:
        png = await asyncio.to_thread(render_heatmap, stats.day_counts, stats.today, frozen=stats.streak.frozen_days,
                                      title="Last 12 weeks")  # names stay in the embed: the PNG font lacks emoji
    return cards.member_card(stats, user_id, name=name, png=png)


async def leaderboard_card(app: App, guild_id: int, period: Period) -> Card:
    settings = await get_settings(app, guild_id)
    _today, rows = await leaderboard(app, guild_id, period)
    return cards.leaderboard_card(rows, period, team_role=settings.team_role_id is not None)


async def team_card(app: App, guild_id: int) -> Card:
    return cards.team_card(await team_stats(app, guild_id))
