"""The roster's SQL: who Discord showed the bot in each server (``roster_members``) and their roles
(``roster_roles``); the statistics read the team from here."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from db.models import RosterMember, RosterRole

NAME_MAX = 100


@dataclass(frozen=True, slots=True)
class Sighting:
    """One member as Discord showed them: ``role_ids`` without @everyone (whose id is the guild's)."""

    user_id: int
    display_name: str
    role_ids: frozenset[int]


def team_members(guild_id: int, role_id: int) -> Select[int]:
    """The user ids of the role's holders per the roster (a subquery for the statistics queries)."""
    return select(RosterRole.user_id).where(RosterRole.guild_id == guild_id, RosterRole.role_id == role_id)


_UPSERT_MEMBER: dict[str, Any] = {}
_INSERT_ROLES: dict[str, Any] = {}
for _name, _insert in (("postgresql", postgresql.insert), ("sqlite", sqlite.insert)):
    _stmt = _insert(RosterMember)
    _UPSERT_MEMBER[_name] = _stmt.on_conflict_do_update(
        index_elements=["guild_id", "user_id"],
        set_={"display_name": _stmt.excluded.display_name, "last_seen": _stmt.excluded.last_seen})
    _INSERT_ROLES[_name] = _insert(RosterRole).on_conflict_do_nothing()


async def write(s: AsyncSession, guild_id: int, people: list[Sighting], now: datetime) -> None:
    conn = await s.connection()
    dialect = conn.dialect.name
    await conn.execute(_UPSERT_MEMBER[dialect], [
        {"guild_id": guild_id, "user_id": p.user_id, "display_name": p.display_name[:NAME_MAX], "last_seen": now}
        for p in people])
    # Their roles are replaced by what Discord just showed: a role the member no longer holds goes, so they
    # drop out of that team the moment they are seen (one transaction: readers never see them half-written).
    await conn.execute(delete(RosterRole).where(RosterRole.guild_id == guild_id,
                                                RosterRole.user_id.in_([p.user_id for p in people])))
    rows = [{"guild_id": guild_id, "role_id": r, "user_id": p.user_id} for p in people for r in p.role_ids]
    if rows:
        await conn.execute(_INSERT_ROLES[dialect], rows)


async def forget(s: AsyncSession, guild_id: int, user_id: int) -> None:
    await s.execute(delete(RosterRole).where(RosterRole.guild_id == guild_id, RosterRole.user_id == user_id))
    await s.execute(delete(RosterMember).where(RosterMember.guild_id == guild_id, RosterMember.user_id == user_id))


async def display_names(s: AsyncSession, guild_id: int, user_ids: Collection[int] | None = None) -> dict[int, str]:
    """Display names of ``user_ids`` in the guild (of everyone the roster holds there when None)."""
    if user_ids is not None and not user_ids:
        return {}
    query = select(RosterMember.user_id, RosterMember.display_name).where(RosterMember.guild_id == guild_id)
    if user_ids is not None:
        query = query.where(RosterMember.user_id.in_(list(user_ids)))
    return {uid: name for uid, name in await s.execute(query)}
