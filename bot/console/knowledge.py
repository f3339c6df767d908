"""Console commands of the coaching-knowledge area: /ask, /muscles, /technique and plain questions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.cards import Problem
from bot.console.render import sorry
from bot.knowledge import actions
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


async def _muscles(console: Console, _args: str) -> Result:
    return console.with_picture(console.app.coach.muscles_card(), "diagram")


async def _technique(console: Console, _args: str) -> Result:
    return console.app.coach.technique_card()


def register(console: Console) -> None:
    console.actions["coach"] = actions.press
    console.register("ask", _ask)
    console.register("muscles", _muscles)
    console.register("technique", _technique)
    console.fallback = _ask
