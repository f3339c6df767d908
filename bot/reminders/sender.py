"""How a reminder reaches people. The core only knows this interface; the cog implements it with discord.py,
the console with its own sender, the tests with a recording double (tests/doubles.py)."""

from __future__ import annotations

from enum import StrEnum
from typing import Protocol

from bot.cards import Card


class Failure(StrEnum):
    CHANNEL_GONE = "the channel was deleted or I can no longer see it"
    ROLE_GONE = "the role to mention was deleted"
    NO_PERMISSION = "I am not allowed to post in the channel"
    DM_CLOSED = "the member does not accept direct messages from me"
    OTHER = "Discord did not accept the message"

    @property
    def permanent(self) -> bool:
        """Worth counting towards disabling the reminder (a retry would fail the same way)."""
        return self is not Failure.OTHER


class DeliveryFailed(Exception):
    def __init__(self, failure: Failure, detail: str = "") -> None:
        super().__init__(f"{failure.value}{': ' + detail if detail else ''}")
        self.failure = failure


class Sender(Protocol):
    async def post(self, channel_id: int, card: Card, *, guild_id: int, role_id: int | None,
                   nonce: str | None = None) -> int:
        """Post ``card`` in channel ``channel_id``, mentioning ``role_id`` (and nobody else); returns the
        message id. With a ``nonce``, a repeat within Discord's nonce window returns the first message
        instead of creating a second. Raises DeliveryFailed."""

    async def dm(self, user_id: int, card: Card, *, nonce: str | None = None) -> int:
        """Send ``card`` to user ``user_id`` in a direct message; returns the message id. Raises DeliveryFailed."""

    async def find(self, kind: str, target: int, *, nonce: str, marker: str) -> int | None:
        """The id of a recent message of ours in the channel (``kind`` "post") or the DM (``kind`` "dm")
        carrying ``nonce`` or an embed footer starting with ``marker``; None if there is none."""
