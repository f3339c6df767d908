"""The core: everything the coach does, without Discord.

One :class:`App` per process holds the configuration, the database and the services. The Discord cogs and
the local console both call it, which is what keeps the cogs thin.
"""

from __future__ import annotations

import logging
import time
from functools import cached_property
from typing import TYPE_CHECKING

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.cards import format_duration
from bot.clock import Clock
from bot.config import Config
from bot.meta.cards import CommandInfo, help_card
from bot.meta.service import AboutCounts
from bot.notices import NoticeChecks
from db import migrate
from db.engine import Database

if TYPE_CHECKING:
    from bot.knowledge.coach import Coach
    from bot.reminders.service import ReminderService
    from bot.roster.service import Roster
    from bot.warmup.writer import DrillWriter

log = logging.getLogger(__name__)

# Re-exported for modules that import them from here (bot.knowledge.ask, the console).
__all__ = ["App", "CommandInfo", "format_duration", "help_card"]


class App:
    def __init__(self, config: Config, *, db: Database | None = None, clock: Clock | None = None) -> None:
        self.config = config
        self.db = db or Database(config.db_url)
        self.clock = clock or Clock()
        self.started_monotonic = time.monotonic()
        self.notice_checks = NoticeChecks()
        self.about_counts = AboutCounts(self.db)  # /about's totals, cached
        # The running reminder scheduler of this process, if a front end started one: the reminder
        # commands (bot.reminders.service.add_reminder...) update its jobs as they write the table.
        self.reminders: ReminderService | None = None
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

    @cached_property
    def roster(self) -> Roster:
        """Who is on each server's team, as the bot has seen them (bot.roster.service)."""
        from bot.roster.service import Roster

        return Roster(self)

    @cached_property
    def drill_writer(self) -> DrillWriter:
        """The one group-commit writer of drills for this App (bot.warmup.writer)."""
        from bot.warmup.writer import DrillWriter

        return DrillWriter(self)

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
