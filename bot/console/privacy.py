"""Console commands of the privacy feature: /export (coaches; the CSV is written to a file whose path is
printed) and /forget-me (everyone; asks first, with the same two buttons as in Discord)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.cards import Button, ButtonStyle, Card, Problem
from bot.privacy.service import export_csv, forget_member

if TYPE_CHECKING:
    from bot.console.app import Console, Result


async def _export(console: Console, _args: str) -> Result:
    await console.require_coach()
    result = await export_csv(console.app, console.guild_id)
    path = console.app.config.data_dir / result.filename
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(result.data)
    return f"Drill log: {result.rows} drill{'s' if result.rows != 1 else ''}, written to {path}"


async def _forget_me(console: Console, _args: str) -> Result:
    uid = console.user_id
    return Card(
        title=f"Forget {console.user_name}?",
        lines=("This deletes your drill log, streaks, personal warm-ups and personal reminders here. "
               "It cannot be undone.",),
        buttons=(Button("Delete my data", f"data:forget:{uid}", ButtonStyle.DANGER, "🗑️"),
                 Button("Keep it", f"data:keep:{uid}")),
        colour=0xE74C3C, ephemeral=True,
    )


async def on_button(console: Console, rest: str) -> Result:
    """``data:…`` buttons, as cogs/settings.py's DataCog handles them: only the member who asked may press."""
    verb, _, arg = rest.partition(":")
    if not arg.isdigit() or int(arg) != console.user_id:
        raise Problem("That button is for someone else. Use /forget-me for your own data.")
    if verb == "keep":
        return Card(title="Kept", lines=("Nothing was deleted.",), ephemeral=True)
    if verb == "forget":
        gone = await forget_member(console.app, console.guild_id, console.user_id)
        console.recent = [c for c in console.recent if not any(b.action.startswith("data:") for b in c.buttons)]
        return Card(title="Forgotten", lines=(
            f"Deleted {gone.drills} drill{'s' if gone.drills != 1 else ''} and {gone.reminders} personal "
            f"reminder{'s' if gone.reminders != 1 else ''}. Welcome back any time with /warmup.",), ephemeral=True)
    return "This button no longer does anything."


def register(console: Console) -> None:
    console.register("export", _export)
    console.register("forget-me", _forget_me)
    console.actions["data"] = on_button
