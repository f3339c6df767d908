"""The totals /about shows, and the bot's own key-value state (e.g. the hash of the registered commands)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from db.engine import Database
from db.models import BotState, DrillLog, Reminder


async def totals(db: Database) -> dict[str, int]:
    async def work(s: AsyncSession) -> dict[str, int]:
        row = (await s.execute(select(
            select(func.count()).select_from(DrillLog).scalar_subquery(),
            select(func.count(func.distinct(DrillLog.user_id))).scalar_subquery(),
            select(func.count()).select_from(Reminder).scalar_subquery(),
        ))).one()
        return {"drills": row[0] or 0, "athletes": row[1] or 0, "reminders": row[2] or 0}

    return await db.run(work)


async def bot_state(db: Database, key: str) -> str | None:
    async def work(s: AsyncSession) -> str | None:
        return await s.scalar(select(BotState.value).where(BotState.key == key))

    return await db.run(work)


async def set_bot_state(db: Database, key: str, value: str) -> None:
    # An upsert, not read-then-write: processes that start together must not trip over each other.
    insert = postgresql.insert if db.engine.dialect.name == "postgresql" else sqlite.insert

    async def work(s: AsyncSession) -> None:
        stmt = insert(BotState).values(key=key, value=value)
        await s.execute(stmt.on_conflict_do_update(index_elements=[BotState.key], set_={"value": value}))

    await db.run(work)
