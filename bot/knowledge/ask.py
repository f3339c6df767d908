"""One entry point for questions from every front end (/ask, mentions, DMs, the console).

The coach's answer is plain text; a question about the bot itself is answered from the member's own data
instead: "what's my streak" is the same card as /streak, "what can you do" the same list as /help.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.app import CommandInfo, help_card
from bot.cards import Card
from bot.streaks.service import streak_card

if TYPE_CHECKING:
    from bot.app import App


@dataclass(frozen=True, slots=True)
class AskContext:
    """Who asked, and where: ``guild_id`` is 0 in DMs and the console's own id there."""

    user_id: int
    guild_id: int
    commands: Sequence[CommandInfo] = ()  # what /help lists in this front end


async def ask(app: App, question: str, context: AskContext | None = None) -> Card:
    coach = app.coach
    answer = coach.answer(question)
    if context is not None:
        if answer.intent == "streak":
            return await streak_card(app, context.guild_id, context.user_id)
        if answer.intent == "help" and context.commands:
            return help_card(list(context.commands))
    return coach.answer_card(answer)
