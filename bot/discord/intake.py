"""Where every interaction enters the bot: redeliveries dropped, new work refused while stopping, work in
flight tracked so a shutdown can let it finish.

It wraps discord.py's INTERACTION_CREATE parser (the one function every interaction goes through, before
command trees and views see it), so it covers slash commands, buttons, modals and autocomplete alike.

- A resumed gateway can send the same interaction twice. Its id is remembered (a bounded LRU), so the
  second copy does nothing. Writes that must stay single across a restart also store the interaction id
  (see ``bot.warmup.service``), which this in-process memory cannot promise.
- While draining (after SIGTERM) new interactions are answered at once with a short "restarting" note
  instead of starting work that the shutdown would cut off.
- The tasks discord.py starts for an interaction (command invoker, view callback, ``on_interaction``) are
  the work in flight; :meth:`Intake.drain` waits for them.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

import discord

log = logging.getLogger(__name__)

RESTARTING = "The coach is restarting. Please try again in a moment."
SEEN_CAPACITY = 20_000  # interaction ids remembered; a redelivery arrives seconds after the original
APPLICATION_COMMAND_AUTOCOMPLETE = 4


class Intake:
    def __init__(self, capacity: int = SEEN_CAPACITY) -> None:
        self.capacity = capacity
        self.seen: OrderedDict[int, None] = OrderedDict()
        self.inflight: set[asyncio.Task[Any]] = set()
        self.draining = False
        self.redeliveries = 0
        self.refused = 0
        self._state: Any = None

    def install(self, state: Any) -> None:
        """Wrap ``state``'s INTERACTION_CREATE parser (the gateway looks parsers up in this dict)."""
        self._state = state
        original: Callable[[Any], None] = state.parsers["INTERACTION_CREATE"]

        def parse_interaction_create(data: Any) -> None:
            self.receive(data, original)

        state.parsers["INTERACTION_CREATE"] = parse_interaction_create

    def first_time(self, interaction_id: int) -> bool:
        if interaction_id in self.seen:
            self.seen.move_to_end(interaction_id)
            return False
        self.seen[interaction_id] = None
        if len(self.seen) > self.capacity:
            self.seen.popitem(last=False)
        return True

    def receive(self, data: Any, parse: Callable[[Any], None]) -> None:
        interaction_id = int(data["id"])
        if not self.first_time(interaction_id):
            self.redeliveries += 1
            log.info("interaction %s delivered again; already handled, ignoring the copy", interaction_id)
            return
        if self.draining:
            self.refused += 1
            self._track(asyncio.get_running_loop().create_task(self._refuse(data), name="refuse-interaction"))
            return
        before = asyncio.all_tasks()
        parse(data)
        for task in asyncio.all_tasks() - before:
            self._track(task)

    def _track(self, task: asyncio.Task[Any]) -> None:
        self.inflight.add(task)
        task.add_done_callback(self.inflight.discard)

    async def _refuse(self, data: Any) -> None:
        interaction = discord.Interaction(data=data, state=self._state)
        try:
            if int(data.get("type", 0)) == APPLICATION_COMMAND_AUTOCOMPLETE:
                await interaction.response.autocomplete([])
            else:
                await interaction.response.send_message(RESTARTING, ephemeral=True)
        except Exception as exc:  # expired, the network gone, or the HTTP session already closed: a courtesy
            log.info("could not tell interaction %s that the coach is restarting: %s", interaction.id, exc)

    async def drain(self, timeout: float) -> int:
        """Refuse new interactions from now on and wait up to ``timeout`` s for those in flight (refusals
        started meanwhile included). Returns how many were still running at the deadline (then cancelled)."""
        self.draining = True
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while pending := {t for t in self.inflight if not t.done()}:
            left = deadline - loop.time()
            if left <= 0:
                log.warning("%d interaction(s) still running after %.0f s; stopping them", len(pending), timeout)
                for task in pending:
                    task.cancel()
                await asyncio.gather(*pending, return_exceptions=True)
                return len(pending)
            log.info("waiting for %d interaction(s) in flight", len(pending))
            await asyncio.wait(pending, timeout=left)
        return 0
