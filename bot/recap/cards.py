"""What the weekly recap shows (its chart: bot/recap/chart.py)."""

from __future__ import annotations

from datetime import date, timedelta

from bot.cards import Card, Line, Strong, text
from bot.recap.queries import Week
from bot.recap.rules import marker


def recap_card(week: Week, posting_week: date | None = None) -> Card:
    last = week.first + timedelta(days=6)
    span = f"{week.first.strftime('%a %d %b')} – {last.strftime('%a %d %b')}"
    lines: tuple[Line, ...]
    if not week.members:
        lines = (f"Nobody on the team drilled from {span}. A new week starts now: /warmup!",)
    else:
        lines = (text(Strong(str(week.members)), f" member{'s' if week.members != 1 else ''} drilled on ",
                      Strong(str(week.member_days)), f" day{'s' if week.member_days != 1 else ''} in total from "
                      f"{span}."),
                 "Everyone who showed up: thank you! Keep it going with /warmup.")
    note = "Coaches change or stop this with /settings recap."
    return Card(title="Weekly recap", lines=lines, footer=f"{marker(posting_week)} {note}" if posting_week else note)
