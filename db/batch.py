"""Group commit: concurrent callers' small writes funnelled into few transactions.

SQLite has one writer at a time, and each transaction costs a fixed number of round trips to aiosqlite's
thread (BEGIN, statements, COMMIT). Writing every item pending at a given moment in ONE transaction makes
that fixed cost per batch instead of per item, which is how a single-writer database sustains high write
rates. Each caller awaits its own future, so the outcome (and any error) stays per caller.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable, Sequence
from typing import Generic, TypeVar

I = TypeVar("I")  # noqa: E741 - the conventional name for an item type
R = TypeVar("R")

# A flush returns one outcome per item, in order: a result, or the exception that item alone failed with.
Flush = Callable[[list[I]], Awaitable[Sequence[R | BaseException]]]


class GroupCommit(Generic[I, R]):
    """One drain task per instance writes whatever is pending, ``max_batch`` items per ``flush`` call.

    No timer: a lone caller is written at once; callers arriving while a batch is being written form the
    next batch. ``flush`` must write a batch atomically (e.g. ``Database.run``), so a batch that fails leaves
    nothing behind; if it raises, every item of that batch gets the exception.
    """

    def __init__(self, flush: Flush[I, R], *, max_batch: int = 500, name: str = "group-commit") -> None:
        self.flush = flush
        self.max_batch = max_batch
        self.name = name
        self.pending: list[tuple[I, asyncio.Future[R]]] = []
        self.worker: asyncio.Task[None] | None = None

    def _enqueue(self, items: Iterable[I]) -> list[asyncio.Future[R]]:
        loop = asyncio.get_running_loop()
        futures = []
        for item in items:
            fut: asyncio.Future[R] = loop.create_future()
            self.pending.append((item, fut))
            futures.append(fut)
        if futures and (self.worker is None or self.worker.done()):
            self.worker = loop.create_task(self._drain(), name=self.name)
        return futures

    async def submit(self, item: I) -> R:
        return await self._enqueue([item])[0]

    async def submit_many(self, items: Iterable[I]) -> list[R]:
        return list(await asyncio.gather(*self._enqueue(items)))

    async def _drain(self) -> None:
        while self.pending:
            batch, self.pending = self.pending[: self.max_batch], self.pending[self.max_batch:]
            try:
                outcomes = await self.flush([item for item, _ in batch])
            except Exception as exc:
                outcomes = [exc] * len(batch)
            for (_, fut), outcome in zip(batch, outcomes, strict=True):
                if fut.done():  # the caller was cancelled
                    continue
                if isinstance(outcome, BaseException):
                    fut.set_exception(outcome)
                else:
                    fut.set_result(outcome)
