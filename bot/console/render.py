"""Cards as terminal text. The one place that turns what the core returns into something a terminal shows.

The core returns structured values (bot.cards ``Mention``, ``Timestamp``, ``Strong``, ``Verbatim``), never
Discord markup, so nothing is parsed back or stripped here: each part is rendered directly (members, roles and
channels by name, moments in the terminal's zone, emphasised and chosen text as it is).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from bot.app import format_duration
from bot.cards import (
    Button,
    Card,
    Format,
    Line,
    MessageRef,
    PlainFormat,
    Problem,
    Strong,
    Structured,
    Text,
    Timestamp,
    Verbatim,
    render_line,
    text,
)

Names = Callable[[int], str]


def _format_timestamp(at: datetime, style: str, now: datetime) -> str:
    when = at.astimezone()  # the terminal's local zone
    if style == "R":
        seconds = int((when - now).total_seconds())
        span = format_duration(abs(seconds))
        return f"in {span}" if seconds >= 0 else f"{span} ago"
    if style == "t":
        return when.strftime("%H:%M")
    return when.strftime("%a %Y-%m-%d %H:%M %Z")


def sorry(exc: BaseException) -> Line:
    """An error as the console shows it, its structured parts (a channel, a moment) kept for the renderer."""
    message = exc.message if isinstance(exc, Problem) else str(exc)
    return text("Sorry: ", *(message.parts if isinstance(message, Text) else (message,)))


def button_text(i: int, b: Button) -> str:
    label = f"[{i}] {b.emoji + ' ' if b.emoji else ''}{b.label}"
    return f"{label} (off)" if b.disabled else label


def text_format(*, now: datetime, user: Names, role: Names, channel: Names) -> Format:
    """How the console shows the core's structured values: names, and times in the terminal's zone."""

    def fmt(part: Structured) -> str:
        if isinstance(part, Strong):
            return part.plain
        if isinstance(part, Verbatim):
            return part.text
        if isinstance(part, Timestamp):
            return _format_timestamp(part.at, part.style, now)
        if isinstance(part, MessageRef):
            return f"the card in {channel(part.channel_id)}"
        return {"user": user, "role": role, "channel": channel}[part.kind](part.id)

    return fmt


def card_text(card: Card, fmt: Format | None = None) -> str:
    """Like Card.as_text, with the buttons numbered: ``[1] ✅ Done  [2] 📋 Technique``."""
    fmt = fmt or PlainFormat()
    out = [f"== {card.title} =="]
    out.extend(render_line(line, fmt) for line in card.lines)
    for f in card.fields:
        out.append(f"-- {f.name}: {render_line(f.value, fmt)}")
    if card.buttons:  # numbered in place, disabled ones too, so a number keeps meaning the same button
        out.append("  ".join(button_text(i, b) for i, b in enumerate(card.buttons, 1)))
    if card.footer:
        out.append(f"({card.footer})")
    return "\n".join(out)
