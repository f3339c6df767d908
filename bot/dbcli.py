"""``python -m bot db upgrade|current|revision -m "…"``."""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy.engine import Connection

from bot.config import Config
from db import migrate
from db.engine import Database
from db.models import Base


async def run_db_command(config: Config, action: str, *, message: str | None = None,
                         rev_id: str | None = None) -> int:
    if action == "revision":
        return await _revision_command(message, rev_id)
    db = Database(config.db_url)
    try:
        if action == "upgrade":
            await migrate.upgrade(db)
        current = await migrate.current_revision(db)
        print(f"{db.backend} database at revision {current or '(empty)'}; newest is {migrate.head_revision()}")
        return 0
    finally:
        await db.close()


async def _revision_command(message: str | None, rev_id: str | None) -> int:
    if not message:
        print('Give the migration a message: python -m bot db revision -m "add reminder notes"')
        return 2
    logging.getLogger("alembic").setLevel(logging.WARNING)  # the scratch database's upgrade is not news
    path = await make_revision(message, rev_id=rev_id)
    if path is None:
        print(f"No schema changes: db/models.py matches the newest migration ({migrate.head_revision()}). "
              "Nothing written.")
    else:
        print(f"Wrote {path}. Review it (autogenerate misses renames and some type changes) before committing.")
    return 0


async def make_revision(message: str, *, rev_id: str | None = None, versions_dir: Path | None = None) -> Path | None:
    """Autogenerate a migration from the models against a scratch SQLite database upgraded to head.

    Alembic refuses to autogenerate against a database that is not at head ("Target database is not up to
    date"), so the comparison never uses a real database: a throw-away one is migrated first. Returns the
    new file, or None when the models match the migrations. ``versions_dir`` writes the file elsewhere
    (tests), still chained to the newest revision.
    """
    with tempfile.TemporaryDirectory(prefix="bkc-revision-") as tmp:
        db = Database(f"sqlite+aiosqlite:///{Path(tmp) / 'scratch.db'}")
        try:
            await migrate.upgrade(db)
            async with db.engine.connect() as conn:
                return await conn.run_sync(_autogenerate, message, rev_id, versions_dir)
        finally:
            await db.close()


def _autogenerate(connection: Connection, message: str, rev_id: str | None,
                  versions_dir: Path | None) -> Path | None:
    context = MigrationContext.configure(connection, opts={"compare_type": True})
    if not compare_metadata(context, Base.metadata):
        return None
    cfg = migrate.alembic_config()
    cfg.attributes["connection"] = connection
    version_path = None
    if versions_dir is not None:
        cfg.set_main_option("path_separator", "os")
        cfg.set_main_option("version_locations", os.pathsep.join([str(migrate.MIGRATIONS / "versions"),
                                                                   str(versions_dir)]))
        version_path = str(versions_dir)
    script = command.revision(cfg, message=message, autogenerate=True, rev_id=rev_id, version_path=version_path)
    assert script is not None and not isinstance(script, list)
    return Path(script.path)
