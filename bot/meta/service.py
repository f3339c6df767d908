"""/about: the bot's version, uptime and totals (cached, counting a big drill log takes a while)."""

from __future__ import annotations

import asyncio
import logging
import time
from typing import TYPE_CHECKING

from bot.cards import Card
from bot.meta import queries
from bot.meta.cards import about_card as _about_card
from db.engine import Database

if TYPE_CHECKING:
    from bot.app import App

log = logging.getLogger(__name__)

COUNTS_TTL = 30.0  # seconds


def _log_failure(task: asyncio.Task[dict[str, int]]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.warning("refreshing the /about counts failed: %s", task.exception())


class AboutCounts:
    """Totals for /about, owned by the App. Nobody needs them to the second: a value younger than COUNTS_TTL
    is served as is; an older one is served while a refresh runs."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._counts: tuple[float, dict[str, int]] | None = None
        self._refresh: asyncio.Task[dict[str, int]] | None = None

    async def _count_now(self) -> dict[str, int]:
        counts = await queries.totals(self.db)
        self._counts = (time.monotonic(), counts)
        return counts

    async def get(self) -> dict[str, int]:
        if self._counts is None:
            return await self._count_now()
        age = time.monotonic() - self._counts[0]
        if age > COUNTS_TTL and (self._refresh is None or self._refresh.done()):
            self._refresh = asyncio.create_task(self._count_now(), name="refresh-counts")
            self._refresh.add_done_callback(_log_failure)
        return self._counts[1]


async def about_card(app: App, *, latency_ms: float | None = None, servers: int | None = None) -> Card:
    counts = await app.about_counts.get()
    return _about_card(uptime_s=int(time.monotonic() - app.started_monotonic), backend=app.db.backend,
                       counts=counts, latency_ms=latency_ms, servers=servers)
