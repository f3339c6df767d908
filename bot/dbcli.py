"""``python -m bot db upgrade|current``."""

from __future__ import annotations

from bot.config import Config
from db import migrate
from db.engine import Database


async def run_db_command(config: Config, action: str) -> int:
    db = Database(config.db_url)
    try:
        if action == "upgrade":
            await migrate.upgrade(db)
        current = await migrate.current_revision(db)
        print(f"{db.backend} database at revision {current or '(empty)'}; newest is {migrate.head_revision()}")
        return 0
    finally:
        await db.close()
