"""The totals /about shows."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from db.engine import Database
from db.models import DrillLog, Reminder


async def totals(db: Database) -> dict[str, int]:
    async def work(s: AsyncSession) -> dict[str, int]:
        row = (await s.execute(select(
            select(func.count()).select_from(DrillLog).scalar_subquery(),
            select(func.count(func.distinct(DrillLog.user_id))).scalar_subquery(),
            select(func.count()).select_from(Reminder).scalar_subquery(),
        ))).one()
        return {"drills": row[0] or 0, "athletes": row[1] or 0, "reminders": row[2] or 0}

    return await db.run(work)
