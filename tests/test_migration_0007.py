"""Migration 0007 drops the dead columns and keeps everything else: drill_logs' links to their sessions and
its aggregate triggers, on SQLite (where warmup_sessions is rebuilt) and PostgreSQL; downgrade restores."""

from __future__ import annotations

from datetime import UTC, datetime

from alembic import command
from sqlalchemy import inspect, text
from sqlalchemy.ext.asyncio import AsyncConnection

from db import migrate
from db.engine import Database

NOW = datetime(2026, 6, 15, 12, tzinfo=UTC)
DEAD = {"members": {"timezone", "display_name"}, "guild_settings": {"reminder_channel_id", "reminder_role_id"},
        "warmup_sessions": {"reminder_id"}}


def _step(connection, action, revision):  # type: ignore[no-untyped-def]
    cfg = migrate.alembic_config()
    cfg.attributes["connection"] = connection
    action(cfg, revision)


async def _columns(conn: AsyncConnection, table: str) -> set[str]:
    return await conn.run_sync(lambda c: {col["name"] for col in inspect(c).get_columns(table)})


async def _triggers(conn: AsyncConnection) -> int:
    if conn.dialect.name == "sqlite":
        sql = "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'drill_logs'"
    else:
        sql = "SELECT count(*) FROM pg_trigger WHERE tgrelid = 'drill_logs'::regclass AND NOT tgisinternal"
    return int(await conn.scalar(text(sql)) or 0)


async def _drill(conn: AsyncConnection, session_id: int, user_id: int) -> None:
    await conn.execute(text(
        "INSERT INTO drill_logs (guild_id, user_id, done_at, day, duration_s, variation, source, session_id) "
        "VALUES (1, :u, :now, :day, 45, 'in_place', 'team', :s)"), {"u": user_id, "now": NOW, "day": NOW.date(),
                                                                    "s": session_id})


async def _linked(conn: AsyncConnection) -> list[tuple[int, int]]:
    rows = await conn.execute(text("SELECT user_id, session_id FROM drill_logs ORDER BY user_id"))
    return [(int(u), int(s)) for u, s in rows]


async def _team_day_members(conn: AsyncConnection) -> int:
    return int(await conn.scalar(text("SELECT members FROM drill_team_days WHERE guild_id = 1")) or 0)


async def test_0007_drops_dead_columns_keeps_links_and_triggers_and_downgrades(db: Database) -> None:
    async with db.engine.begin() as conn:
        await conn.run_sync(_step, command.downgrade, "0006")
    async with db.engine.begin() as conn:
        for table, columns in DEAD.items():
            assert columns <= await _columns(conn, table)
        await conn.execute(text(
            "INSERT INTO warmup_sessions (id, guild_id, channel_id, started_by, team, duration_s, variation, "
            "started_at, closes_at) VALUES (5, 1, 2, 3, true, 45, 'in_place', :now, :now)"), {"now": NOW})
        await conn.execute(text("INSERT INTO members (guild_id, user_id, display_name, created_at, dm_failures) "
                                "VALUES (1, 3, 'kiwi', :now, 0)"), {"now": NOW})
        await _drill(conn, 5, 3)
        await _drill(conn, 5, 4)
        triggers = await _triggers(conn)
        assert triggers >= 2

    async with db.engine.begin() as conn:
        await conn.run_sync(_step, command.upgrade, "0007")
    async with db.engine.begin() as conn:
        for table, columns in DEAD.items():
            assert not columns & await _columns(conn, table)
        assert await _linked(conn) == [(3, 5), (4, 5)]  # the rebuild of warmup_sessions lost no link
        assert await _triggers(conn) == triggers
        assert await conn.scalar(text("SELECT count(*) FROM members")) == 1
        await _drill(conn, 5, 6)  # the aggregate triggers still run
        assert await _team_day_members(conn) == 3

    async with db.engine.begin() as conn:
        await conn.run_sync(_step, command.downgrade, "0006")
    async with db.engine.begin() as conn:
        for table, columns in DEAD.items():
            assert columns <= await _columns(conn, table)
        assert await _linked(conn) == [(3, 5), (4, 5), (6, 5)]
        assert await _triggers(conn) == triggers
        fks = await conn.run_sync(lambda c: inspect(c).get_foreign_keys("warmup_sessions"))
        assert [fk["referred_table"] for fk in fks] == ["reminders"]

    async with db.engine.begin() as conn:
        await conn.run_sync(_step, command.upgrade, "head")
        assert await migrate.current_revision(db) is not None
