"""Running the bot process: start-up order, signals, clean shutdown."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys

import discord

from bot.app import App
from bot.config import Config
from bot.discord_ui.client import make_bot
from bot.discord_ui.endpoints import apply_endpoints
from db.engine import startup_problem

log = logging.getLogger(__name__)


async def open_app(config: Config) -> App | None:
    """The core with a migrated database, or None after one line saying which database failed and what to
    do (unreachable, refused, unknown driver, unwritable folder): no traceback, nothing to gain from one."""
    app: App | None = None
    try:
        app = App(config)
        await app.start()
        return app
    except Exception as exc:
        problem = startup_problem(config.db_url, exc)
        if problem is None:
            raise
        log.debug("database start-up failure", exc_info=True)
        print(f"Database error: {problem}", file=sys.stderr, flush=True)
        if app is not None:
            with contextlib.suppress(Exception):
                await app.db.close()
        return None


async def run_bot(config: Config, *, sync_only: bool = False) -> int:
    """Migrate, connect, run until SIGTERM/SIGINT, then stop the scheduler, gateway and database."""
    apply_endpoints(config.api_base, config.gateway_url)
    app = await open_app(config)
    if app is None:
        return 2
    try:
        bot = make_bot(app)
        bot.force_sync = bot.sync_once = sync_only
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            with contextlib.suppress(NotImplementedError):  # not on Windows
                loop.add_signal_handler(sig, stop.set)
        async with bot:
            try:
                await bot.login(config.token.reveal())
            except discord.LoginFailure:
                log.error("Discord rejected the bot token (401). Check DISCORD_TOKEN / [discord] token.")
                return 2
            if sync_only:
                # setup_hook (run by login) made the attempt and logged the reason in one line if it failed.
                return 1 if bot.command_sync is None or bot.command_sync.error else 0
            runner = asyncio.create_task(bot.connect(reconnect=True), name="gateway")
            stopper = asyncio.create_task(stop.wait(), name="signal")
            done, _ = await asyncio.wait({runner, stopper}, return_when=asyncio.FIRST_COMPLETED)
            if stopper in done:
                log.info("signal received: shutting down")
            await bot.close()
            stopper.cancel()
            if runner in done and runner.exception() is not None:
                exc = runner.exception()
                log.error("gateway connection failed: %s", exc)
                return 1
            with contextlib.suppress(asyncio.CancelledError):
                await runner
        return 0
    finally:
        await app.close()
        log.info("stopped cleanly")
