"""The reminders table: validated writes with limits, the occurrence claim, failure counting, DM notices."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, delete, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from bot.app import App
from bot.cards import Problem
from bot.reminders.outbox import Occurrence, Outcome
from bot.reminders.parsing import clean_message, days_from_str, days_to_str, parse_days, parse_time
from bot.reminders.schedule import Schedule
from bot.reminders.sender import Failure
from bot.timezones import parse_zone
from db.models import Member, Reminder, ReminderOccurrence, ReminderQuotaLock
from db.outbox import FAILED, SENDING, SENT, SKIPPED, claimed, finish_row, renew_row, take_over_row

GUILD_LIMIT = 25
PERSONAL_LIMIT = 5
MAX_FAILURES = 3  # permanent delivery failures in a row before a reminder is disabled
DM_NOTICE = ("I couldn't deliver your warm-up reminder by direct message: Discord says you don't accept "
             "DMs from me. Allow direct messages from this server's members, or remove it with /remindme remove.")


@dataclass(frozen=True, slots=True)
class ReminderInfo:
    """A detached, read-only copy of a row: safe to keep in memory and to hand to any task."""

    id: int
    guild_id: int
    user_id: int
    personal: bool
    channel_id: int | None
    role_id: int | None
    hour: int
    minute: int
    days: str
    timezone: str
    message: str
    paused: bool
    disabled_reason: str | None
    failures: int
    last_occurrence: datetime | None
    snoozed_until: datetime | None
    created_at: datetime

    @classmethod
    def of(cls, row: Reminder) -> ReminderInfo:
        return cls(row.id, row.guild_id, row.user_id, row.personal, row.channel_id, row.role_id, row.hour,
                   row.minute, row.days, row.timezone, row.message or "", row.paused, row.disabled_reason,
                   row.failures, row.last_occurrence, row.snoozed_until, row.created_at)

    @property
    def schedule(self) -> Schedule:
        return Schedule(self.hour, self.minute, days_from_str(self.days), ZoneInfo(self.timezone))

    @property
    def active(self) -> bool:
        return not self.paused and self.disabled_reason is None


async def add(app: App, *, guild_id: int, user_id: int, time: str, days: str | None, timezone: str,
              channel_id: int | None = None, role_id: int | None = None, message: str | None = None,
              personal: bool = False) -> ReminderInfo:
    """Validate everything, then check the limit and insert in one transaction (nothing saved on bad input)."""
    hour, minute = parse_time(time)
    day_set = parse_days(days or "daily")
    zone = parse_zone(timezone).key
    text = clean_message(message)
    owner_filter = (Reminder.personal.is_(True), Reminder.user_id == user_id) if personal else (
        Reminder.personal.is_(False), Reminder.guild_id == guild_id)
    limit = PERSONAL_LIMIT if personal else GUILD_LIMIT

    async def work(s: AsyncSession) -> ReminderInfo:
        await _lock_quota(s, f"member:{user_id}" if personal else f"guild:{guild_id}")
        count = await s.scalar(select(func.count()).select_from(Reminder).where(*owner_filter)) or 0
        if count >= limit:
            who = "You have" if personal else "This server has"
            raise Problem(f"{who} {count} reminders, the most allowed is {limit}. Remove one first.")
        row = Reminder(guild_id=0 if personal else guild_id, user_id=user_id, personal=personal,
                       channel_id=channel_id, role_id=role_id, hour=hour, minute=minute, days=days_to_str(day_set),
                       timezone=zone, message=text, paused=False, failures=0, created_at=app.clock.now())
        s.add(row)
        await s.flush()
        return ReminderInfo.of(row)

    return await app.db.run(work)


def _insert(s: AsyncSession, model: type) -> Any:
    """INSERT with ON CONFLICT support on both backends."""
    return (pg_insert if s.get_bind().dialect.name == "postgresql" else sqlite_insert)(model)


async def _lock_quota(s: AsyncSession, scope: str) -> None:
    """Write the scope's lock row first, so the count that follows is not raced by another adder.

    On PostgreSQL the upsert holds the row lock until commit (a second adder waits, then counts the first
    one's row: READ COMMITTED takes a new snapshot per statement). On SQLite a write as the first statement
    of a transaction takes the database's write lock, waiting under busy_timeout, before anything is read.
    """
    stmt = _insert(s, ReminderQuotaLock).values(scope=scope, bumps=1)
    await s.execute(stmt.on_conflict_do_update(index_elements=["scope"],
                                               set_={"bumps": ReminderQuotaLock.bumps + 1}))


def _scope(guild_id: int | None, user_id: int | None) -> list[ColumnElement[bool]]:
    """Server reminders are managed per server, personal ones only by their owner."""
    if guild_id is not None:
        return [Reminder.guild_id == guild_id, Reminder.personal.is_(False)]
    return [Reminder.user_id == user_id, Reminder.personal.is_(True)]


async def get(app: App, reminder_id: int) -> ReminderInfo | None:
    async def work(s: AsyncSession) -> ReminderInfo | None:
        row = await s.get(Reminder, reminder_id)
        return ReminderInfo.of(row) if row else None

    return await app.db.run(work)


async def listing(app: App, *, guild_id: int | None = None, user_id: int | None = None) -> list[ReminderInfo]:
    async def work(s: AsyncSession) -> list[ReminderInfo]:
        rows = await s.scalars(select(Reminder).where(*_scope(guild_id, user_id)).order_by(Reminder.id))
        return [ReminderInfo.of(r) for r in rows]

    return await app.db.run(work)


async def active(app: App) -> list[ReminderInfo]:
    """Every reminder that should have a job (the caller keeps those its process owns)."""
    async def work(s: AsyncSession) -> list[ReminderInfo]:
        rows = await s.scalars(select(Reminder).where(Reminder.paused.is_(False), Reminder.disabled_reason.is_(None)))
        return [ReminderInfo.of(r) for r in rows]

    return await app.db.run(work)


async def _change(app: App, reminder_id: int, guild_id: int | None, user_id: int | None,
                  **values: object) -> ReminderInfo:
    async def work(s: AsyncSession) -> ReminderInfo:
        row = await s.scalar(select(Reminder).where(Reminder.id == reminder_id, *_scope(guild_id, user_id)))
        if row is None:
            raise Problem(f"There is no reminder #{reminder_id} here. /reminder list shows their numbers.")
        if values.pop("delete", False):
            await s.delete(row)
            return ReminderInfo.of(row)
        for key, value in values.items():
            setattr(row, key, value)
        await s.flush()
        return ReminderInfo.of(row)

    return await app.db.run(work)


async def remove(app: App, reminder_id: int, *, guild_id: int | None = None,
                 user_id: int | None = None) -> ReminderInfo:
    return await _change(app, reminder_id, guild_id, user_id, delete=True)


async def set_paused(app: App, reminder_id: int, paused: bool, *, guild_id: int | None = None,
                     user_id: int | None = None) -> ReminderInfo:
    """Resuming also re-enables a reminder disabled after failures (the admin says it is fixed).

    ``last_occurrence`` moves to now so occurrences missed while paused are not sent on resume."""
    extra: dict[str, object] = {} if paused else {"disabled_reason": None, "failures": 0,
                                                   "last_occurrence": app.clock.now()}
    return await _change(app, reminder_id, guild_id, user_id, paused=paused, **extra)


_CLAIMABLE = (Reminder.paused.is_(False), Reminder.disabled_reason.is_(None))


async def claim(app: App, wanted: Iterable[tuple[int, datetime]], *, claimer: str = "",
                skip_before: datetime | None = None) -> dict[int, ReminderInfo]:
    """Claim occurrences in one transaction; returns the rows this caller won (with their current content).

    One conditional UPDATE per distinct occurrence instant; only a row whose ``last_occurrence`` is older
    is updated, so whoever commits first wins and every other claimer (process, duplicate job) gets nothing.
    Each won occurrence is recorded in the outbox in the same transaction: *sending* (claimed by
    ``claimer``), or *skipped* when it is older than ``skip_before`` (beyond the grace window).
    """
    by_occ: dict[datetime, list[int]] = defaultdict(list)
    for reminder_id, occ in wanted:
        by_occ[occ].append(reminder_id)

    async def work(s: AsyncSession) -> dict[int, ReminderInfo]:
        won: dict[int, ReminderInfo] = {}
        for occ, ids in by_occ.items():
            stmt = (update(Reminder)
                    .where(Reminder.id.in_(ids), *_CLAIMABLE,
                           or_(Reminder.last_occurrence.is_(None), Reminder.last_occurrence < occ))
                    .values(last_occurrence=occ).returning(Reminder)
                    .execution_options(synchronize_session=False))
            rows = [ReminderInfo.of(row) for row in await s.scalars(stmt)]
            if not rows:
                continue
            now = app.clock.now()
            state = "skipped" if skip_before is not None and occ < skip_before else "sending"
            await s.execute(_insert(s, ReminderOccurrence).values([
                dict(reminder_id=r.id, occurrence=occ, state=state, attempts=0, claimed_by=claimer,
                     claimed_at=now, created_at=now) for r in rows]).on_conflict_do_nothing())
            won.update((r.id, r) for r in rows)
        return won

    return await app.db.run(work)


async def record_failure(app: App, reminder_id: int, failure: Failure) -> ReminderInfo | None:
    """Count a permanent failure; at MAX_FAILURES the reminder is disabled with the reason (shown in the list)."""
    async def work(s: AsyncSession) -> ReminderInfo | None:
        row = await s.get(Reminder, reminder_id, with_for_update=True)
        if row is None:
            return None
        row.failures += 1
        if row.failures >= MAX_FAILURES:
            row.disabled_reason = f"{failure.value} ({row.failures} times in a row)"
        await s.flush()
        return ReminderInfo.of(row)

    return await app.db.run(work)


async def reset_failures(app: App, reminder_id: int) -> None:
    async def work(s: AsyncSession) -> None:
        await s.execute(update(Reminder).where(Reminder.id == reminder_id).values(failures=0))

    await app.db.run(work)


async def snooze(app: App, reminder_id: int, user_id: int, until: datetime) -> ReminderInfo:
    return await _change(app, reminder_id, None, user_id, snoozed_until=until)


async def claim_snooze(app: App, reminder_id: int, now: datetime) -> ReminderInfo | None:
    """Take a due snooze (clearing it) so a snoozed reminder is re-sent once, like an occurrence."""
    async def work(s: AsyncSession) -> ReminderInfo | None:
        stmt = (update(Reminder)
                .where(Reminder.id == reminder_id, Reminder.snoozed_until.is_not(None), Reminder.snoozed_until <= now)
                .values(snoozed_until=None).returning(Reminder).execution_options(synchronize_session=False))
        row = await s.scalar(stmt)
        return ReminderInfo.of(row) if row else None

    return await app.db.run(work)


async def _member(s: AsyncSession, app: App, user_id: int) -> Member:
    # Personal reminders are not tied to a server: their notices live on the member's guild-0 row.
    row = await s.scalar(select(Member).where(Member.guild_id == 0, Member.user_id == user_id).with_for_update())
    if row is None:
        row = Member(guild_id=0, user_id=user_id, dm_failures=0, created_at=app.clock.now())
        s.add(row)
    return row


async def record_dm_failure(app: App, user_id: int) -> int:
    async def work(s: AsyncSession) -> int:
        member = await _member(s, app, user_id)
        member.dm_failures = (member.dm_failures or 0) + 1
        member.notice = DM_NOTICE
        await s.flush()
        return member.dm_failures

    failures = await app.db.run(work)
    app.notice_checks.pending(user_id)
    return failures


async def take_notice(app: App, user_id: int) -> str | None:
    """The hook other cogs can call: returns (and clears) a pending notice for this member, if any."""
    async def work(s: AsyncSession) -> str | None:
        row = await s.scalar(select(Member).where(Member.guild_id == 0, Member.user_id == user_id,
                                                  Member.notice.is_not(None)).with_for_update())
        if row is None:
            return None
        text, row.notice = row.notice, None
        return text

    return await app.db.run(work)


# -- the outbox (bot/reminders/outbox.py): one row per claimed occurrence ----------------------------------

def _occurrence(row: ReminderOccurrence) -> Occurrence:
    return Occurrence(row.reminder_id, row.occurrence, **claimed(row))


def _key(reminder_id: int, occ: datetime) -> dict[str, Any]:
    return {"reminder_id": reminder_id, "occurrence": occ}


async def occurrence(app: App, reminder_id: int, occ: datetime) -> Occurrence | None:
    async def work(s: AsyncSession) -> Occurrence | None:
        row = await s.get(ReminderOccurrence, (reminder_id, occ))
        return _occurrence(row) if row else None

    return await app.db.run(work)


async def occurrences(app: App, reminder_id: int) -> list[Occurrence]:
    async def work(s: AsyncSession) -> list[Occurrence]:
        rows = await s.scalars(select(ReminderOccurrence).where(ReminderOccurrence.reminder_id == reminder_id)
                               .order_by(ReminderOccurrence.occurrence))
        return [_occurrence(r) for r in rows]

    return await app.db.run(work)


async def renew_occurrence(app: App, reminder_id: int, occ: datetime, claimer: str) -> Occurrence | None:
    """Before an attempt: count it and renew the lease, only if this claimer still holds a *sending* row."""
    async def work(s: AsyncSession) -> Occurrence | None:
        row = await renew_row(s, ReminderOccurrence, _key(reminder_id, occ), claimer, app.clock.now())
        return _occurrence(row) if row else None

    return await app.db.run(work)


async def take_over_occurrence(app: App, stale: Occurrence, claimer: str) -> Occurrence | None:
    """Take a *sending* row whose lease expired; only one of several sweepers wins (``claimed_at`` must be
    unchanged since it was read)."""
    async def work(s: AsyncSession) -> Occurrence | None:
        row = await take_over_row(s, ReminderOccurrence, _key(stale.reminder_id, stale.occurrence),
                                  held_by=stale.claimed_by, held_at=stale.claimed_at, claimer=claimer,
                                  now=app.clock.now())
        return _occurrence(row) if row else None

    return await app.db.run(work)


async def finish_occurrences(app: App, outcomes: list[Outcome]) -> list[bool]:
    """Record outcomes (*sent* with its message id, or *failed*) of rows still *sending*, in one transaction
    (a burst of 1,000 posts is recorded in a few commits, not 1,000).

    Whoever holds a row now: a post that Discord confirmed is a fact even if the lease moved meanwhile."""
    async def work(s: AsyncSession) -> list[bool]:
        done = []
        now = app.clock.now()
        for reminder_id, occ, state, message_id in outcomes:
            done.append(await finish_row(s, ReminderOccurrence, _key(reminder_id, occ), state, message_id,
                                         now))
        return done

    return await app.db.run(work)


async def stale_occurrences(app: App, *, older_than: datetime, since: datetime,
                            ) -> list[tuple[ReminderInfo, Occurrence]]:
    """*sending* rows whose lease expired (claimed before ``older_than``), for occurrences after ``since``
    (the grace window), of reminders still active."""
    async def work(s: AsyncSession) -> list[tuple[ReminderInfo, Occurrence]]:
        rows = await s.execute(
            select(Reminder, ReminderOccurrence).join(ReminderOccurrence,
                                                      ReminderOccurrence.reminder_id == Reminder.id)
            .where(ReminderOccurrence.state == SENDING, ReminderOccurrence.claimed_at <= older_than,
                   ReminderOccurrence.occurrence >= since, Reminder.paused.is_(False),
                   Reminder.disabled_reason.is_(None))
            .order_by(ReminderOccurrence.occurrence))
        return [(ReminderInfo.of(r), _occurrence(o)) for r, o in rows]

    return await app.db.run(work)


async def next_lease_expiry(app: App, *, since: datetime, lease: timedelta) -> datetime | None:
    """When the earliest *sending* lease still running expires (None if there is none)."""
    async def work(s: AsyncSession) -> datetime | None:
        return await s.scalar(select(func.min(ReminderOccurrence.claimed_at)).where(
            ReminderOccurrence.state == SENDING, ReminderOccurrence.occurrence >= since,
            ReminderOccurrence.claimed_at > app.clock.now() - lease))

    oldest = await app.db.run(work)
    return oldest + lease if oldest is not None else None


async def prune_occurrences(app: App, *, before: datetime) -> int:
    """Forget outcomes claimed before ``before`` (the table would otherwise grow by a row per occurrence
    forever); a *sending* row that old is beyond any grace window and is dropped too."""
    async def work(s: AsyncSession) -> int:
        result = await s.execute(delete(ReminderOccurrence).where(
            ReminderOccurrence.state.in_((SENT, FAILED, SKIPPED, SENDING)), ReminderOccurrence.claimed_at < before)
            .execution_options(synchronize_session=False))
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

    return await app.db.run(work)
