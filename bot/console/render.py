"""Cards as terminal text. The one place that turns what the core returns into something a terminal shows.

Until the core returns structured values (datetimes, user/role/channel ids) instead of Discord markup,
``plain`` reads the markup back: timestamps become local times, mentions become names. When it does, only
this module changes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime

from bot.app import format_duration
from bot.cards import Button, Card, Format, Mention, PlainFormat, Timestamp, render_line

_TIMESTAMP = re.compile(r"<t:(-?\d{1,12})(?::([tTdDfFR]))?>")
_USER = re.compile(r"<@!?(\d{1,20})>")
_ROLE = re.compile(r"<@&(\d{1,20})>")
_CHANNEL = re.compile(r"<#(\d{1,20})>")
_ESCAPED = re.compile(r"\\([\\*_~`|>\[\]])")  # markdown escapes (bot.streaks.cards.plain) shown literally

Names = Callable[[int], str]


def _format_timestamp(unix: int, style: str, now: datetime) -> str:
    when = datetime.fromtimestamp(unix, tz=UTC).astimezone()  # the terminal's local zone
    if style == "R":
        seconds = int((when - now).total_seconds())
        span = format_duration(abs(seconds))
        return f"in {span}" if seconds >= 0 else f"{span} ago"
    if style == "t":
        return when.strftime("%H:%M")
    return when.strftime("%a %Y-%m-%d %H:%M %Z")


def plain(text: str, *, now: datetime, user: Names, role: Names, channel: Names) -> str:
    """Discord markup a terminal cannot show: timestamps become times, mentions become names."""
    text = _TIMESTAMP.sub(lambda m: _format_timestamp(int(m[1]), m[2] or "f", now), text)
    text = _USER.sub(lambda m: user(int(m[1])), text)
    text = _ROLE.sub(lambda m: role(int(m[1])), text)
    text = _CHANNEL.sub(lambda m: channel(int(m[1])), text)
    return _ESCAPED.sub(r"\1", text.replace("**", ""))


def button_text(i: int, b: Button) -> str:
    label = f"[{i}] {b.emoji + ' ' if b.emoji else ''}{b.label}"
    return f"{label} (off)" if b.disabled else label


def text_format(*, now: datetime, user: Names, role: Names, channel: Names) -> Format:
    """How the console shows the core's structured values: names, and times in the terminal's zone."""

    def fmt(part: Mention | Timestamp) -> str:
        if isinstance(part, Timestamp):
            return _format_timestamp(int(part.at.timestamp()), part.style, now)
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
