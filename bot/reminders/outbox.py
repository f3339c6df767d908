"""The reminder outbox: what happened to each claimed occurrence, and how its rows move.

A row is created *sending* by the claim (:func:`bot.reminders.queries.claim`). Its holder renews the lease
before each attempt; a successful post records *sent* with the message id. Another process may take a
*sending* row over only once its lease expired (a conditional UPDATE on ``claimed_at``), so two processes
never both hold it. Every attempt for one occurrence carries the same nonce (:func:`nonce`).

The statements are in bot/reminders/queries.py (this table's) and db/outbox.py (the conditional row moves,
which the weekly recap's ``recap_posts`` shares: bot/recap/delivery.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from db.outbox import FAILED, SENDING, SENT, SKIPPED, Claimed

__all__ = ["FAILED", "SENDING", "SENT", "SKIPPED", "Occurrence", "Outcome", "nonce"]


def nonce(reminder_id: int, occurrence: datetime) -> str:
    """The same for every attempt at one occurrence, in any process: Discord keeps one message per nonce
    (``enforce_nonce``) for a few minutes. At most 25 characters, as Discord requires."""
    return f"r{reminder_id}o{int(occurrence.timestamp())}"[:25]


@dataclass(frozen=True, slots=True)
class Occurrence(Claimed):
    """A detached copy of a ``reminder_occurrences`` row: one claimed occurrence."""

    reminder_id: int
    occurrence: datetime


Outcome = tuple[int, datetime, str, int | None]  # reminder id, occurrence, state, message id
