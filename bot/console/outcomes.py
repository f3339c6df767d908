"""A button press's :class:`~bot.actions.Outcome` as the console shows it: printed, since a printed card
cannot change (an edit is printed as the new card, without buttons: the pressed card keeps its own, and the
core answers a second press), and a new team card is tracked until its check-in closes (the console prints
its final count then, so a check-in's ``refresh`` and ``closed`` need nothing here)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from bot.actions import Outcome
from bot.cards import Card, Line
from bot.console.warmup import track_team

if TYPE_CHECKING:
    from bot.console.app import Console, Result


def shown(console: Console, outcome: Outcome) -> Result:
    if outcome.refused is not None:
        raise outcome.refused  # the console's error path prints it as "Sorry: …"
    items: list[Card | Line] = []
    if outcome.edit is not None:
        items.append(replace(outcome.edit, buttons=()))
    if isinstance(outcome.reply, Card):
        shown_reply = console.with_picture(outcome.reply, "diagram")  # the one picture a button shows: muscles
        items.extend(shown_reply if isinstance(shown_reply, list) else [outcome.reply])
    elif outcome.reply is not None:
        items.append(outcome.reply)
    if outcome.opened is not None:
        items.append(track_team(console, outcome.opened))
    return items
