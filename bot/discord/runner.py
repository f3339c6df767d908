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
from bot.discord.client import make_bot
from bot.discord.endpoints import apply_endpoints
from db.engine import startup_problem

log = logging.getLogger(__name__)

# Gateway close codes discord.py does not resume from, with what to do (one line each).
FATAL_CLOSE = {
    4004: "Discord refused the bot token (gateway close 4004: the token was refused). Check DISCORD_TOKEN / "
          "[discord] token; a reset token in the Developer Portal invalidates the old one",
    4010: "Discord refused the shard (gateway close 4010: invalid shard). Check discord.shard_ids and shard_count",
    4011: "Discord requires sharding (gateway close 4011): the bot is in too many servers for one connection; "
          "set discord.shard_count",
    4012: "Discord refused the gateway API version (close 4012); upgrade discord.py",
    4013: "Discord refused the intents (gateway close 4013: invalid intents)",
    4014: "Discord refused a privileged intent (gateway close 4014); enable it in the Developer Portal or "
          "turn it off",
}
# Seconds before re-connecting after an unexpected error in the gateway loop (the last repeats).
GATEWAY_RETRY_DELAYS = (1.0, 2.0, 5.0, 15.0, 30.0, 60.0)
STABLE_AFTER = 120.0  # a connection that lasted this long resets the back-off


async def keep_gateway(bot: discord.Client) -> str | None:
    """Runs the gateway until the bot is closed. discord.py resumes after network errors itself; an
    unexpected exception out of its loop (a malformed frame, a bug) is logged with its traceback and the
    connection made anew with back-off. Returns None, or the one-line reason it cannot recover."""
    failures = 0
    loop = asyncio.get_running_loop()
    while not bot.is_closed():
        started = loop.time()
        try:
            await bot.connect(reconnect=True)
            return None
        except discord.PrivilegedIntentsRequired:
            return FATAL_CLOSE[4014]
        except discord.ConnectionClosed as exc:
            return FATAL_CLOSE.get(exc.code or 0, f"Discord closed the gateway with code {exc.code} "
                                   f"({exc.reason or 'no reason given'}) and it cannot be resumed")
        except Exception as exc:
            if bot.is_closed():  # discord.py closed the client itself (a sharded client does)
                log.error("the gateway loop failed and the client closed", exc_info=True)
                return f"the gateway connection failed ({type(exc).__name__}: {exc}) and the client closed"
            failures = 0 if loop.time() - started > STABLE_AFTER else failures
            delay = GATEWAY_RETRY_DELAYS[min(failures, len(GATEWAY_RETRY_DELAYS) - 1)]
            failures += 1
            log.error("the gateway loop failed; connecting again in %.0fs", delay, exc_info=True)
            ws = getattr(bot, "ws", None)
            if ws is not None:
                with contextlib.suppress(Exception):
                    await ws.close(code=4000)  # stops its heartbeat thread too
            await asyncio.sleep(delay)
    return None


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
            runner = asyncio.create_task(keep_gateway(bot), name="gateway")
            stopper = asyncio.create_task(stop.wait(), name="signal")
            done, _ = await asyncio.wait({runner, stopper}, return_when=asyncio.FIRST_COMPLETED)
            if stopper in done:
                log.info("signal received: shutting down")
            await bot.close()
            stopper.cancel()
            if runner in done:
                if runner.exception() is not None:
                    log.error("gateway connection failed: %s", runner.exception())
                    return 1
                fatal = runner.result()
                if fatal:
                    log.error("%s", fatal)
                    return 2
            runner.cancel()  # it may be waiting to reconnect
            with contextlib.suppress(asyncio.CancelledError):
                await runner
        return 0
    finally:
        await app.close()
        log.info("stopped cleanly")
