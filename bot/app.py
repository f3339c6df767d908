"""The core: everything the coach does, without Discord.

One :class:`App` per process holds the configuration, the database and the services. The Discord cogs and
the local console both call it, which is what keeps the cogs thin.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from sqlalchemy import func, select

from bot import __version__
from bot.cards import Card, Field, format_duration
from bot.clock import Clock
from bot.config import Config
from bot.notices import NoticeChecks
from db import migrate
from db.engine import Database
from db.models import DrillLog, Reminder

if TYPE_CHECKING:
    from bot.knowledge.coach import Coach

log = logging.getLogger(__name__)

COUNTS_TTL = 30.0  # seconds


def _log_failure(task: asyncio.Task[dict[str, int]]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.warning("refreshing the /about counts failed: %s", task.exception())


@dataclass(frozen=True, slots=True)
class CommandInfo:
    """One command as /help lists it (built from whatever the front end has registered)."""

    name: str
    description: str


class App:
    def __init__(self, config: Config, *, db: Database | None = None, clock: Clock | None = None) -> None:
        self.config = config
        self.db = db or Database(config.db_url)
        self.clock = clock or Clock()
        self.started_monotonic = time.monotonic()
        self.notice_checks = NoticeChecks()
        self._counts: tuple[float, dict[str, int]] | None = None
        self._counts_refresh: asyncio.Task[dict[str, int]] | None = None
        # Jobs live in memory and are rebuilt from the reminders table at start; the database decides
        # whether an occurrence was already sent (see bot/reminders).
        self.scheduler = AsyncIOScheduler(
            timezone="UTC", job_defaults={"coalesce": True, "misfire_grace_time": 3600, "max_instances": 1}
        )

    @cached_property
    def coach(self) -> Coach:
        # Loaded on first use: `python -m bot db upgrade` and the tests of other areas do not pay for it.
        from bot.knowledge.coach import Coach

        started = time.perf_counter()
        coach = Coach.load()
        log.info("knowledge base loaded in %.0f ms", (time.perf_counter() - started) * 1000)
        return coach

    async def start(self) -> None:
        """Create/upgrade the database. Safe to call on every start and from several processes."""
        await migrate.upgrade(self.db)

    def start_scheduler(self) -> None:
        """Must run inside the event loop (APScheduler's AsyncIOScheduler binds to the running loop)."""
        if not self.scheduler.running:
            self.scheduler.start()

    async def stop_scheduler(self) -> None:
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)

    async def close(self) -> None:
        await self.stop_scheduler()
        await self.db.close()

    # -- about / help -------------------------------------------------------------------------------

    async def _count_now(self) -> dict[str, int]:
        async def work(s):  # type: ignore[no-untyped-def]
            row = (await s.execute(select(
                select(func.count()).select_from(DrillLog).scalar_subquery(),
                select(func.count(func.distinct(DrillLog.user_id))).scalar_subquery(),
                select(func.count()).select_from(Reminder).scalar_subquery(),
            ))).one()
            return {"drills": row[0] or 0, "athletes": row[1] or 0, "reminders": row[2] or 0}

        counts = await self.db.run(work)
        self._counts = (time.monotonic(), counts)
        return counts

    async def counts(self) -> dict[str, int]:
        """Totals for /about. Counting a big drill log takes a while and nobody needs it to the second:
        a value younger than COUNTS_TTL is served as is; an older one is served while a refresh runs."""
        if self._counts is None:
            return await self._count_now()
        age = time.monotonic() - self._counts[0]
        if age > COUNTS_TTL and (self._counts_refresh is None or self._counts_refresh.done()):
            self._counts_refresh = asyncio.create_task(self._count_now(), name="refresh-counts")
            self._counts_refresh.add_done_callback(_log_failure)
        return self._counts[1]

    async def about_card(self, *, latency_ms: float | None = None, servers: int | None = None) -> Card:
        uptime = int(time.monotonic() - self.started_monotonic)
        counts = await self.counts()
        fields = [
            Field("Version", __version__, inline=True),
            Field("Uptime", format_duration(uptime), inline=True),
            Field("Database", self.db.backend, inline=True),
        ]
        if latency_ms is not None:
            fields.append(Field("Gateway latency", f"{latency_ms:.0f} ms", inline=True))
        if servers is not None:
            fields.append(Field("Servers", str(servers), inline=True))
        fields.append(Field("Drills logged", str(counts["drills"]), inline=True))
        fields.append(Field("Athletes", str(counts["athletes"]), inline=True))
        fields.append(Field("Reminders", str(counts["reminders"]), inline=True))
        return Card(
            title="Butt Kick Coach",
            lines=("Your team's butt-kick warm-up coach: guided drills, questions answered, streaks "
                   "and reminders. Open source.",),
            fields=tuple(fields),
        )


def help_card(commands: list[CommandInfo]) -> Card:
    lines = [f"**{c.name}** — {c.description}" for c in sorted(commands, key=lambda c: c.name)]
    lines.append("")
    lines.append("You can also mention me with a question, like “what muscles do butt kicks work?”")
    return Card(title="What I can do", lines=tuple(lines), ephemeral=True)
