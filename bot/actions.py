"""Button presses in the core: who pressed (:class:`Presser`) goes in, what the press does (:class:`Outcome`)
comes out. Every button's id is ``area:rest``; each area's ``bot/<feature>/actions.py`` has one
``press(app, who, rest)`` that both front ends call (bot/discord/outcomes.py and bot/console/outcomes.py show
the outcome), so the decisions (who may press, what the answer says, which card it becomes) are made once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.cards import Card, Line, Problem

if TYPE_CHECKING:
    from bot.warmup.queries import Session


@dataclass(frozen=True, slots=True)
class Presser:
    """Who pressed a button, and where (as the front end saw it, never as the button's id claims)."""

    user_id: int
    guild_id: int  # 0 in direct messages
    channel_id: int | None
    interaction_id: int | None = None  # Discord's: a repeated delivery of one press is recognised by it
    source: str = "discord"  # what a logged drill records as its source
    shared: bool = False  # several members read one screen (the console): replies name whose press it was


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a press does. Front ends show it: ``reply`` as a new message, ``edit`` in place of the pressed
    card (or, where a shown card cannot change, as a new one), and apply the follow-up effects."""

    reply: Card | Line | None = None
    public: bool = False  # the reply is for the channel, not only for the member who pressed
    edit: Card | None = None  # the pressed card becomes this one
    refused: Problem | None = None  # say this as the error it is, after the effects below
    opened: Session | None = None  # the reply is this new team warm-up's card: track its check-ins and close it
    refresh: Session | None = None  # this team card's count changed: show the new count
    closed: Session | None = None  # this team card's check-in window has ended: show it closed now
    spent: bool = False  # the pressed card's buttons have nothing left to act on (Discord's edit removes them)
