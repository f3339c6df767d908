"""Console commands of the coaching-knowledge area: /ask, /muscles, /technique and plain questions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.app import CommandInfo
from bot.cards import Problem
from bot.knowledge.ask import AskContext, ask
from db.engine import DatabaseUnavailable

if TYPE_CHECKING:
    from bot.console.app import Console, Result


async def _ask(console: Console, question: str) -> Result:
    # the same list /help shows in the console, so "what can you do" answers with it
    commands = [CommandInfo(f"/{c.name}", c.description) for c in console.commands.values()]
    commands.append(CommandInfo("/quit", "leave the console"))
    try:
        return await ask(console.app, question, AskContext(console.user_id, console.guild_id, commands))
    except (Problem, DatabaseUnavailable) as exc:  # plain questions bypass the console's command error path
        return f"Sorry: {exc}"


async def _muscles(console: Console, _args: str) -> Result:
    card = console.app.coach.muscles_card()
    if card.image_png:
        path = console.app.config.data_dir / "muscles.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(card.image_png)
        return [card, f"(diagram written to {path})"]
    return card


async def _technique(console: Console, _args: str) -> Result:
    return console.app.coach.technique_card()


def register(console: Console) -> None:
    console.register("ask", "ask the coach a question about butt kicks", _ask)
    console.register("muscles", "the muscles butt kicks work, with a diagram", _muscles)
    console.register("technique", "technique cues and common mistakes", _technique)
    console.fallback = _ask
