"""``python -m bot db upgrade|current|backup FILE|revision -m "…"``."""

from __future__ import annotations

import logging
import os
import sqlite3
import tempfile
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy.engine import Connection, make_url

from bot.config import Config
from db import migrate
from db.engine import Database, backend_name, is_sqlite
from db.models import Base


async def run_db_command(config: Config, action: str, *, message: str | None = None,
                         rev_id: str | None = None, target: Path | None = None) -> int:
    if action == "revision":
        return await _revision_command(message, rev_id)
    if action == "backup":
        return _backup_command(config.db_url, target)  # blocking, but nothing else runs in this loop
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


def _backup_command(url: str, target: Path | None) -> int:
    if target is None:
        print("Where to? python -m bot db backup FILE, e.g. python -m bot db backup backups/coach-2026-06-15.db")
        return 2
    if not is_sqlite(url):
        print(f"'db backup' copies a SQLite file; this is a {backend_name(url)} database. Use pg_dump, e.g. "
              "pg_dump --format=custom --file coach.dump \"$DATABASE_URL\" (without the +asyncpg part), "
              "and pg_restore to bring it back.")
        return 2
    source = Path(make_url(url).database or "")
    if not source.is_file():
        print(f"There is no database at {source}: nothing to back up (the bot creates it at its first start).")
        return 2
    if target.exists():
        print(f"{target} already exists: I don't overwrite backups. Choose a new file name.")
        return 2
    rows = backup_sqlite(source, target)
    size = target.stat().st_size
    print(f"Backed up {source} to {target} ({size / 1024:.0f} KiB, {rows} reminders, integrity ok).")
    return 0


def backup_sqlite(source: Path, target: Path) -> int:
    """Copy a live SQLite database with SQLite's online backup API; returns the copy's reminder count.

    One backup step (``pages=-1``) reads a consistent snapshot: in WAL mode the bot keeps writing meanwhile
    (a stepped backup would restart after every write by another connection). The copy is written to a
    temporary file, checked, switched out of WAL mode (one self-contained file), then renamed into place,
    so a half-written backup never carries the final name.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(source, timeout=30)  # not mode=ro: reading a WAL database may need to create -shm
    dst = sqlite3.connect(partial)
    try:
        src.backup(dst, pages=-1)
        dst.execute("PRAGMA journal_mode=DELETE")
        check = dst.execute("PRAGMA integrity_check").fetchone()[0]
        if check != "ok":
            raise RuntimeError(f"the copy failed SQLite's integrity check: {check}")
        tables = {name for (name,) in dst.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        rows = dst.execute("SELECT count(*) FROM reminders").fetchone()[0] if "reminders" in tables else 0
    finally:
        dst.close()
        src.close()
    partial.rename(target)
    return int(rows)
