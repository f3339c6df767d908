"""Console commands of the privacy feature: /export (coaches; the CSV is written to a file whose path is
printed) and /forget-me (everyone; asks first, with the same two buttons as in Discord)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.privacy import actions, cards
from bot.privacy.service import export_csv

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
    return cards.confirm_card(console.user_id, console.user_name)


def register(console: Console) -> None:
    console.register("export", _export)
    console.register("forget-me", _forget_me)
    console.actions["data"] = actions.press
