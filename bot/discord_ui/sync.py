"""Register slash commands on purpose: only when their definitions changed, or when asked.

Discord limits command creates per day, and a bulk PUT on every start or reconnect also makes clients
refetch commands. We hash the exact payload we would send and keep the hash in the database.
"""

from __future__ import annotations

import hashlib
import json
import logging
from typing import Any

import discord
from discord import app_commands
from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite

from bot.app import App
from db.models import BotState

log = logging.getLogger(__name__)


def commands_payload(tree: app_commands.CommandTree[Any], guild: discord.abc.Snowflake | None) -> list[dict[str, Any]]:
    cmds = tree.get_commands(guild=guild)
    return sorted((c.to_dict(tree) for c in cmds), key=lambda d: (d.get("type", 1), d["name"]))


def commands_hash(payload: list[dict[str, Any]]) -> str:
    return hashlib.sha256(json.dumps(payload, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


async def _stored_hash(app: App, key: str) -> str | None:
    async def work(s):  # type: ignore[no-untyped-def]
        return await s.scalar(select(BotState.value).where(BotState.key == key))

    return await app.db.run(work)


async def _store_hash(app: App, key: str, value: str) -> None:
    # An upsert, not read-then-write: processes that start together must not trip over each other.
    insert = postgresql.insert if app.db.engine.dialect.name == "postgresql" else sqlite.insert

    async def work(s):  # type: ignore[no-untyped-def]
        stmt = insert(BotState).values(key=key, value=value)
        await s.execute(stmt.on_conflict_do_update(index_elements=[BotState.key], set_={"value": value}))

    await app.db.run(work)


async def sync_commands(bot: discord.Client, app: App, tree: app_commands.CommandTree[Any], *,
                        force: bool = False) -> bool:
    """Sync when the definitions changed since the last registration (or ``force``). Returns whether it did.

    In a sharded deployment only the process running shard 0 registers: commands are per application, not
    per shard, and one registration is enough.
    """
    shard_ids = app.config.shard_ids
    if app.config.sharded and shard_ids is not None and 0 not in shard_ids:
        return False
    guild = discord.Object(app.config.dev_guild_id) if app.config.dev_guild_id else None
    if guild is not None:
        tree.copy_global_to(guild=guild)
    digest = commands_hash(commands_payload(tree, guild))
    key = f"commands:{bot.application_id}:{guild.id if guild else 'global'}"
    if not force and await _stored_hash(app, key) == digest:
        log.info("slash commands unchanged since the last registration; not syncing")
        return False
    synced = await tree.sync(guild=guild)
    await _store_hash(app, key, digest)
    log.info("registered %d slash commands (%s)", len(synced), f"guild {guild.id}" if guild else "global")
    return True
