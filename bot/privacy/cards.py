"""What /export and /forget-me show."""

from __future__ import annotations

from bot.cards import Button, ButtonStyle, Card
from bot.privacy.service import Export, Forgotten


def export_note(result: Export) -> str:
    return f"Drill log: {result.rows} drill{'s' if result.rows != 1 else ''}."


def confirm_card(user_id: int, name: str | None = None) -> Card:
    """/forget-me asks first: its buttons carry the member's id, so only they can confirm. ``name`` where
    several members read one screen (the console)."""
    return Card(
        title=f"Forget {name}?" if name else "Forget me?",
        lines=("This deletes your drill log, streaks, personal warm-ups and personal reminders here. "
               "It cannot be undone.",),
        buttons=(Button("Delete my data", f"data:forget:{user_id}", ButtonStyle.DANGER, "🗑️"),
                 Button("Keep it", f"data:keep:{user_id}")),
        colour=0xE74C3C, ephemeral=True,
    )


def kept_card() -> Card:
    return Card(title="Kept", lines=("Nothing was deleted.",), ephemeral=True)


def forgotten_card(gone: Forgotten) -> Card:
    return Card(title="Forgotten", lines=(
        f"Deleted {gone.drills} drill{'s' if gone.drills != 1 else ''} and {gone.reminders} personal "
        f"reminder{'s' if gone.reminders != 1 else ''}. Welcome back any time with /warmup.",), ephemeral=True)
