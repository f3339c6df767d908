"""APScheduler glue and firing: jobs built from the table, occurrences claimed in the database, then sent.

Every path that sends a scheduled occurrence (a cron job, the start-up catch-up, the periodic re-sync) goes
through :meth:`ReminderService.deliver_due`, which claims first. So a restart, a duplicated job or a second
process on the same database can run it again without a second post: at most once per occurrence. A post
that fails after its claim for a passing reason (a Discord 5xx, a network error) is retried by the process
that holds the claim, a few times within the grace window; permanent failures are counted instead.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta

from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.date import DateTrigger
from apscheduler.triggers.interval import IntervalTrigger

from bot.app import App
from bot.config import Config
from bot.reminders import repo
from bot.reminders.card import LATE_AFTER_SECONDS, post_card
from bot.reminders.repo import ReminderInfo
from bot.reminders.sender import DeliveryFailed, Failure, Sender
from db.batch import GroupCommit

log = logging.getLogger(__name__)

SNOOZE = timedelta(minutes=10)
RETRY_DELAYS = (timedelta(seconds=30), timedelta(minutes=2), timedelta(minutes=5))
RESYNC_SECONDS = 60  # picks up rows written by other processes (e.g. a /remindme handled on another shard)
CLAIM_BATCH = 500

# Jobs name a module-level function and plain arguments (no bound methods), as a persistent job store
# would need; the function finds its service here. Several services can live in one process (tests).
_SERVICES: dict[str, ReminderService] = {}


async def fire_job(service_key: str, reminder_id: int) -> None:
    service = _SERVICES.get(service_key)
    if service is not None:
        await service.on_job(reminder_id)


async def snooze_job(service_key: str, reminder_id: int) -> None:
    service = _SERVICES.get(service_key)
    if service is not None:
        await service.on_snooze(reminder_id)


async def retry_job(service_key: str, reminder_id: int, occurrence: str, attempt: int) -> None:
    service = _SERVICES.get(service_key)
    if service is not None:
        await service.on_retry(reminder_id, datetime.fromisoformat(occurrence), attempt)


def job_id(reminder_id: int) -> str:
    return f"reminder:{reminder_id}"


def snooze_job_id(reminder_id: int) -> str:
    return f"reminder-snooze:{reminder_id}"


def owner_shard(guild_id: int, shard_count: int) -> int:
    """Discord's shard formula; guild 0 (personal/DM and console reminders) belongs to shard 0."""
    return (guild_id >> 22) % shard_count if guild_id else 0


def owns(config: Config, guild_id: int) -> bool:
    if not config.shard_count:
        return True
    shards = config.shard_ids if config.shard_ids is not None else range(config.shard_count)
    return owner_shard(guild_id, config.shard_count) in shards


class _Claimer:
    """Funnels concurrent claims into few transactions: 1,000 reminders due in one minute are claimed in a
    handful of UPDATEs instead of 1,000 transactions queuing for SQLite's single writer."""

    def __init__(self, app: App) -> None:
        self.app = app
        self.writer: GroupCommit[tuple[int, datetime], ReminderInfo | None] = GroupCommit(
            self._flush, max_batch=CLAIM_BATCH, name="reminder-claims")

    async def claim(self, items: Iterable[tuple[int, datetime]]) -> dict[int, ReminderInfo]:
        results = await self.writer.submit_many(items)
        return {info.id: info for info in results if info is not None}

    async def _flush(self, batch: list[tuple[int, datetime]]) -> list[ReminderInfo | None]:
        won = await repo.claim(self.app, batch)
        return [won.pop(rid, None) for rid, _ in batch]  # pop: a duplicate request in the batch gets nothing


class ReminderService:
    def __init__(self, app: App, sender: Sender, *, scheduler: AsyncIOScheduler | None = None) -> None:
        self.app = app
        self.sender = sender
        self.scheduler = scheduler or app.scheduler
        self.key = uuid.uuid4().hex
        self.owned: dict[int, ReminderInfo] = {}  # reminders this process has jobs for
        self.claimer = _Claimer(app)
        self.on_claimed: Callable[[int, datetime], None] | None = None  # benchmarks measure claim delay here

    @property
    def grace(self) -> timedelta:
        return timedelta(minutes=self.app.config.reminder_grace_minutes)

    # -- lifecycle --------------------------------------------------------------------------------

    async def start(self) -> None:
        """Build the jobs for the reminders this process owns and send what was missed while it was down."""
        _SERVICES[self.key] = self
        await self.sync()
        self.scheduler.add_job(self.sync, IntervalTrigger(seconds=RESYNC_SECONDS), id=f"reminders-sync:{self.key}",
                               replace_existing=True)

    async def stop(self) -> None:
        _SERVICES.pop(self.key, None)
        for rid in list(self.owned):
            self.unschedule(rid)
        self._remove_job(f"reminders-sync:{self.key}")

    async def sync(self) -> None:
        """Make the jobs match the table: new rows get a job (and a catch-up), gone/paused rows lose it."""
        rows = [r for r in await repo.active(self.app) if owns(self.app.config, r.guild_id)]
        fresh = {r.id: r for r in rows}
        for rid in set(self.owned) - set(fresh):
            self.unschedule(rid)
        new = [r for r in rows if r.id not in self.owned or _when(self.owned[r.id]) != _when(r)]
        for r in rows:
            self.schedule(r)
        await self.catch_up(new)

    def schedule(self, r: ReminderInfo) -> None:
        if not r.active or not owns(self.app.config, r.guild_id):
            self.unschedule(r.id)
            return
        known = self.owned.get(r.id)
        self.owned[r.id] = r  # keep the newest content even when the timing is unchanged
        if known is None or _when(known) != _when(r):
            self.scheduler.add_job(fire_job, r.schedule.trigger(), args=[self.key, r.id], id=job_id(r.id),
                                   replace_existing=True, coalesce=True, max_instances=1,
                                   misfire_grace_time=max(1, int(self.grace.total_seconds())))
        if r.snoozed_until is not None:
            self.scheduler.add_job(snooze_job, DateTrigger(run_date=r.snoozed_until), args=[self.key, r.id],
                                   id=snooze_job_id(r.id), replace_existing=True,
                                   misfire_grace_time=max(1, int(self.grace.total_seconds())))

    def unschedule(self, reminder_id: int) -> None:
        self.owned.pop(reminder_id, None)
        self._remove_job(job_id(reminder_id))
        self._remove_job(snooze_job_id(reminder_id))

    def _remove_job(self, jid: str) -> None:
        with contextlib.suppress(JobLookupError):
            self.scheduler.remove_job(jid)

    async def refresh(self, reminder_id: int) -> ReminderInfo | None:
        """After a command changed a row: (re)build or drop its job."""
        r = await repo.get(self.app, reminder_id)
        if r is None:
            self.unschedule(reminder_id)
        else:
            self.schedule(r)
        return r

    # -- firing -----------------------------------------------------------------------------------

    async def on_job(self, reminder_id: int) -> None:
        r = self.owned.get(reminder_id)
        if r is None:
            self.unschedule(reminder_id)
            return
        now = self.app.clock.now()
        occ = r.schedule.latest_at(now)
        if occ is not None:
            await self.deliver_due([(r, occ)], now)

    async def catch_up(self, reminders: Iterable[ReminderInfo]) -> None:
        """For each reminder, the latest occurrence <= now that is newer than its last one (or its creation)."""
        now = self.app.clock.now()
        due = []
        for r in reminders:
            occ = r.schedule.latest_at(now)
            since = max(r.last_occurrence or r.created_at, r.created_at)
            if occ is not None and occ > since:
                due.append((r, occ))
        if due:
            await self.deliver_due(due, now)

    async def deliver_due(self, due: list[tuple[ReminderInfo, datetime]], now: datetime) -> None:
        """Claim, then send. Occurrences older than the grace window are claimed (recorded) but not sent."""
        due = [(r, occ) for r, occ in due if occ >= r.created_at]
        won = await self.claimer.claim((r.id, occ) for r, occ in due)
        sends = []
        for r, occ in due:
            claimed = won.get(r.id)
            if claimed is None:
                continue
            if self.on_claimed is not None:
                self.on_claimed(r.id, occ)
            if now - occ > self.grace:
                log.info("reminder %d: skipped the occurrence due %s (%s late, beyond the %s grace window)",
                         r.id, occ.isoformat(), now - occ, self.grace)
                continue
            late = (now - occ).total_seconds() > LATE_AFTER_SECONDS
            sends.append(self.deliver(claimed, occ, late=late))
        await asyncio.gather(*sends)

    async def deliver(self, r: ReminderInfo, occ: datetime, *, late: bool = False, test: bool = False,
                      attempt: int = 0) -> bool:
        """Send one post/DM and count the outcome. Returns whether it was delivered."""
        card = post_card(r, occ, late=late, test=test)
        try:
            if r.personal:
                await self.sender.dm(r.user_id, card)
            else:
                await self.sender.post(r.channel_id or 0, card, guild_id=r.guild_id, role_id=r.role_id)
        except DeliveryFailed as exc:
            await self._failed(r, exc.failure, str(exc))
            if not exc.failure.permanent and not test:
                self._schedule_retry(r, occ, attempt)
            return False
        except Exception:  # a bug or a network error: log it, never kill the scheduler
            log.exception("reminder %d: sending failed", r.id)
            if not test:
                self._schedule_retry(r, occ, attempt)
            return False
        if r.failures and not test:
            await repo.reset_failures(self.app, r.id)
        return True

    def _schedule_retry(self, r: ReminderInfo, occ: datetime, attempt: int) -> None:
        """This process holds the claim, so only it may send the occurrence: retry later, within grace."""
        if attempt >= len(RETRY_DELAYS):
            log.warning("reminder %d: giving up on the occurrence due %s after %d retries", r.id, occ, attempt)
            return
        when = self.app.clock.now() + RETRY_DELAYS[attempt]
        if when - occ > self.grace:
            log.warning("reminder %d: not retrying the occurrence due %s: beyond the grace window", r.id, occ)
            return
        self.scheduler.add_job(
            retry_job, DateTrigger(run_date=when), args=[self.key, r.id, occ.isoformat(), attempt + 1],
            id=f"reminder-retry:{r.id}:{occ.isoformat()}", replace_existing=True, misfire_grace_time=None,
        )
        log.info("reminder %d: will retry the occurrence due %s at %s", r.id, occ, when)

    async def on_retry(self, reminder_id: int, occ: datetime, attempt: int) -> None:
        r = await self.refresh(reminder_id)
        if r is None or not r.active:
            return  # removed, paused or disabled meanwhile
        now = self.app.clock.now()
        late = (now - occ).total_seconds() > LATE_AFTER_SECONDS
        await self.deliver(r, occ, late=late, attempt=attempt)

    async def _failed(self, r: ReminderInfo, failure: Failure, detail: str) -> None:
        log.warning("reminder %d could not be delivered: %s", r.id, detail)
        if failure is Failure.DM_CLOSED:
            await repo.record_dm_failure(self.app, r.user_id)
        elif failure.permanent:
            updated = await repo.record_failure(self.app, r.id, failure)
            if updated is not None and updated.disabled_reason:
                log.warning("reminder %d disabled: %s", r.id, updated.disabled_reason)
                self.unschedule(r.id)

    async def test_post(self, r: ReminderInfo) -> bool:
        """/reminder test: post it now, without touching the claim."""
        return await self.deliver(r, self.app.clock.now(), test=True)

    # -- snooze (personal reminders) --------------------------------------------------------------

    async def snooze(self, reminder_id: int, user_id: int) -> datetime:
        until = self.app.clock.now() + SNOOZE
        r = await repo.snooze(self.app, reminder_id, user_id, until)
        self.schedule(r)
        return until

    async def on_snooze(self, reminder_id: int) -> None:
        now = self.app.clock.now()
        r = await repo.claim_snooze(self.app, reminder_id, now)
        if r is not None and r.active and r.snoozed_until is None:
            await self.deliver(r, now)


def _when(r: ReminderInfo) -> tuple[int, int, str, str]:
    return r.hour, r.minute, r.days, r.timezone
