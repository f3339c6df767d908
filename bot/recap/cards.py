"""What the weekly recap says (the chart is drawn by bot.recap.chart)."""

from __future__ import annotations

from datetime import timedelta

from bot.cards import Card
from bot.recap.queries import Week


def recap_card(week: Week) -> Card:
    last = week.first + timedelta(days=6)
    span = f"{week.first.strftime('%a %d %b')} – {last.strftime('%a %d %b')}"
    lines: tuple[str, ...]
    if not week.members:
        lines = (f"Nobody on the team drilled from {span}. A new week starts now: /warmup!",)
    else:
        lines = (f"**{week.members}** member{'s' if week.members != 1 else ''} drilled on **{week.member_days}** "
                 f"day{'s' if week.member_days != 1 else ''} in total from {span}.",
                 "Everyone who showed up: thank you! Keep it going with /warmup.")
    return Card(title="Weekly recap", lines=lines, footer="Coaches change or stop this with /settings recap.")
