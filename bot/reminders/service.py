"""APScheduler glue and firing: jobs built from the table, occurrences claimed in an outbox, then sent.

Exactly once per occurrence, through crashes, lost answers and outages:

- Every path that sends a scheduled occurrence (a cron job, the start-up catch-up, the periodic re-sync)
  goes through :meth:`ReminderService.deliver_due`, which claims first: the conditional UPDATE on
  ``last_occurrence`` plus an outbox row *sending* (bot/reminders/outbox.py). A duplicate job or a second
  process gets nothing.
- Every attempt carries the same nonce, derived from (reminder, occurrence): when Discord created the
  message but its answer was lost (a 503, a malformed body, a dropped connection), the retry gets the
  existing message back instead of a second one. A confirmed post records *sent* with the message id.
- A claim left *sending* (a crash, a kill mid-post, the database down when recording) is re-sent by the
  sweep (at start and every minute) once its lease expired, within the grace window; past Discord's nonce
  window the sweep first looks for the post in the channel's (or DM's) recent history.
- A claim that failed because the database was down is retried every few seconds until it is back.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections.abc import Awaitable, Callable, Iterable
from datetime import datetime, timedelta

from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.date import DateTrigger
from apscheduler.triggers.interval import IntervalTrigger

from bot.app import App
from bot.config import Config
from bot.jobs import follow_up
from bot.reminders import guards, outbox, queries
from bot.reminders.cards import LATE_AFTER_SECONDS, occurrence_marker, post_card
from bot.reminders.guards import PauseOutcome
from bot.reminders.outbox import FAILED, SENT
from bot.reminders.queries import ReminderInfo, take_notice
from bot.reminders.queries import active as active_reminders
from bot.reminders.queries import get as get_reminder
from bot.reminders.queries import listing as list_reminders
from bot.reminders.sender import DeliveryFailed, Failure, Sender
from db.batch import GroupCommit
from db.engine import DB_DOWN

# What front ends call: the functions below, and reads they use as they are (a member's pending notice,
# taken once; one reminder; the lists).
__all__ = ["ReminderInfo", "ReminderService", "active_reminders", "add_reminder", "get_reminder", "list_reminders",
           "pause_reminder", "remove_reminder", "snooze_reminder", "take_notice"]

log = logging.getLogger(__name__)

SNOOZE = timedelta(minutes=10)
# Retries by the holder, with the same nonce: the first ones well inside Discord's nonce window.
RETRY_DELAYS = (timedelta(seconds=2), timedelta(seconds=10), timedelta(seconds=30), timedelta(minutes=2))
RESYNC_SECONDS = 60  # picks up rows written by other processes; sweeps unconfirmed claims
CLAIM_BATCH = 500
CLAIM_RETRY_SECONDS = (1.0, 2.0, 5.0, 10.0, 30.0)  # while the database is down at a due minute
# Discord honours a nonce "for a few minutes"; older than this, an attempt first searches the history.
NONCE_TRUST = timedelta(minutes=2)
MAX_ATTEMPTS = 12  # per occurrence, over all processes: then it is recorded failed
KEEP_OUTCOMES = timedelta(days=14)  # outbox rows older than this are deleted (hourly, by the sweep)

# Jobs name a module-level function with the service as an argument (no registry to look it up in): a
# stopped service ignores a job that was already due.
async def fire_job(service: ReminderService, reminder_id: int) -> None:
    if service.running:
        await service.on_job(reminder_id)


async def snooze_job(service: ReminderService, reminder_id: int) -> None:
    if service.running:
        await service.on_snooze(reminder_id)


async def retry_job(service: ReminderService, reminder_id: int, occurrence: str, attempt: int) -> None:
    if service.running:
        await service.on_retry(reminder_id, datetime.fromisoformat(occurrence), attempt)


async def claim_retry_job(service: ReminderService, attempt: int) -> None:
    if service.running:
        await service.retry_claims(attempt)


async def sync_job(service: ReminderService) -> None:
    if service.running:
        await service.resync()


async def sweep_job(service: ReminderService) -> None:
    if service.running:
        await service.safely(service.sweep)


# -- what front ends call: each writes the table AND updates the schedule -----------------------------


async def add_reminder(app: App, *, guild_id: int, user_id: int, time: str, days: str | None, timezone: str,
                       channel_id: int | None = None, role_id: int | None = None, message: str | None = None,
                       personal: bool = False) -> ReminderInfo:
    """Refuse an identical reminder, store the new one and schedule it."""
    await guards.refuse_identical(app, guild_id=guild_id, user_id=user_id, time=time, days=days, timezone=timezone,
                                  channel_id=channel_id, personal=personal)
    r = await queries.add(app, guild_id=guild_id, user_id=user_id, time=time, days=days, timezone=timezone,
                          channel_id=channel_id, role_id=role_id, message=message, personal=personal)
    await _refresh(app, r.id)
    return r


async def remove_reminder(app: App, reminder_id: int, *, guild_id: int | None = None,
                          user_id: int | None = None) -> ReminderInfo:
    """Delete a reminder of this server (``guild_id``) or of this member (``user_id``) and drop its jobs."""
    r = await queries.remove(app, reminder_id, guild_id=guild_id, user_id=user_id)
    await _refresh(app, reminder_id)
    return r


async def pause_reminder(app: App, reminder_id: int, paused: bool, *, guild_id: int | None = None,
                         user_id: int | None = None) -> PauseOutcome:
    """Pause or resume (telling "done now" from "it already was") and update its jobs."""
    outcome = await guards.pause(app, reminder_id, paused, guild_id=guild_id, user_id=user_id)
    await _refresh(app, reminder_id)
    return outcome


async def snooze_reminder(app: App, reminder_id: int, user_id: int) -> datetime:
    """A personal reminder's Snooze: sent again SNOOZE from now (its owner's only), then rescheduled."""
    until = app.clock.now() + SNOOZE
    await queries.snooze(app, reminder_id, user_id, until)
    await _refresh(app, reminder_id)
    return until


async def _refresh(app: App, reminder_id: int) -> None:
    # Without a running service (a one-off command, `db` tools) only the table changes: the scheduler that
    # starts later builds its jobs from it; other processes pick the change up within RESYNC_SECONDS.
    if app.reminders is not None:
        await app.reminders.refresh(reminder_id)


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

    def __init__(self, app: App, key: str, grace: Callable[[], timedelta]) -> None:
        self.app = app
        self.key = key
        self.grace = grace
        self.writer: GroupCommit[tuple[int, datetime], ReminderInfo | None] = GroupCommit(
            self._flush, max_batch=CLAIM_BATCH, name="reminder-claims")

    async def claim(self, items: Iterable[tuple[int, datetime]]) -> dict[int, ReminderInfo]:
        results = await self.writer.submit_many(items)
        return {info.id: info for info in results if info is not None}

    async def _flush(self, batch: list[tuple[int, datetime]]) -> list[ReminderInfo | None]:
        won = await queries.claim(self.app, batch, claimer=self.key, skip_before=self.app.clock.now() - self.grace())
        return [won.pop(rid, None) for rid, _ in batch]  # pop: a duplicate request in the batch gets nothing


class ReminderService:
    def __init__(self, app: App, sender: Sender, *, scheduler: AsyncIOScheduler | None = None) -> None:
        self.app = app
        self.sender = sender
        self.scheduler = scheduler or app.scheduler
        self.key = uuid.uuid4().hex
        self.owned: dict[int, ReminderInfo] = {}  # reminders this process has jobs for
        self.claimer = _Claimer(app, self.key, lambda: self.grace)
        self.recorder: GroupCommit[outbox.Outcome, bool] = GroupCommit(
            lambda batch: queries.finish_occurrences(app, batch), max_batch=CLAIM_BATCH, name="reminder-outcomes")
        self.unclaimed: dict[tuple[int, datetime], ReminderInfo] = {}  # claims the database refused (down)
        self.retry_delays = RETRY_DELAYS  # tests shorten them
        self.pruned_at: datetime | None = None
        self.on_claimed: Callable[[int, datetime], None] | None = None  # benchmarks measure claim delay here
        self.running = False

    @property
    def grace(self) -> timedelta:
        return timedelta(minutes=self.app.config.reminder_grace_minutes)

    @property
    def lease(self) -> timedelta:
        """How long a *sending* claim is its holder's: longer than a send with discord.py's own retries."""
        return timedelta(seconds=self.app.config.reminder_lease_seconds)

    # -- lifecycle --------------------------------------------------------------------------------

    async def start(self) -> None:
        """Build the jobs for the reminders this process owns and send what was missed while it was down."""
        self.running = True
        if self.app.reminders is None:
            self.app.reminders = self  # the one the reminder commands update (see add_reminder)
        self.scheduler.add_job(sync_job, IntervalTrigger(seconds=RESYNC_SECONDS), args=[self],
                               id=f"reminders-sync:{self.key}", replace_existing=True)
        await self.resync()

    async def resync(self) -> None:
        """Jobs from the table, then the unconfirmed claims. Either may meet the database down: logged, and
        the next run (a minute later) tries again."""
        await self.safely(self.sync)
        await self.safely(self.sweep)

    async def safely(self, step: Callable[[], Awaitable[None]]) -> None:
        try:
            await step()
        except DB_DOWN as exc:
            log.warning("reminders: %s skipped, the database is unavailable: %s", step.__name__,
                        exc.__cause__ or exc)

    async def stop(self) -> None:
        self.running = False
        if self.app.reminders is self:
            self.app.reminders = None
        for rid in list(self.owned):
            self.unschedule(rid)
        self._remove_job(f"reminders-sync:{self.key}")
        self._remove_job(f"reminders-claims:{self.key}")
        self._remove_job(f"reminders-sweep:{self.key}")

    async def sync(self) -> None:
        """Make the jobs match the table: new rows get a job (and a catch-up), gone/paused rows lose it."""
        rows = [r for r in await queries.active(self.app) if owns(self.app.config, r.guild_id)]
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
            self.scheduler.add_job(fire_job, r.schedule.trigger(), args=[self, r.id], id=job_id(r.id),
                                   replace_existing=True, coalesce=True, max_instances=1,
                                   misfire_grace_time=max(1, int(self.grace.total_seconds())))
        if r.snoozed_until is not None:
            self.scheduler.add_job(snooze_job, DateTrigger(run_date=r.snoozed_until), args=[self, r.id],
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
        r = await queries.get(self.app, reminder_id)
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
        """Claim, then send. Occurrences older than the grace window are claimed (recorded) but not sent.

        If the database is down, the claims are kept in memory and retried every few seconds, so an
        outage at the due minute delays the post instead of losing it."""
        due = [(r, occ) for r, occ in due if occ >= r.created_at]
        if not due:
            return
        try:
            won = await self.claimer.claim((r.id, occ) for r, occ in due)
        except DB_DOWN as exc:
            log.warning("reminders: the database is unavailable, %d occurrence(s) not claimed yet, retrying: %s",
                        len(due), exc.__cause__ or exc)
            first = not self.unclaimed
            self.unclaimed.update(((r.id, occ), r) for r, occ in due)
            if first:
                self._schedule_claim_retry(0)
            return
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
            sends.append(self.send_occurrence(claimed, occ))
        await asyncio.gather(*sends)

    def _schedule_claim_retry(self, attempt: int) -> None:
        delay = CLAIM_RETRY_SECONDS[min(attempt, len(CLAIM_RETRY_SECONDS) - 1)]
        follow_up(self.scheduler, claim_retry_job, timedelta(seconds=delay), [self, attempt + 1],
                  f"reminders-claims:{self.key}")

    async def retry_claims(self, attempt: int) -> None:
        """Claims the database refused: try them again (the claim itself drops any already taken)."""
        pending, self.unclaimed = list(self.unclaimed.items()), {}
        now = self.app.clock.now()
        due = [(r, occ) for (_, occ), r in pending if now - occ <= self.grace]
        await self.deliver_due(due, now)
        if self.unclaimed:  # still down: deliver_due kept them again
            self._schedule_claim_retry(attempt)

    async def send_occurrence(self, r: ReminderInfo, occ: datetime, *, attempt: int = 0,
                              search_history: bool = False) -> bool:
        """One attempt at a claimed occurrence, with its nonce; records *sent* with the message id.

        ``search_history``: the post may exist beyond Discord's nonce window (a takeover, a late retry):
        look for it first and record it instead of posting again."""
        now = self.app.clock.now()
        late = (now - occ).total_seconds() > LATE_AFTER_SECONDS
        card = post_card(r, occ, late=late)
        kind, target = ("dm", r.user_id) if r.personal else ("post", r.channel_id or 0)
        key = outbox.nonce(r.id, occ)
        try:
            found = await self.sender.find(kind, target, nonce=key, marker=occurrence_marker(r, occ)) \
                if search_history else None
            if found is not None:
                log.info("reminder %d: the occurrence due %s was already posted (message %d)", r.id, occ, found)
                message_id = found
            elif r.personal:
                message_id = await self.sender.dm(r.user_id, card, nonce=key)
            else:
                message_id = await self.sender.post(r.channel_id or 0, card, guild_id=r.guild_id, role_id=r.role_id,
                                                    nonce=key)
        except DeliveryFailed as exc:
            await self._failed(r, exc.failure, str(exc))
            if exc.failure.permanent:
                await self._finish(r.id, occ, FAILED)
            else:
                self._schedule_retry(r, occ, attempt)
            return False
        except Exception:  # a lost answer, a bug, a network error: log it, never kill the scheduler
            log.exception("reminder %d: sending the occurrence due %s failed", r.id, occ)
            self._schedule_retry(r, occ, attempt)
            return False
        await self._finish(r.id, occ, SENT, message_id)
        if r.failures:
            with contextlib.suppress(*DB_DOWN):
                await queries.reset_failures(self.app, r.id)
        return True

    async def _finish(self, reminder_id: int, occ: datetime, state: str, message_id: int | None = None) -> None:
        try:
            await self.recorder.submit((reminder_id, occ, state, message_id))
        except DB_DOWN:
            # The row stays *sending*: the sweep re-sends with the same nonce (or finds the post in the
            # history) and records it then.
            log.warning("reminder %d: could not record the occurrence due %s as %s (database unavailable)",
                        reminder_id, occ, state)

    async def deliver(self, r: ReminderInfo, occ: datetime, *, test: bool = False) -> bool:
        """A post outside the outbox (/reminder test, a snooze): one attempt, no nonce, no retry."""
        card = post_card(r, occ, test=test)
        try:
            if r.personal:
                await self.sender.dm(r.user_id, card)
            else:
                await self.sender.post(r.channel_id or 0, card, guild_id=r.guild_id, role_id=r.role_id)
        except DeliveryFailed as exc:
            if not test:
                await self._failed(r, exc.failure, str(exc))
            else:
                log.warning("reminder %d: test post failed: %s", r.id, exc)
            return False
        except Exception:
            log.exception("reminder %d: sending failed", r.id)
            return False
        return True

    def _schedule_retry(self, r: ReminderInfo, occ: datetime, attempt: int) -> None:
        """This process holds the claim: retry later with the same nonce, within grace. Beyond the last
        retry the row stays *sending* and the sweep takes it up when the lease expires."""
        if attempt >= len(self.retry_delays):
            log.warning("reminder %d: leaving the occurrence due %s to the sweep after %d retries", r.id, occ,
                        attempt)
            return
        delay = self.retry_delays[attempt]
        if self.app.clock.now() + delay - occ > self.grace:
            log.warning("reminder %d: not retrying the occurrence due %s: beyond the grace window", r.id, occ)
            return
        follow_up(self.scheduler, retry_job, delay, [self, r.id, occ.isoformat(), attempt + 1],
                  f"reminder-retry:{r.id}:{occ.isoformat()}")
        log.info("reminder %d: will retry the occurrence due %s in %s", r.id, occ, delay)

    async def on_retry(self, reminder_id: int, occ: datetime, attempt: int) -> None:
        try:
            r = await self.refresh(reminder_id)
            if r is None or not r.active:
                return  # removed, paused or disabled meanwhile
            held = await queries.renew_occurrence(self.app, reminder_id, occ, self.key)
        except DB_DOWN:
            log.warning("reminder %d: the database is unavailable; the sweep will retry the occurrence due %s",
                        reminder_id, occ)
            return
        if held is None:
            return  # sent, failed, or taken over by another process after our lease expired
        if held.attempts > MAX_ATTEMPTS:
            await self._finish(reminder_id, occ, FAILED)
            return
        await self.send_occurrence(r, occ, attempt=attempt,
                                   search_history=self.app.clock.now() - held.created_at > NONCE_TRUST)

    async def sweep(self) -> None:
        """Re-send what was claimed but never confirmed (a crash, a kill mid-post, lost answers past the
        holder's retries), once the holder's lease expired, within the grace window."""
        now = self.app.clock.now()
        if self.pruned_at is None or now - self.pruned_at > timedelta(hours=1):
            self.pruned_at = now
            gone = await queries.prune_occurrences(self.app, before=now - max(KEEP_OUTCOMES, 2 * self.grace))
            if gone:
                log.info("reminders: forgot %d delivery outcome(s) older than %s", gone, KEEP_OUTCOMES)
        rows = await queries.stale_occurrences(self.app, older_than=now - self.lease, since=now - self.grace)
        sends = []
        for r, occ in rows:
            if not owns(self.app.config, r.guild_id):
                continue
            held = await queries.take_over_occurrence(self.app, occ, self.key)
            if held is None:
                continue  # another sweeper won it
            if held.attempts > MAX_ATTEMPTS:
                log.warning("reminder %d: giving up on the occurrence due %s after %d attempts", r.id,
                            occ.occurrence, held.attempts - 1)
                await self._finish(r.id, occ.occurrence, FAILED)
                continue
            log.info("reminder %d: re-sending the unconfirmed occurrence due %s (claimed by %s at %s)", r.id,
                     occ.occurrence, occ.claimed_by[:8], occ.claimed_at)
            sends.append(self.send_occurrence(r, occ.occurrence, search_history=True))
        await asyncio.gather(*sends)
        # A claim whose lease has not expired yet (e.g. a process killed seconds ago): sweep again then,
        # rather than at the next minute.
        expires = await queries.next_lease_expiry(self.app, since=now - self.grace, lease=self.lease)
        if expires is not None:
            wait = max(expires - self.app.clock.now(), timedelta(0)) + timedelta(milliseconds=200)
            follow_up(self.scheduler, sweep_job, wait, [self], f"reminders-sweep:{self.key}")

    async def _failed(self, r: ReminderInfo, failure: Failure, detail: str) -> None:
        log.warning("reminder %d could not be delivered: %s", r.id, detail)
        if failure is Failure.DM_CLOSED:
            await queries.record_dm_failure(self.app, r.user_id)
        elif failure.permanent:
            updated = await queries.record_failure(self.app, r.id, failure)
            if updated is not None and updated.disabled_reason:
                log.warning("reminder %d disabled: %s", r.id, updated.disabled_reason)
                self.unschedule(r.id)

    async def test_post(self, r: ReminderInfo) -> bool:
        """/reminder test: post it now, without touching the claim or the outbox."""
        return await self.deliver(r, self.app.clock.now(), test=True)

    # -- snooze (personal reminders) --------------------------------------------------------------

    async def snooze(self, reminder_id: int, user_id: int) -> datetime:
        until = self.app.clock.now() + SNOOZE
        r = await queries.snooze(self.app, reminder_id, user_id, until)
        self.schedule(r)
        return until

    async def on_snooze(self, reminder_id: int) -> None:
        now = self.app.clock.now()
        r = await queries.claim_snooze(self.app, reminder_id, now)
        if r is not None and r.active and r.snoozed_until is None:
            await self.deliver(r, now)


def _when(r: ReminderInfo) -> tuple[int, int, str, str]:
    return r.hour, r.minute, r.days, r.timezone
