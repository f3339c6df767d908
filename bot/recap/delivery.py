"""Posting the weekly recap exactly once, with the reminders' outbox machinery (db/outbox.py) on the
``recap_posts`` table (its statements: bot/recap/queries.py): through restarts, a kill mid-post, lost answers,
the database down, and several processes.

- A due week is claimed (``recap_settings.last_week``) and recorded *sending* in one transaction
  (:func:`bot.recap.service.claim_due`): only one process or restart wins it.
- Every attempt carries the same nonce per (guild, week): a post that took effect but whose answer was lost
  is returned by Discord instead of being created twice. A confirmed post records *sent* with its id.
- A claim left *sending* is tried again by the check (at start, every minute, and when a dead holder's lease
  expires): the holder's own at once, another process's once its lease (``reminders.lease_seconds``) expired,
  and within the recap's day of lateness. A takeover, or a retry past Discord's nonce window, first looks for
  the post (nonce or footer marker) among the channel's recent messages.
- A claim the database refused is simply claimed again by the next check (the week stays due for a day).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger

from bot.app import App
from bot.jobs import follow_up
from bot.recap import queries
from bot.recap.rules import KEEP_POSTS, LATE_LIMIT, Recap, marker, nonce_for
from bot.recap.service import build_recap, claim_due
from bot.reminders.sender import DeliveryFailed, Sender
from bot.reminders.service import MAX_ATTEMPTS, NONCE_TRUST
from db.engine import DB_DOWN
from db.outbox import FAILED, SENT

log = logging.getLogger(__name__)
CHECK_SECONDS = 60


async def check_job(delivery: RecapDelivery) -> None:
    # A module-level function holding its delivery, like the reminders' jobs (the job store is in memory).
    if delivery.running:
        await delivery.tick()


class RecapDelivery:
    def __init__(self, app: App, sender: Sender, guild_ids: Callable[[], set[int] | None] = lambda: None, *,
                 scheduler: AsyncIOScheduler | None = None) -> None:
        self.app = app
        self.sender = sender
        self.guild_ids = guild_ids  # the guilds this process serves (None: all)
        self.scheduler = scheduler or app.scheduler
        self.key = uuid.uuid4().hex
        self._lock = asyncio.Lock()  # one check at a time in this process
        self.checks = 0  # completed checks (tests wait for the start-up one)
        self.running = False  # between start() and stop(): a job fired after stop() does nothing
        self.pruned_at: datetime | None = None

    @property
    def lease(self) -> timedelta:
        return timedelta(seconds=self.app.config.reminder_lease_seconds)

    def start(self) -> None:
        """The check runs now, then every minute, on the app's scheduler (next to the reminders' jobs)."""
        self.running = True
        self.scheduler.add_job(check_job, IntervalTrigger(seconds=CHECK_SECONDS), args=[self],
                               id=f"recap-check:{self.key}", replace_existing=True, coalesce=True, max_instances=1,
                               next_run_time=datetime.now(UTC))

    def stop(self) -> None:
        self.running = False
        for jid in (f"recap-check:{self.key}", f"recap-sweep:{self.key}"):
            with contextlib.suppress(JobLookupError):
                self.scheduler.remove_job(jid)

    async def tick(self) -> int:
        """Finish unconfirmed claims, then claim and post what is due; returns how many posts were confirmed."""
        async with self._lock:
            posted = 0
            try:
                posted += await self.sweep()
                for recap, week, day in await claim_due(self.app, self.guild_ids(), claimer=self.key):
                    posted += await self.send(recap, week, day)
                await self._sweep_at_expiry()
                await self._prune()
            except DB_DOWN as exc:
                log.warning("weekly recap: the database is unavailable, checking again in a minute: %s",
                            exc.__cause__ or exc)
            self.checks += 1
            return posted

    async def _prune(self) -> None:
        now = self.app.clock.now()
        if self.pruned_at is None or now - self.pruned_at > timedelta(hours=1):
            self.pruned_at = now
            if gone := await queries.prune_posts(self.app, before=now - KEEP_POSTS):
                log.info("weekly recap: forgot %d outbox row(s) older than %s", gone, KEEP_POSTS)

    async def sweep(self) -> int:
        now = self.app.clock.now()
        guilds = self.guild_ids()
        posted = 0
        for post, recap in await queries.stale_posts(self.app, claimer=self.key, older_than=now - self.lease,
                                                     since=now - LATE_LIMIT):
            if guilds is not None and recap.guild_id not in guilds:
                continue
            mine = post.claimed_by == self.key
            held = await queries.hold_post(self.app, post, self.key)
            if held is None:
                continue  # confirmed meanwhile, or another process took it over first
            if held.attempts > MAX_ATTEMPTS:
                log.warning("weekly recap of guild %s, week %s: giving up after %d attempts", recap.guild_id,
                            post.week, held.attempts - 1)
                await self._finish(recap, post.week, FAILED)
                continue
            if not mine:
                log.info("weekly recap of guild %s, week %s: re-sending the unconfirmed post (claimed by %s at %s)",
                         recap.guild_id, post.week, post.claimed_by[:8], post.claimed_at)
            posted += await self.send(recap, post.week, post.week + timedelta(days=recap.weekday),
                                      search_history=not mine or now - held.created_at > NONCE_TRUST)
        return posted

    async def send(self, recap: Recap, week: date, due_day: date, *, search_history: bool = False) -> int:
        """One attempt at a claimed week, with its nonce; 1 when the post is confirmed and recorded."""
        nonce = nonce_for(recap.guild_id, week)
        try:
            card = await build_recap(self.app, recap.guild_id, due_day, week)
            found = await self.sender.find("post", recap.channel_id, nonce=nonce, marker=marker(week)) \
                if search_history else None
            if found is not None:
                log.info("weekly recap of guild %s, week %s: already posted (message %d)", recap.guild_id, week,
                         found)
                message_id = found
            else:
                message_id = await self.sender.post(recap.channel_id, card, guild_id=recap.guild_id,
                                                    role_id=recap.role_id, nonce=nonce)
        except DeliveryFailed as exc:
            if exc.failure.permanent:
                log.warning("weekly recap of guild %s: %s; skipped this week", recap.guild_id, exc)
                await self._finish(recap, week, FAILED)
            else:
                log.warning("weekly recap of guild %s failed, it will be retried: %s", recap.guild_id, exc)
            return 0
        except DB_DOWN:
            raise
        except Exception:  # a lost answer, a bug: the row stays *sending*, the next check retries it
            log.exception("weekly recap of guild %s failed; it will be retried", recap.guild_id)
            return 0
        return int(await self._finish(recap, week, SENT, message_id))

    async def _finish(self, recap: Recap, week: date, state: str, message_id: int | None = None) -> bool:
        try:
            return await queries.finish_post(self.app, recap.guild_id, week, state, message_id)
        except DB_DOWN:
            # Stays *sending*: the next check sends again with the same nonce (or finds it) and records it.
            log.warning("weekly recap of guild %s: could not record the week %s as %s (database unavailable)",
                        recap.guild_id, week, state)
            return False

    async def _sweep_at_expiry(self) -> None:
        """Another holder's claim still under lease (e.g. a process killed seconds ago): check again when it
        expires rather than at the next minute."""
        now = self.app.clock.now()
        oldest = await queries.others_oldest_claim(self.app, claimer=self.key, since=now - LATE_LIMIT,
                                                   claimed_after=now - self.lease)
        if oldest is None or not self.running:
            return
        wait = max(oldest + self.lease - now, timedelta(0)) + timedelta(milliseconds=200)
        follow_up(self.scheduler, check_job, wait, [self], f"recap-sweep:{self.key}")

