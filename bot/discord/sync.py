"""Register slash commands on purpose: only when their definitions changed, or when asked; never let a
failed registration stop the bot.

Discord limits command creates per day, and a bulk PUT on every start or reconnect also makes clients
refetch commands. We hash the exact payload we would send and keep the hash in the database.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
from typing import Any

import aiohttp
import discord
from discord import app_commands

from bot.app import App
from bot.meta.queries import bot_state, set_bot_state
from db.engine import DatabaseUnavailable

log = logging.getLogger(__name__)


def commands_payload(tree: app_commands.CommandTree[Any], guild: discord.abc.Snowflake | None) -> list[dict[str, Any]]:
    cmds = tree.get_commands(guild=guild)
    return sorted((c.to_dict(tree) for c in cmds), key=lambda d: (d.get("type", 1), d["name"]))


def commands_hash(payload: list[dict[str, Any]]) -> str:
    return hashlib.sha256(json.dumps(payload, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def _guild(app: App) -> discord.Object | None:
    return discord.Object(app.config.dev_guild_id) if app.config.dev_guild_id else None


async def sync_commands(bot: discord.Client, app: App, tree: app_commands.CommandTree[Any], *,
                        force: bool = False) -> bool:
    """Sync when the definitions changed since the last registration (or ``force``). Returns whether it did.

    In a sharded deployment only the process running shard 0 registers: commands are per application, not
    per shard, and one registration is enough.
    """
    shard_ids = app.config.shard_ids
    if app.config.sharded and shard_ids is not None and 0 not in shard_ids:
        return False
    guild = _guild(app)
    if guild is not None:
        tree.copy_global_to(guild=guild)
    digest = commands_hash(commands_payload(tree, guild))
    key = f"commands:{bot.application_id}:{guild.id if guild else 'global'}"
    if not force and await bot_state(app.db, key) == digest:
        log.info("slash commands unchanged since the last registration; not syncing")
        return False
    synced = await tree.sync(guild=guild)
    # Stored only after Discord accepted the commands: a failed sync is tried again at the next start.
    await set_bot_state(app.db, key, digest)
    log.info("registered %d slash commands (%s)", len(synced), f"guild {guild.id}" if guild else "global")
    return True


# -- registration that never stops the bot -------------------------------------------------------------

# Seconds between attempts after a transient failure (the last one repeats). A 429 waits at least as long
# as Discord's Retry-After says.
RETRY_DELAYS: tuple[float, ...] = (5.0, 15.0, 60.0, 300.0, 600.0)
# How long start-up waits for the first attempt before connecting anyway (it goes on in the background).
FIRST_ATTEMPT_WAIT = 5.0


def _walk_errors(node: Any, path: tuple[str, ...], out: list[tuple[tuple[str, ...], str]]) -> None:
    if not isinstance(node, dict):
        return
    for item in node.get("_errors", []) or []:
        if isinstance(item, dict):
            out.append((path, str(item.get("message") or item.get("code") or "invalid")))
    for key, child in node.items():
        if key != "_errors":
            _walk_errors(child, (*path, str(key)), out)


def form_errors(errors: Any, payload: list[dict[str, Any]] | None = None) -> list[str]:
    """Discord's Invalid Form Body ``errors`` tree as "where: what" strings.

    The bulk PUT's top level is the command list, so a leading index is shown as the command's name:
    ``{"0": {"name": {"_errors": [...]}}}`` -> ``command 'warmup' (0) field name: Must be 32 or fewer…``.
    """
    found: list[tuple[tuple[str, ...], str]] = []
    _walk_errors(errors, (), found)
    lines = []
    for path, message in found:
        where = ".".join(path) or "the request"
        if path and path[0].isdigit() and payload is not None and int(path[0]) < len(payload):
            name = payload[int(path[0])].get("name", "?")
            rest = ".".join(path[1:])
            where = f"command '{name}' ({path[0]})" + (f" field {rest}" if rest else "")
        lines.append(f"{where}: {message}")
    return lines


def is_transient(exc: BaseException) -> bool:
    """Worth retrying later: Discord busy or rate limiting, the network, our database."""
    if isinstance(exc, discord.HTTPException):
        return exc.status == 429 or exc.status >= 500
    return isinstance(exc, discord.RateLimited | OSError | aiohttp.ClientError | asyncio.TimeoutError
                      | DatabaseUnavailable)


def failure_reason(exc: BaseException, payload: list[dict[str, Any]] | None = None) -> str:
    """One line saying why the registration failed (no traceback, no newlines)."""
    if isinstance(exc, discord.HTTPException):
        status = f"HTTP {exc.status}"
        reason = getattr(exc.response, "reason", None)
        if reason:
            status += f" {reason}"
        if exc.code:
            status += f", code {exc.code}"
        details = form_errors(getattr(exc, "_errors", None), payload)
        if details:
            return f"Discord refused the command definitions ({status}): " + "; ".join(details)
        text = " ".join(str(exc.text).split())[:300]
        if exc.status == 429:
            return f"Discord is rate limiting command registration ({status})" + (f": {text}" if text else "")
        if exc.status >= 500:
            return f"Discord had a server error ({status})"
        if exc.status == 403:
            return (f"Discord refused ({status}: {text}); is the bot in that server, invited with the "
                    "applications.commands scope?")
        return f"Discord refused ({status})" + (f": {text}" if text else "")
    if isinstance(exc, discord.RateLimited):
        return f"Discord is rate limiting command registration for {exc.retry_after:.0f}s"
    if isinstance(exc, DatabaseUnavailable):
        return "the database is unavailable (the registration hash could not be read or stored)"
    text = " ".join(str(exc).split())[:300]
    return f"{type(exc).__name__}" + (f": {text}" if text else "")


def _retry_after(exc: BaseException) -> float:
    if isinstance(exc, discord.RateLimited):
        return float(exc.retry_after)
    if isinstance(exc, discord.HTTPException) and exc.status == 429:
        headers = getattr(exc.response, "headers", None) or {}
        try:
            return float(headers.get("Retry-After", 0))
        except (TypeError, ValueError):
            return 0.0
    return 0.0


class CommandSync:
    """Registers the commands without ever holding up or stopping the bot.

    A failure is logged in one line and the hash is not stored (so the next start tries again); a
    transient failure (429, 5xx, network, database) is retried in the background with growing delays.
    ``once=True`` (``python -m bot sync``) makes one attempt and leaves the reason in :attr:`error`.
    """

    def __init__(self, bot: discord.Client, app: App, tree: app_commands.CommandTree[Any], *,
                 force: bool = False, once: bool = False, delays: tuple[float, ...] | None = None) -> None:
        self.bot, self.app, self.tree = bot, app, tree
        self.force, self.once = force, once
        self.delays = delays or RETRY_DELAYS
        self.error: str | None = None  # the last failure, None once registered (or nothing to do)
        self.attempts = 0
        self.registered = False  # a bulk PUT succeeded
        self.finished = asyncio.Event()  # no further attempt will be made
        self.first_attempt = asyncio.Event()
        self.task: asyncio.Task[None] | None = None

    async def attempt(self) -> bool:
        """One try. Returns whether to try again later."""
        self.attempts += 1
        try:
            self.registered = await sync_commands(self.bot, self.app, self.tree, force=self.force)
            self.error = None
            return False
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            payload = None
            with contextlib.suppress(Exception):
                payload = commands_payload(self.tree, _guild(self.app))
            self.error = failure_reason(exc, payload)
            retry = is_transient(exc) and not self.once
            if retry:
                delay = max(self._delay(), _retry_after(exc))
                log.error("slash command registration failed: %s; retrying in %.0fs (the bot runs meanwhile)",
                          self.error, delay)
            else:
                advice = ("nothing was registered" if self.once else
                          "the bot runs without the new definitions; fix them, the next start tries again")
                log.error("slash command registration failed: %s; %s", self.error, advice)
            log.debug("slash command registration failure", exc_info=True)
            return retry

    def _delay(self) -> float:
        return self.delays[min(self.attempts - 1, len(self.delays) - 1)]

    async def _run(self) -> None:
        try:
            while True:
                again = await self.attempt()
                self.first_attempt.set()
                if not again:
                    return
                await asyncio.sleep(self._delay())
        finally:
            self.first_attempt.set()
            self.finished.set()

    def start(self) -> asyncio.Task[None]:
        self.task = asyncio.create_task(self._run(), name="command-sync")
        return self.task

    async def wait_first_attempt(self) -> None:
        """Start-up waits FIRST_ATTEMPT_WAIT at most (``once``: to the end): a slow Discord (429 waits, 5xx
        retries inside discord.py) does not hold up the gateway."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.first_attempt.wait(), None if self.once else FIRST_ATTEMPT_WAIT)

    def stop(self) -> None:
        if self.task is not None and not self.task.done():
            self.task.cancel()
