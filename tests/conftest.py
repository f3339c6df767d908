"""Shared fixtures. Every database test runs on SQLite and, when TEST_DATABASE_URL is set, on PostgreSQL
(each test in a schema of its own, dropped afterwards, so tests never see each other's rows)."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from bot.app import App
from bot.clock import FixedClock
from bot.config import Config
from bot.knowledge.coach import Coach
from db import migrate
from db.engine import Database

PG_URL = os.environ.get("TEST_DATABASE_URL", "")
BACKENDS = ["sqlite", "postgresql"] if PG_URL else ["sqlite"]


async def _pg_reachable() -> str | None:
    engine = create_async_engine(PG_URL)
    try:
        async with engine.connect() as conn:
            await conn.execute(text("SELECT 1"))
        return None
    except Exception as exc:  # any failure to connect means "no server here"
        return f"TEST_DATABASE_URL is set but no PostgreSQL server answered: {exc}"
    finally:
        await engine.dispose()


class DatabaseFactory:
    """Makes fresh, migrated databases: a SQLite file, or a PostgreSQL schema of its own."""

    def __init__(self, backend: str, tmp_path: Path) -> None:
        self.backend = backend
        self.tmp_path = tmp_path
        self.schemas: list[str] = []
        self.opened: list[Database] = []

    async def new(self, revision: str = "head") -> Database:
        if self.backend == "sqlite":
            db = Database(f"sqlite+aiosqlite:///{self.tmp_path / f'coach-{len(self.opened)}.db'}")
        else:
            schema = f"t_{uuid.uuid4().hex[:12]}"
            admin = create_async_engine(PG_URL)
            async with admin.begin() as conn:
                await conn.execute(text(f'CREATE SCHEMA "{schema}"'))
            await admin.dispose()
            self.schemas.append(schema)
            db = Database(PG_URL, connect_args={"server_settings": {"search_path": schema}})
        await migrate.upgrade(db, revision)
        self.opened.append(db)
        return db

    def share(self, db: Database) -> Database:
        """A second engine on the same database (as a second bot process would have)."""
        if self.backend == "sqlite":
            other = Database(db.url)
        else:
            other = Database(PG_URL, connect_args={"server_settings": {"search_path": self.schemas[-1]}})
        self.opened.append(other)
        return other

    async def close(self) -> None:
        for db in self.opened:
            await db.close()
        if self.schemas:
            admin = create_async_engine(PG_URL)
            async with admin.begin() as conn:
                for schema in self.schemas:
                    await conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
            await admin.dispose()


@pytest.fixture(params=BACKENDS)
async def databases(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[DatabaseFactory]:
    if request.param == "postgresql":
        reason = await _pg_reachable()
        if reason:
            pytest.skip(reason)
    dbs = DatabaseFactory(request.param, tmp_path)
    yield dbs
    await dbs.close()


@pytest.fixture
async def db(databases: DatabaseFactory) -> Database:
    return await databases.new()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 6, 15, 12, 0, tzinfo=UTC))


@pytest.fixture
def config(tmp_path: Path) -> Config:
    return replace(Config(), data_dir=tmp_path / "data")


@pytest.fixture
async def app(config: Config, db: Database, clock: FixedClock) -> AsyncIterator[App]:
    application = App(replace(config, database_url=db.url), db=db, clock=clock)
    await application.start()
    yield application
    await application.stop_scheduler()


@pytest.fixture(scope="module")
def rules_coach() -> Coach:
    """The rules alone, without the learned model's second opinion: for look-alikes the rules must decline or answer
    themselves, whatever the model (retrained after each round) says over them."""
    return Coach.load(learned=False)


# The Discord stand-in fixture, for every end-to-end test (fails a test that hit an unknown route).
from tests.standin.fixtures import fake_discord  # noqa: E402, F401
