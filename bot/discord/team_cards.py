"""Team warm-up cards in Discord: check-in counts edited in place (throttled), closed when check-in ends."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time

import discord

from bot.app import App
from bot.discord.interactions import edit_kwargs
from bot.discord.retry import is_transient, retry_delay
from bot.warmup import service as core
from bot.warmup.cards import warmup_card

log = logging.getLogger(__name__)

# At most one edit of a team card per this many seconds: a burst of check-ins becomes one edit.
EDIT_INTERVAL = 2.0
EDIT_RETRIES = 6  # transient failures of one card's edit before giving up (backoff 0.5 s doubling)
STOP_FLUSH = 2.0  # seconds a stopping bot gives pending card edits


class TeamCards:
    """Coalesced edits of team cards and their closing when the check-in window ends.

    Each session has at most one pending edit task; clicks while it waits only mark the card dirty, so a
    burst of 200 check-ins costs a handful of edits (one per EDIT_INTERVAL), read fresh from the database
    (which also counts check-ins handled by another process).
    """

    def __init__(self, bot: discord.Client, app: App) -> None:
        self.bot, self.app = bot, app
        self._tasks: dict[int, asyncio.Task[None]] = {}
        self._dirty: set[int] = set()
        self._last_edit: dict[int, float] = {}
        self._closers: dict[int, asyncio.Task[None]] = {}
        self._hurry = asyncio.Event()

    def poke(self, session: core.Session) -> None:
        self._dirty.add(session.id)
        if session.id not in self._tasks:
            self._tasks[session.id] = asyncio.create_task(self._run(session), name=f"team-card-{session.id}")

    async def _run(self, session: core.Session) -> None:
        failures = 0
        try:
            while session.id in self._dirty:
                wait = self._last_edit.get(session.id, float("-inf")) + EDIT_INTERVAL - time.monotonic()
                if wait > 0:
                    await self._nap(wait)
                self._dirty.discard(session.id)
                self._last_edit[session.id] = time.monotonic()
                try:
                    await self._edit(session)
                    failures = 0
                except Exception as exc:
                    # A 503 or a dropped connection must not leave the card one count behind for good: the
                    # edit shows the count read fresh, so trying again later converges on the truth.
                    failures += 1
                    if not is_transient(exc) or failures > EDIT_RETRIES:
                        raise
                    self._dirty.add(session.id)
                    delay = retry_delay(exc, failures)
                    log.info("team card %s edit failed (%s); retrying in %.1f s", session.id, exc, delay)
                    await self._nap(delay)
        except Exception:
            log.exception("could not update team card of session %s", session.id)
        finally:
            self._tasks.pop(session.id, None)

    async def _nap(self, seconds: float) -> None:
        """Sleep, unless the cog is stopping: then the last edit goes out at once."""
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(self._hurry.wait(), seconds)

    async def _edit(self, session: core.Session, *, closed: bool = False) -> None:
        current = await core.get_session(self.app, session.id)
        if current.message_id is None or current.channel_id is None:
            return
        closed = closed or self.app.clock.now() >= current.closes_at
        card = warmup_card(current, checked_in=await core.checked_in(self.app, session.id), closed=closed)
        kwargs = edit_kwargs(card)
        message = self.bot.get_partial_messageable(current.channel_id).get_partial_message(current.message_id)
        try:
            await message.edit(**kwargs)
        except (discord.NotFound, discord.Forbidden):
            # Card deleted or channel closed to the bot: stop maintaining it (clicks still log).
            await core.record_message(self.app, session.id, current.channel_id, None)
            return
        if closed:
            await core.record_message(self.app, session.id, current.channel_id, None)

    def schedule_close(self, session: core.Session) -> None:
        """Edit the card to "closed" when the window ends (rebuilt from the database after a restart)."""
        if session.id in self._closers:
            return
        delay = max(0.0, (session.closes_at - self.app.clock.now()).total_seconds())
        self._closers[session.id] = asyncio.create_task(self._close_later(session, delay))

    async def _close_later(self, session: core.Session, delay: float) -> None:
        try:
            await asyncio.sleep(delay)
            for attempt in range(1, EDIT_RETRIES + 2):
                try:
                    await self._edit(session, closed=True)
                    break
                except Exception as exc:
                    if not is_transient(exc) or attempt > EDIT_RETRIES:
                        raise
                    await asyncio.sleep(retry_delay(exc, attempt))
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("could not close team card of session %s", session.id)
        finally:
            self._closers.pop(session.id, None)

    async def close_now(self, session: core.Session) -> None:
        """A late click on a closed card: make sure it shows closed."""
        await self._edit(session, closed=True)

    async def stop(self) -> None:
        """Pending count edits go out now (bounded by STOP_FLUSH s); closing edits wait for the next start."""
        self._hurry.set()
        closers = list(self._closers.values())
        for task in closers:
            task.cancel()
        edits = list(self._tasks.values())
        if edits:
            _, late = await asyncio.wait(edits, timeout=STOP_FLUSH)
            for task in late:
                task.cancel()
        await asyncio.gather(*closers, *edits, return_exceptions=True)
