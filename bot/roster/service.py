"""The roster: who Discord has shown the bot in each server, their display name and roles.

Without the privileged members intent Discord never sends the bot a member list: discord.py's member cache
holds the bot and whoever just produced an event, so ``role.members`` misses most of a team. What Discord
does send is the author's member object (roles, nick, global name) with every interaction and mention
message. The front end reports each of those here (``seen``); the team — holders of the team role — is then
read from the database (``team_members``), whichever process saw whom.

``seen`` is called on every interaction, so the unchanged case is answered from an in-process cache without
a database round trip. ``last_seen`` is only refreshed once per TOUCH_EVERY for the same reason.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial
from typing import Any

from sqlalchemy import Select, delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from bot.app import App
from db.models import RosterMember, RosterRole

CACHE_SIZE = 200_000  # (guild, member) pairs remembered per process: ~200 bytes each
TOUCH_EVERY = timedelta(hours=12)  # last_seen is refreshed at most this often for an unchanged member
NAME_MAX = 100
SEED_BATCH = 500


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


async def _write(s: AsyncSession, guild_id: int, people: list[Sighting], now: datetime) -> None:
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


class Roster:
    def __init__(self, app: App) -> None:
        self.app = app
        # (guild, member) -> (name, roles, last_seen written): what the database holds, as far as we know.
        self._known: OrderedDict[tuple[int, int], tuple[str, frozenset[int], datetime]] = OrderedDict()
        self.writes = 0  # database writes made (the benchmark and tests read it)

    def _fresh(self, guild_id: int, p: Sighting, now: datetime) -> bool:
        known = self._known.get((guild_id, p.user_id))
        return (known is not None and known[0] == p.display_name and known[1] == p.role_ids
                and now - known[2] < TOUCH_EVERY)

    def _remember(self, guild_id: int, people: Iterable[Sighting], now: datetime) -> None:
        for p in people:
            self._known[guild_id, p.user_id] = (p.display_name, p.role_ids, now)
            self._known.move_to_end((guild_id, p.user_id))
        while len(self._known) > CACHE_SIZE:
            self._known.popitem(last=False)

    async def seen(self, guild_id: int, user_id: int, display_name: str, role_ids: Collection[int]) -> bool:
        """Record a member as Discord just showed them; True when the database was written."""
        person = Sighting(user_id, display_name, frozenset(role_ids))
        now = self.app.clock.now()
        if self._fresh(guild_id, person, now):
            return False
        await self.app.db.run(lambda s: _write(s, guild_id, [person], now))
        self.writes += 1
        self._remember(guild_id, [person], now)
        return True

    async def seed(self, guild_id: int, people: Iterable[Sighting]) -> int:
        """Record a whole member list (only a bot with the members intent gets one); returns rows written."""
        now = self.app.clock.now()
        changed = [p for p in people if not self._fresh(guild_id, p, now)]
        for i in range(0, len(changed), SEED_BATCH):
            batch = changed[i:i + SEED_BATCH]
            await self.app.db.run(partial(_write, guild_id=guild_id, people=batch, now=now))
            self.writes += 1
            self._remember(guild_id, batch, now)
        return len(changed)

    def drop_cached(self, guild_id: int, user_id: int) -> None:
        self._known.pop((guild_id, user_id), None)

    async def left(self, guild_id: int, user_id: int) -> None:
        """A member left the server (known only with the members intent): they are no longer on the team."""
        await self.app.db.run(lambda s: forget(s, guild_id, user_id))
        self._known.pop((guild_id, user_id), None)


async def forget(s: AsyncSession, guild_id: int, user_id: int) -> None:
    await s.execute(delete(RosterRole).where(RosterRole.guild_id == guild_id, RosterRole.user_id == user_id))
    await s.execute(delete(RosterMember).where(RosterMember.guild_id == guild_id, RosterMember.user_id == user_id))


async def display_names(s: AsyncSession, guild_id: int, user_ids: Collection[int]) -> dict[int, str]:
    if not user_ids:
        return {}
    rows = await s.execute(select(RosterMember.user_id, RosterMember.display_name).where(
        RosterMember.guild_id == guild_id, RosterMember.user_id.in_(list(user_ids))))
    return {uid: name for uid, name in rows}


def roster_of(app: App) -> Roster:
    """The App's roster (``app.roster``): its in-memory freshness cache is per process."""
    return app.roster
