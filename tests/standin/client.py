"""Pointing the real discord.py at the stand-in, and running a bot against it."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

import discord
import discord.gateway
import discord.http
import yarl

if TYPE_CHECKING:
    from .server import FakeDiscord


@contextlib.contextmanager
def point_discord_at(fake: FakeDiscord) -> Iterator[None]:
    """Sets discord.py's REST base (Route.BASE, also used by interaction webhooks) and gateway
    URL (DiscordWebSocket.DEFAULT_GATEWAY, a yarl.URL in 2.7) to the stand-in; restores them."""
    old_base = discord.http.Route.BASE
    old_gateway = discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
    discord.http.Route.BASE = fake.api_base
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(fake.gateway_url)
    try:
        yield
    finally:
        discord.http.Route.BASE = old_base
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = old_gateway


@contextlib.asynccontextmanager
async def run_bot(
    fake: FakeDiscord, client: discord.Client, *, timeout: float = 10.0, wait_on_ready: bool = True
) -> AsyncIterator[asyncio.Task[None]]:
    """Runs ``client.start(fake.token)`` in a task until the block exits, then closes it.

    Waits for the gateway handshake (and on_ready if ``wait_on_ready``). Startup errors (e.g. a
    crash in setup_hook) are re-raised instead of hanging until the timeout.
    """
    task = asyncio.create_task(client.start(fake.token), name=f"standin-bot-{id(client)}")
    try:
        ready = asyncio.ensure_future(fake.wait_ready(timeout, client=client if wait_on_ready else None))
        done, _ = await asyncio.wait({task, ready}, return_when=asyncio.FIRST_COMPLETED)
        if task in done:
            ready.cancel()
            task.result()  # raises the bot's startup error
            raise RuntimeError("bot stopped before becoming ready")
        ready.result()
        yield task
    finally:
        if not client.is_closed():
            await client.close()
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.wait_for(task, timeout)
