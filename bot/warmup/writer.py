"""The batching writer of the drill log.

Every drill goes through one group-commit writer per App (db.batch.GroupCommit): all drills pending at a
moment are written in ONE transaction (bot.warmup.queries.write_drills: one multi-row INSERT ... ON CONFLICT
DO NOTHING RETURNING), so a burst of clicks costs a few transactions instead of one each (SQLite has a single
writer). Each caller still gets its own answer: logged or duplicate, or its own error. The statements and
why logging is idempotent: bot/warmup/queries.py.
"""

from __future__ import annotations

from collections import OrderedDict
from functools import partial
from typing import TYPE_CHECKING

from bot.warmup import queries
from bot.warmup.queries import Drill, Session, Written
from db.batch import GroupCommit
from db.engine import DatabaseUnavailable

if TYPE_CHECKING:
    from bot.app import App

__all__ = ["Drill", "DrillWriter", "Written"]

TEAM_SESSION_CACHE = 1024  # team sessions kept in memory per process (a few bytes each)


class DrillWriter:
    """The App's one group-commit writer of drills (``app.drill_writer``)."""

    def __init__(self, app: App) -> None:
        self.app = app
        self.group: GroupCommit[Drill, Written] = GroupCommit(self._flush, name="drill-log")
        # Team sessions never change in ways complete() depends on (closes_at is fixed, they are never
        # deleted), so a burst of clicks on one card reads its row once. Personal ones are not cached:
        # forget_member deletes them, and each is clicked about once anyway.
        self.team_sessions: OrderedDict[int, Session] = OrderedDict()

    @property
    def default_zone(self) -> str:
        return self.app.config.default_timezone

    async def session(self, session_id: int) -> Session | None:
        cached = self.team_sessions.get(session_id)
        if cached is not None:
            return cached
        session = await queries.find_session(self.app, session_id)
        if session is None:
            return None
        if session.team:
            self.team_sessions[session_id] = session
            if len(self.team_sessions) > TEAM_SESSION_CACHE:
                self.team_sessions.popitem(last=False)
        return session

    async def _flush(self, batch: list[Drill]) -> list[Written | BaseException]:
        try:
            return await self.app.db.run(lambda s: queries.write_drills(s, batch, self.default_zone))
        except DatabaseUnavailable:
            raise  # locked or unreachable for everyone: each caller gets the polite answer
        except Exception:
            if len(batch) == 1:
                raise
        # One bad item must not fail the others: write each alone, in its own transaction.
        outcomes: list[Written | BaseException] = []
        for item in batch:
            try:
                outcomes.extend(await self.app.db.run(partial(queries.write_drills, batch=[item],
                                                              default_zone=self.default_zone)))
            except Exception as exc:
                outcomes.append(exc)
        return outcomes
