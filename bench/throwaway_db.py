"""A database a benchmark can fill and throw away: a fresh SQLite file, or a schema of its own on PostgreSQL.

Benchmarks must not leave rows in a shared server's public schema: the next benchmark (or a bot started on
it) would find 10,000 stray reminders or drills and measure them too.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from sqlalchemy import text

from db.engine import Database


@asynccontextmanager
async def throwaway_db(url: str | None, name: str, **engine_kwargs: Any) -> AsyncIterator[Database]:
    """Yields an empty database (not yet migrated); on PostgreSQL the schema is dropped afterwards."""
    if url is None:
        with tempfile.TemporaryDirectory() as tmp:
            db = Database(f"sqlite+aiosqlite:///{tmp}/{name}.db", **engine_kwargs)
            try:
                yield db
            finally:
                await db.close()
        return
    schema = f"bench_{name}_{os.getpid()}"
    admin = Database(url)
    try:
        async with admin.engine.begin() as conn:
            await conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
            await conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        db = Database(url, connect_args={"server_settings": {"search_path": schema}}, **engine_kwargs)
        try:
            yield db
        finally:
            await db.close()
            async with admin.engine.begin() as conn:
                await conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    finally:
        await admin.close()
