"""Cards for /streak, /team and /leaderboard: plain data from the statistics (bot.streaks.service fetches).

Members are shown by their display name from the roster (bot.roster.queries). A mention is only the
fallback for someone the bot never saw: Discord renders it as a name only when the reader's client happens
to have that member loaded, otherwise as a raw id.
"""

from __future__ import annotations

from collections.abc import Collection

from bot.cards import Card, Field, Line, Mention, Part, Strong, Verbatim, join, text
from bot.streaks.queries import MemberStats, Period, Ranked, TeamStats
from bot.streaks.rules import FREEZES_MAX

MEDALS = {1: "🥇", 2: "🥈", 3: "🥉"}


def who(user_id: int, name: str | None = None) -> Strong | Mention:
    """A member's display name (from the roster) in bold, or a mention when the bot never saw them."""
    return Strong(Verbatim(name)) if name else Mention("user", user_id)


def _days(n: int) -> str:
    return f"{n} day{'s' if n != 1 else ''}"


def _drills(n: int) -> str:
    return f"{n} drill{'s' if n != 1 else ''}"


def streak_status(current: int, done_today: bool, total: int, name: str | None) -> Line:
    """The streak card's line, addressed to the member (``name`` None) or about someone else (their name
    exactly as they chose it)."""
    if name is None:
        if current == 0:
            return ("No streak running. Do a /warmup today to start one!" if total else
                    "No drills logged yet. Start with /warmup — 45 seconds is enough.")
        return ("🔥 Today's drill is done. See you tomorrow!" if done_today else
                "⏳ Your streak is alive — do today's drill to keep it going.")
    them = Verbatim(name)
    if current == 0:
        return text(them, " has no streak running right now.") if total else text(them, " hasn't logged a drill yet.")
    return (text("🔥 ", them, "'s drill is done for today.") if done_today else
            text("⏳ ", them, "'s streak is alive — today's drill is still to come."))


def member_card(stats: MemberStats, user_id: int, *, name: str | None = None, png: bytes | None = None) -> Card:
    """``name`` set: the card shows that member's streak to someone else, and every line says so."""
    st = stats.streak
    status = streak_status(st.current, st.last_day == stats.today, stats.total, name or None)
    freezes = "🧊" * st.freezes + "▫️" * (FREEZES_MAX - st.freezes)
    return Card(
        title=f"{name}'s streak" if name else "Your streak",
        lines=(join("", [text(Mention("user", user_id), " · "), status]),),
        fields=(
            Field("Current streak", f"🔥 {_days(st.current)}", inline=True),
            Field("Longest streak", _days(st.longest), inline=True),
            Field("Streak freezes", f"{freezes} ({st.freezes}/{FREEZES_MAX})", inline=True),
            Field("Total drills", str(stats.total), inline=True),
            Field("This week", str(stats.this_week), inline=True),
        ),
        footer=("Earn a streak freeze for every 7 days in a row (hold up to 2); a missed day uses one."
                if name is None else
                f"{name} earns a streak freeze for every 7 days in a row (up to 2); a missed day uses one."),
        image_png=png,
        image_name="streak-heatmap.png",
    )


def _place(rank: int) -> tuple[Part, ...]:
    """A medal for the first three, then the rank, bold."""
    return (f"{MEDALS[rank]} ",) if rank in MEDALS else (Strong(f"#{rank}"), " ")


def _ranking_lines(rows: Collection[Ranked]) -> list[Line]:
    return [text(*_place(r.rank), who(r.user_id, r.name), " — ", Strong(_days(r.days)),
                 f" · {_drills(r.drills)} · 🔥 {r.streak}") for r in rows]


TEAM_NOTE = ("Team: members with the team role that I have seen. Someone with the role counts from the first "
             "time they use me (any command or button).")


def leaderboard_card(rows: Collection[Ranked], period: Period, *, team_role: bool) -> Card:
    lines: list[Line] = _ranking_lines(rows) or [
        "Nobody on the team has logged a drill yet. Be the first: /warmup!" if team_role else
        "Nobody has logged a drill yet. Be the first: /warmup!"]
    footer = "Ranked by days with a drill (one /log a day counts); ties go to the longer current streak."
    if team_role:
        footer += " " + TEAM_NOTE
    return Card(title=f"Leaderboard — {period.label}", lines=tuple(lines), footer=footer)


def team_card(t: TeamStats) -> Card:
    goal = f"{t.goal} member{'s' if t.goal != 1 else ''}"
    shown = [who(u, t.names.get(u)) for u in t.today_members]
    more = t.checked_in_today - len(t.today_members)
    today = join("", [Strong(str(t.checked_in_today)), " checked in", *((": ", join(", ", shown)) if shown else ()),
                      f" and {more} more" if more > 0 else ""])
    met = "✅ goal met" if t.checked_in_today >= t.goal else f"{max(0, t.goal - t.checked_in_today)} more to go"
    team = (f"Team: {t.team_size} member{'s' if t.team_size != 1 else ''} with the team role that I have seen. "
            "Someone with the role counts from the first time they use me." if t.role_filtered
            else "Team: everyone who logs drills here.")
    return Card(
        title="Team streak",
        lines=(text("🔥 ", Strong(_days(t.streak)), f" in a row with at least {goal} drilling."),),
        fields=(
            Field("Today", join(" · ", [today, met])),
            Field("Top 5 this week (days with a drill)",
                  join("\n", _ranking_lines(t.top)) if t.top else "No drills this week yet."),
        ),
        footer=team + " Change the goal with /settings team_goal.",
    )
