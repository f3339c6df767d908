"""The card posted for a warm-up (plain data: the countdown is a structured Timestamp)."""

from __future__ import annotations

from datetime import date

from bot.cards import Button, ButtonStyle, Card, Field, Line, Strong, Timestamp, text
from bot.warmup.queries import Session
from bot.warmup.variations import CUES, VARIATIONS

TEAM_COLOUR, DONE_COLOUR, CLOSED_COLOUR = 0x3498DB, 0x2ECC71, 0x95A5A6


def streak_line(current: int) -> str:
    return f"🔥 Streak: {current} day{'s' if current != 1 else ''}. See you tomorrow!"


def day_label(day: date, today: date) -> str:
    return "today" if day == today else day.strftime("%A %d %B")


def logged_card(duration_s: int, day: date, today: date, streak: int) -> Card:
    """The reply to /log, in every front end."""
    return Card(title="Drill logged", lines=(f"✅ {duration_s} s of butt kicks logged for {day_label(day, today)}.",
                                            streak_line(streak)), ephemeral=True)


def log_undone_card(duration_s: int, day: date, today: date, streak: int) -> Card:
    """The reply to /log undo, in every front end."""
    return Card(title="Log undone", lines=(f"↩️ Removed your {duration_s} s drill logged for {day_label(day, today)}.",
                                          streak_line(streak)), ephemeral=True)


def warmup_card(session: Session, *, checked_in: int = 0, closed: bool = False, done: bool = False,
                streak: int | None = None) -> Card:
    """The card posted for a warm-up. The countdown is a Discord relative timestamp: it ticks by itself.
    ``done`` with ``streak``: the finished personal card, with the member's streak after this drill."""
    info = VARIATIONS[session.variation]
    kind = "Team warm-up" if session.team else "Warm-up"
    lines: list[Line] = [info.how, ""]
    if done:
        lines.append(f"✅ Done and logged. {streak_line(streak)}" if streak is not None else
                     "✅ Done and logged. Nice work!")
    elif closed:
        lines.append(text("Check-in closed ", Timestamp(session.closes_at, "R"), "."))
    else:
        lines.append(text("⏱️ ", Strong("Go!"), " Time's up ", Timestamp(session.ends_at, "R"),
                          f" ({session.duration_s} s)."))
        if session.team:
            lines.append(text("Check in by ", Timestamp(session.closes_at, "t"), " (closes ",
                              Timestamp(session.closes_at, "R"), ")."))
    fields = [Field("Key cues", "\n".join(f"• {c}" for c in CUES))]
    if session.team:
        word = "teammate" if checked_in == 1 else "teammates"
        fields.append(Field("Checked in", text(Strong(str(checked_in)), f" {word}"), inline=True))
    finished = closed or done
    main = (Button("I did it", f"warmup:team:{session.id}", ButtonStyle.SUCCESS, "✅", disabled=finished)
            if session.team else
            Button("Done", f"warmup:done:{session.id}", ButtonStyle.SUCCESS, "✅", disabled=finished))
    return Card(
        title=f"{kind}: butt kicks · {info.label.lower()} · {session.duration_s} s",
        lines=tuple(lines),
        fields=tuple(fields),
        buttons=(main, Button("Technique", "warmup:technique", emoji="📋"),
                 Button("Muscles", "warmup:muscles", emoji="💪")),
        colour=CLOSED_COLOUR if closed else DONE_COLOUR if done else TEAM_COLOUR if session.team else 0xE67E22,
        footer="Tap Done when you finish — it counts towards your streak." if not session.team else None,
    )
