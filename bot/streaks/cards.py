"""Cards for /streak, /team and /leaderboard (shared by the cogs and the console).

Members are shown as ``<@id>`` mentions: Discord renders them as names inside embeds without pinging.
"""

from __future__ import annotations

import asyncio
from collections.abc import Collection

from bot.app import App
from bot.cards import Card, Field
from bot.streaks.heatmap import render_heatmap
from bot.streaks.rules import FREEZES_MAX
from bot.streaks.stats import Period, Ranked, leaderboard, member_stats, team_stats

MEDALS = {1: "🥇", 2: "🥈", 3: "🥉"}


def who(user_id: int) -> str:
    return f"<@{user_id}>"


def _days(n: int) -> str:
    return f"{n} day{'s' if n != 1 else ''}"


async def streak_card(app: App, guild_id: int, user_id: int, *, name: str | None = None,
                      with_heatmap: bool = True) -> Card:
    stats = await member_stats(app, guild_id, user_id)
    st = stats.streak
    if st.current == 0:
        status = ("No streak running. Do a /warmup today to start one!" if stats.total else
                  "No drills logged yet. Start with /warmup — 45 seconds is enough.")
    elif st.last_day == stats.today:
        status = "🔥 Today's drill is done. See you tomorrow!"
    else:
        status = "⏳ Your streak is alive — do today's drill to keep it going."
    freezes = "🧊" * st.freezes + "▫️" * (FREEZES_MAX - st.freezes)
    png = None
    if with_heatmap:
        png = await asyncio.to_thread(render_heatmap, stats.day_counts, stats.today, frozen=st.frozen_days,
                                      title="Last 12 weeks")
    return Card(
        title=f"Streak of {name}" if name else "Your streak",
        lines=(f"{who(user_id)} · {status}",),
        fields=(
            Field("Current streak", f"🔥 {_days(st.current)}", inline=True),
            Field("Longest streak", _days(st.longest), inline=True),
            Field("Streak freezes", f"{freezes} ({st.freezes}/{FREEZES_MAX})", inline=True),
            Field("Total drills", str(stats.total), inline=True),
            Field("This week", str(stats.this_week), inline=True),
        ),
        footer="Earn a streak freeze for every 7 days in a row (hold up to 2); a missed day uses one.",
        image_png=png,
        image_name="streak-heatmap.png",
    )


def _ranking_lines(rows: Collection[Ranked]) -> list[str]:
    return [f"{MEDALS.get(r.rank, f'`#{r.rank}`')} {who(r.user_id)} — **{r.drills}** drill"
            f"{'s' if r.drills != 1 else ''} · 🔥 {r.streak}" for r in rows]


async def leaderboard_card(app: App, guild_id: int, period: Period,
                           team_ids: Collection[int] | None = None) -> Card:
    _today, rows = await leaderboard(app, guild_id, period, team_ids=team_ids)
    lines = _ranking_lines(rows) or ["Nobody has logged a drill yet. Be the first: /warmup!"]
    return Card(title=f"Leaderboard — {period.label}", lines=tuple(lines),
                footer="Ranked by drills; ties go to the longer current streak.")


async def team_card(app: App, guild_id: int, team_ids: Collection[int] | None = None) -> Card:
    t = await team_stats(app, guild_id, team_ids)
    goal = f"{t.goal} member{'s' if t.goal != 1 else ''}"
    shown = ", ".join(who(u) for u in t.today_members)
    more = t.checked_in_today - len(t.today_members)
    today = f"**{t.checked_in_today}** checked in" + (f": {shown}" if shown else "") + (
        f" and {more} more" if more > 0 else "")
    met = "✅ goal met" if t.checked_in_today >= t.goal else f"{max(0, t.goal - t.checked_in_today)} more to go"
    return Card(
        title="Team streak",
        lines=(f"🔥 **{_days(t.streak)}** in a row with at least {goal} drilling.",),
        fields=(
            Field("Today", f"{today} · {met}"),
            Field("Top 5 this week", "\n".join(_ranking_lines(t.top)) or "No drills this week yet."),
        ),
        footer=("Team: members with the team role that I know of." if t.role_filtered
                else "Team: everyone who logs drills here.") + " Change the goal with /settings team_goal.",
    )
