"""The reminder outbox: what happened to each claimed occurrence, and the conditional writes that move it.

A row is created *sending* by the claim (:func:`bot.reminders.queries.claim`). Its holder renews the lease
before each attempt; a successful post records *sent* with the message id. Another process may take a
*sending* row over only once its lease expired (a conditional UPDATE on ``claimed_at``), so two processes
never both hold it. Every attempt for one occurrence carries the same nonce (:func:`nonce`).

The row-level moves (:func:`renew_row`, :func:`take_over_row`, :func:`finish_row`, :func:`stale_rows`) work
on any table with these columns (``state``, ``attempts``, ``message_id``, ``claimed_by``, ``claimed_at``,
``created_at``, ``sent_at``) and its own key: the reminders' ``reminder_occurrences`` and the weekly recap's
``recap_posts`` (bot/recap/delivery.py) share them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.app import App
from bot.reminders.queries import ReminderInfo
from db.models import Reminder, ReminderOccurrence

SENDING, SENT, FAILED, SKIPPED = "sending", "sent", "failed", "skipped"


def nonce(reminder_id: int, occurrence: datetime) -> str:
    """The same for every attempt at one occurrence, in any process: Discord keeps one message per nonce
    (``enforce_nonce``) for a few minutes. At most 25 characters, as Discord requires."""
    return f"r{reminder_id}o{int(occurrence.timestamp())}"[:25]


@dataclass(frozen=True, slots=True)
class Occurrence:
    reminder_id: int
    occurrence: datetime
    state: str
    attempts: int
    message_id: int | None
    claimed_by: str
    claimed_at: datetime
    created_at: datetime

    @classmethod
    def of(cls, row: ReminderOccurrence) -> Occurrence:
        return cls(row.reminder_id, row.occurrence, row.state, row.attempts, row.message_id, row.claimed_by,
                   row.claimed_at, row.created_at)


def _key(reminder_id: int, occurrence: datetime) -> dict[str, Any]:
    return {"reminder_id": reminder_id, "occurrence": occurrence}


def _where(model: type, key: dict[str, Any]) -> list[Any]:
    return [getattr(model, column) == value for column, value in key.items()]


async def renew_row(s: AsyncSession, model: type, key: dict[str, Any], claimer: str, now: datetime) -> Any:
    """Count an attempt and renew the lease, only if ``claimer`` still holds the *sending* row (else None)."""
    stmt: Any = (update(model).where(*_where(model, key), model.state == SENDING, model.claimed_by == claimer)  # type: ignore[attr-defined]
            .values(claimed_at=now, attempts=model.attempts + 1)  # type: ignore[attr-defined]
            .returning(model).execution_options(synchronize_session=False))
    return await s.scalar(stmt)


async def take_over_row(s: AsyncSession, model: type, key: dict[str, Any], *, held_by: str, held_at: datetime,
                        claimer: str, now: datetime) -> Any:
    """Take a *sending* row whose lease expired; only one of several sweepers wins (the holder and
    ``claimed_at`` must be unchanged since they were read)."""
    stmt: Any = (update(model).where(*_where(model, key), model.state == SENDING,  # type: ignore[attr-defined]
                                model.claimed_by == held_by, model.claimed_at == held_at)  # type: ignore[attr-defined]
            .values(claimed_by=claimer, claimed_at=now, attempts=model.attempts + 1)  # type: ignore[attr-defined]
            .returning(model).execution_options(synchronize_session=False))
    return await s.scalar(stmt)


async def finish_row(s: AsyncSession, model: type, key: dict[str, Any], state: str, message_id: int | None,
                     now: datetime) -> bool:
    """Record the outcome of a row still *sending*, whoever holds it: a post Discord confirmed is a fact."""
    stmt: Any = (update(model).where(*_where(model, key), model.state == SENDING)  # type: ignore[attr-defined]
            .values(state=state, message_id=message_id, sent_at=now if state == SENT else None)
            .execution_options(synchronize_session=False))
    result = await s.execute(stmt)
    return bool(result.rowcount)  # type: ignore[attr-defined]


def stale_rows(model: type, *, claimer: str, older_than: datetime, since: datetime) -> Any:
    """A SELECT of the *sending* rows created after ``since`` (the grace window) that ``claimer`` may try
    now: its own, and others' whose lease expired (claimed before ``older_than``)."""
    m: Any = model
    return select(m).where(m.state == SENDING, m.created_at >= since,
                           (m.claimed_by == claimer) | (m.claimed_at <= older_than)).order_by(m.created_at)


async def get(app: App, reminder_id: int, occurrence: datetime) -> Occurrence | None:
    async def work(s: AsyncSession) -> Occurrence | None:
        row = await s.get(ReminderOccurrence, (reminder_id, occurrence))
        return Occurrence.of(row) if row else None

    return await app.db.run(work)


async def of_reminder(app: App, reminder_id: int) -> list[Occurrence]:
    async def work(s: AsyncSession) -> list[Occurrence]:
        rows = await s.scalars(select(ReminderOccurrence).where(ReminderOccurrence.reminder_id == reminder_id)
                               .order_by(ReminderOccurrence.occurrence))
        return [Occurrence.of(r) for r in rows]

    return await app.db.run(work)


async def renew(app: App, reminder_id: int, occurrence: datetime, claimer: str) -> Occurrence | None:
    """Before an attempt: count it and renew the lease, only if this claimer still holds a *sending* row."""
    async def work(s: AsyncSession) -> Occurrence | None:
        row = await renew_row(s, ReminderOccurrence, _key(reminder_id, occurrence), claimer, app.clock.now())
        return Occurrence.of(row) if row else None

    return await app.db.run(work)


async def take_over(app: App, stale: Occurrence, claimer: str) -> Occurrence | None:
    """Take a *sending* row whose lease expired; only one of several sweepers wins (``claimed_at`` must be
    unchanged since it was read)."""
    async def work(s: AsyncSession) -> Occurrence | None:
        row = await take_over_row(s, ReminderOccurrence, _key(stale.reminder_id, stale.occurrence),
                                  held_by=stale.claimed_by, held_at=stale.claimed_at, claimer=claimer,
                                  now=app.clock.now())
        return Occurrence.of(row) if row else None

    return await app.db.run(work)


Outcome = tuple[int, datetime, str, int | None]  # reminder id, occurrence, state, message id


async def finish(app: App, reminder_id: int, occurrence: datetime, state: str,
                 message_id: int | None = None) -> bool:
    return (await finish_many(app, [(reminder_id, occurrence, state, message_id)]))[0]


async def finish_many(app: App, outcomes: list[Outcome]) -> list[bool]:
    """Record outcomes (*sent* with its message id, or *failed*) of rows still *sending*, in one transaction
    (a burst of 1,000 posts is recorded in a few commits, not 1,000).

    Whoever holds a row now: a post that Discord confirmed is a fact even if the lease moved meanwhile."""
    async def work(s: AsyncSession) -> list[bool]:
        done = []
        now = app.clock.now()
        for reminder_id, occurrence, state, message_id in outcomes:
            done.append(await finish_row(s, ReminderOccurrence, _key(reminder_id, occurrence), state, message_id,
                                         now))
        return done

    return await app.db.run(work)


async def stale(app: App, *, older_than: datetime, since: datetime) -> list[tuple[ReminderInfo, Occurrence]]:
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
        return [(ReminderInfo.of(r), Occurrence.of(o)) for r, o in rows]

    return await app.db.run(work)


async def next_expiry(app: App, *, since: datetime, lease: timedelta) -> datetime | None:
    """When the earliest *sending* lease still running expires (None if there is none)."""
    async def work(s: AsyncSession) -> datetime | None:
        return await s.scalar(select(func.min(ReminderOccurrence.claimed_at)).where(
            ReminderOccurrence.state == SENDING, ReminderOccurrence.occurrence >= since,
            ReminderOccurrence.claimed_at > app.clock.now() - lease))

    oldest = await app.db.run(work)
    return oldest + lease if oldest is not None else None


async def prune(app: App, *, before: datetime) -> int:
    """Forget outcomes claimed before ``before`` (the table would otherwise grow by a row per occurrence
    forever); a *sending* row that old is beyond any grace window and is dropped too."""
    async def work(s: AsyncSession) -> int:
        result = await s.execute(delete(ReminderOccurrence).where(
            ReminderOccurrence.state.in_((SENT, FAILED, SKIPPED, SENDING)), ReminderOccurrence.claimed_at < before)
            .execution_options(synchronize_session=False))
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

    return await app.db.run(work)
