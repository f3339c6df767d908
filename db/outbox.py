"""The outbox's conditional row moves, shared by two tables: the reminders' ``reminder_occurrences`` and the
weekly recap's ``recap_posts`` (their rules: bot/reminders/outbox.py, bot/recap/delivery.py).

They live here, beside the engine and the group commit, because they are a storage mechanism rather than one
feature's query: each works on any table with these columns (``state``, ``attempts``, ``message_id``,
``claimed_by``, ``claimed_at``, ``created_at``, ``sent_at``) and its own key. A holder renews its lease before
each attempt; another process takes a *sending* row over only once its lease expired (a conditional UPDATE
on ``claimed_at``), so two processes never both hold it; a confirmed post records *sent*.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import OutboxRow

SENDING, SENT, FAILED, SKIPPED = "sending", "sent", "failed", "skipped"


@dataclass(frozen=True, slots=True, kw_only=True)
class Claimed:
    """The outbox columns of a detached row copy; each table's copy adds its key before them
    (keyword-only fields come last in the constructor)."""

    state: str
    attempts: int
    message_id: int | None
    claimed_by: str
    claimed_at: datetime
    created_at: datetime


def claimed(row: OutboxRow) -> dict[str, Any]:
    """``row``'s outbox columns as keyword arguments of a :class:`Claimed` copy."""
    return {"state": row.state, "attempts": row.attempts, "message_id": row.message_id,
            "claimed_by": row.claimed_by, "claimed_at": row.claimed_at, "created_at": row.created_at}


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
