"""Test doubles (kept out of production code)."""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace

from bot.cards import Card
from bot.reminders.sender import DeliveryFailed, Failure


@dataclass(frozen=True, slots=True)
class Delivery:
    kind: str  # "post" or "dm"
    target: int  # channel id or user id
    card: Card
    role_id: int | None
    at: float  # time.monotonic() when it was handed over
    nonce: str | None = None
    id: int = 0


@dataclass
class RecordingSender:
    """Keeps what was sent (tests). ``fail`` maps a target id to a failure."""

    sent: list[Delivery] = field(default_factory=list)
    fail: dict[int, Failure] = field(default_factory=dict)

    async def post(self, channel_id: int, card: Card, *, guild_id: int, role_id: int | None,
                   nonce: str | None = None) -> int:
        return self._deliver(Delivery("post", channel_id, card, role_id, time.monotonic(), nonce))

    async def dm(self, user_id: int, card: Card, *, nonce: str | None = None) -> int:
        return self._deliver(Delivery("dm", user_id, card, None, time.monotonic(), nonce))

    async def find(self, kind: str, target: int, *, nonce: str, marker: str) -> int | None:
        for d in reversed(self.sent):
            if d.kind == kind and d.target == target and (
                    d.nonce == nonce or (d.card.footer or "").startswith(marker)):
                return d.id
        return None

    def _deliver(self, delivery: Delivery) -> int:
        if delivery.target in self.fail:
            raise DeliveryFailed(self.fail[delivery.target])
        delivery = replace(delivery, id=len(self.sent) + 1)
        self.sent.append(delivery)
        return delivery.id
