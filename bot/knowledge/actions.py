"""The coach's buttons (``coach:…``) on answers, for every front end: always a reply for whoever pressed."""

from __future__ import annotations

import logging

from bot.actions import Outcome, Presser
from bot.app import App

log = logging.getLogger(__name__)


async def press(app: App, who: Presser, rest: str) -> Outcome:
    """``coach:more:<entry>`` shows the longer explanation; ``coach:entry:<entry>`` answers a related
    question; ``muscles``/``technique`` show those cards. Not for the channel: for whoever pressed."""
    coach = app.coach
    verb, _, entry_id = rest.partition(":")
    if verb == "more":
        card = coach.more_card(entry_id)
    elif verb == "entry":
        card = coach.answer_card(coach.answer_entry(entry_id))
    elif verb == "muscles":
        card = coach.muscles_card()
    elif verb == "technique":
        card = coach.technique_card()
    else:
        log.warning("unknown coach button %r", rest)
        card = coach.answer_card(coach.answer(""))
    return Outcome(reply=card)
