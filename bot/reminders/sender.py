"""How a reminder reaches people. The core only knows this interface; the cog implements it with discord.py,
the console and the tests with :class:`RecordingSender`."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
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
    async def post(self, channel_id: int, card: Card, *, guild_id: int, role_id: int | None) -> None:
        """Post ``card`` in channel ``channel_id``, mentioning ``role_id`` (and nobody else). Raises DeliveryFailed."""

    async def dm(self, user_id: int, card: Card) -> None:
        """Send ``card`` to user ``user_id`` in a direct message. Raises DeliveryFailed."""


@dataclass(frozen=True, slots=True)
class Delivery:
    kind: str  # "post" or "dm"
    target: int  # channel id or user id
    card: Card
    role_id: int | None
    at: float  # time.monotonic() when it was handed over


@dataclass
class RecordingSender:
    """Keeps what was sent (tests, benchmarks, the console). ``fail`` maps a target id to a failure."""

    sent: list[Delivery] = field(default_factory=list)
    fail: dict[int, Failure] = field(default_factory=dict)

    async def post(self, channel_id: int, card: Card, *, guild_id: int, role_id: int | None) -> None:
        self._deliver(Delivery("post", channel_id, card, role_id, time.monotonic()))

    async def dm(self, user_id: int, card: Card) -> None:
        self._deliver(Delivery("dm", user_id, card, None, time.monotonic()))

    def _deliver(self, delivery: Delivery) -> None:
        if delivery.target in self.fail:
            raise DeliveryFailed(self.fail[delivery.target])
        self.sent.append(delivery)
