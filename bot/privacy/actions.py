"""The /forget-me card's buttons (``data:forget:<user>``, ``data:keep:<user>``), for every front end."""

from __future__ import annotations

from bot.actions import Outcome, Presser
from bot.app import App
from bot.cards import Problem
from bot.privacy import cards
from bot.privacy.service import forget_member


async def press(app: App, who: Presser, rest: str) -> Outcome:
    """Only the member the card was for may press (its buttons carry their id)."""
    verb, _, arg = rest.partition(":")
    if not arg.isdigit() or int(arg) != who.user_id:
        raise Problem("That button is for someone else. Use /forget-me for your own data.")
    if verb == "keep":
        return Outcome(edit=cards.kept_card())
    if verb == "forget":
        gone = await forget_member(app, who.guild_id, who.user_id)
        return Outcome(edit=cards.forgotten_card(gone), spent=True)
    return Outcome(reply="This button no longer does anything.")
