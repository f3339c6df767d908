"""The console's /recap: this week's recap now (the 7 days up to today), its chart written as a PNG under the
data directory. It posts nothing and claims nothing (the bot's weekly post is unaffected)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.recap.service import preview_recap

if TYPE_CHECKING:
    from bot.console import Console, Result


async def _recap(console: Console, _args: str) -> Result:
    card = await preview_recap(console.app, console.guild_id)
    if not card.image_png:
        return card
    path = console.app.config.data_dir / "weekly-recap.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(card.image_png)
    return [card, f"(chart written to {path})"]


def register(console: Console) -> None:
    console.register("recap", _recap, description="this week's team recap now, with its chart (posts nothing)")
