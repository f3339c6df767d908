"""The roster: who Discord has shown the bot in each server, their display name and roles.

Without the privileged members intent Discord never sends the bot a member list: discord.py's member cache
holds the bot and whoever just produced an event, so ``role.members`` misses most of a team. What Discord
does send is the author's member object (roles, nick, global name) with every interaction and mention
message. The front end reports each of those here (``seen``); the team — holders of the team role — is then
read from the database (bot/roster/queries.py: ``team_members``), whichever process saw whom.

``seen`` is called on every interaction, so the unchanged case is answered from an in-process cache without
a database round trip. ``last_seen`` is only refreshed once per TOUCH_EVERY for the same reason.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Collection, Iterable
from datetime import datetime, timedelta
from functools import partial

from bot.app import App
from bot.roster import queries
from bot.roster.queries import Sighting

__all__ = ["Roster", "Sighting", "roster_of"]

CACHE_SIZE = 200_000  # (guild, member) pairs remembered per process: ~200 bytes each
TOUCH_EVERY = timedelta(hours=12)  # last_seen is refreshed at most this often for an unchanged member
SEED_BATCH = 500


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
        await self.app.db.run(lambda s: queries.write(s, guild_id, [person], now))
        self.writes += 1
        self._remember(guild_id, [person], now)
        return True

    async def seed(self, guild_id: int, people: Iterable[Sighting]) -> int:
        """Record a whole member list (only a bot with the members intent gets one); returns rows written."""
        now = self.app.clock.now()
        changed = [p for p in people if not self._fresh(guild_id, p, now)]
        for i in range(0, len(changed), SEED_BATCH):
            batch = changed[i:i + SEED_BATCH]
            await self.app.db.run(partial(queries.write, guild_id=guild_id, people=batch, now=now))
            self.writes += 1
            self._remember(guild_id, batch, now)
        return len(changed)

    def drop_cached(self, guild_id: int, user_id: int) -> None:
        self._known.pop((guild_id, user_id), None)

    async def left(self, guild_id: int, user_id: int) -> None:
        """A member left the server (known only with the members intent): they are no longer on the team."""
        await self.app.db.run(lambda s: queries.forget(s, guild_id, user_id))
        self._known.pop((guild_id, user_id), None)


def roster_of(app: App) -> Roster:
    """The App's roster (``app.roster``): its in-memory freshness cache is per process."""
    return app.roster
