"""Console commands of the coaching-knowledge area: /ask, /muscles, /technique and plain questions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.cards import Problem
from bot.console.render import sorry
from bot.knowledge.ask import AskContext, ask
from db.engine import DatabaseUnavailable

if TYPE_CHECKING:
    from bot.console.app import Console, Result


async def _ask(console: Console, question: str) -> Result:
    # the same list /help shows in the console, so "what can you do" answers with it
    try:
        return await ask(console.app, question, AskContext(console.user_id, console.guild_id, console.help_infos()))
    except (Problem, DatabaseUnavailable) as exc:  # plain questions bypass the console's command error path
        return sorry(exc)


async def muscles(console: Console, _args: str) -> Result:
    card = console.app.coach.muscles_card()
    if card.image_png:
        path = console.app.config.data_dir / "muscles.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(card.image_png)
        return [card, f"(diagram written to {path})"]
    return card


async def _technique(console: Console, _args: str) -> Result:
    return console.app.coach.technique_card()


async def on_button(console: Console, rest: str) -> Result:
    """``coach:…`` buttons (Tell me more, related questions), as cogs/coach.py handles them in Discord."""
    coach = console.app.coach
    verb, _, entry_id = rest.partition(":")
    if verb == "more":
        return coach.more_card(entry_id)
    if verb == "entry":
        return coach.answer_card(coach.answer_entry(entry_id))
    if verb == "muscles":
        return await muscles(console, "")
    if verb == "technique":
        return coach.technique_card()
    return coach.answer_card(coach.answer(""))


def register(console: Console) -> None:
    console.actions["coach"] = on_button
    console.register("ask", _ask)
    console.register("muscles", muscles)
    console.register("technique", _technique)
    console.fallback = _ask
