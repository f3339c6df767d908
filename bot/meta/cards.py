"""What /about and /help show."""

from __future__ import annotations

from dataclasses import dataclass

from bot import __version__
from bot.cards import Card, Field, Line, Strong, format_duration, text


@dataclass(frozen=True, slots=True)
class CommandInfo:
    """One command as /help lists it (built from whatever the front end has registered)."""

    name: str
    description: str


def help_card(commands: list[CommandInfo]) -> Card:
    lines: list[Line] = [text(Strong(c.name), f" — {c.description}") for c in sorted(commands, key=lambda c: c.name)]
    lines.append("")
    lines.append("You can also mention me with a question, like “what muscles do butt kicks work?”")
    return Card(title="What I can do", lines=tuple(lines), ephemeral=True)


def about_card(*, uptime_s: int, backend: str, counts: dict[str, int], latency_ms: float | None = None,
               servers: int | None = None) -> Card:
    fields = [
        Field("Version", __version__, inline=True),
        Field("Uptime", format_duration(uptime_s), inline=True),
        Field("Database", backend, inline=True),
    ]
    if latency_ms is not None:
        fields.append(Field("Gateway latency", f"{latency_ms:.0f} ms", inline=True))
    if servers is not None:
        fields.append(Field("Servers", str(servers), inline=True))
    fields.append(Field("Drills logged", str(counts["drills"]), inline=True))
    fields.append(Field("Athletes", str(counts["athletes"]), inline=True))
    fields.append(Field("Reminders", str(counts["reminders"]), inline=True))
    return Card(
        title="Butt Kick Coach",
        lines=("Your team's butt-kick warm-up coach: guided drills, questions answered, streaks "
               "and reminders. Open source.",),
        fields=tuple(fields),
    )
