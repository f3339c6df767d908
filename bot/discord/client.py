"""The bot: discord.py client wired to the core :class:`~bot.app.App`."""

from __future__ import annotations

import asyncio
import logging
import pkgutil
from typing import Any, cast

import discord
from discord.ext import commands

import cogs
from bot.app import App
from bot.discord.actions import ActionButton, ActionRegistry
from bot.discord.errors import report_error
from bot.discord.intake import Intake
from bot.discord.render import follow_up
from bot.discord.sync import CommandSync

log = logging.getLogger(__name__)


def discover_extensions() -> list[str]:
    """Every module in the ``cogs`` package is an extension (files starting with ``_`` are helpers)."""
    return sorted(
        f"cogs.{m.name}" for m in pkgutil.iter_modules(cogs.__path__) if not m.name.startswith("_")
    )


def intents(*, members: bool = False) -> discord.Intents:
    # No privileged intents by default: messages that mention the bot and DMs carry their text without the
    # message-content intent, and the team roster is built from the members interactions carry (bot.roster.service).
    # ``members`` (config discord.members_intent, needs the portal switch) lets the roster start complete.
    i = discord.Intents.none()
    i.guilds = True
    i.guild_messages = True
    i.dm_messages = True
    i.members = members
    return i


def guard_gateway_parsers(client: discord.Client) -> None:
    """An event discord.py cannot parse (a malformed payload from Discord or a Discord-compatible server)
    is logged with its type and traceback and skipped. Unguarded, the exception leaves discord.py's gateway
    loop and the whole connection dies with it (``Client.connect`` only handles network errors)."""
    parsers = client._connection.parsers  # the dict every DiscordWebSocket dispatches through
    for event, parser in list(parsers.items()):
        parsers[event] = _guarded_parser(event, parser)


def _guarded_parser(event: str, parser: Any) -> Any:
    def parse(data: Any) -> None:
        try:
            parser(data)
        except Exception:
            log.exception("gateway event %s could not be handled (malformed data?); skipped it and kept the "
                          "connection", event)

    return parse


class _CoachBot:
    """Behaviour shared by the plain and the sharded bot (mixed in before the discord.py class)."""

    app: App
    actions: ActionRegistry
    force_sync: bool
    sync_once: bool
    command_sync: CommandSync | None
    extensions_failed: list[str]

    def __init__(self, app: App, **kwargs: Any) -> None:
        self.app = app
        self.actions = ActionRegistry()
        self.force_sync = False
        self.sync_once = False  # `python -m bot sync`: one attempt, the caller reports the outcome
        self.command_sync = None
        self.extensions_failed = []
        super().__init__(  # type: ignore[call-arg]
            command_prefix=commands.when_mentioned,
            intents=intents(members=app.config.members_intent),
            help_command=None,
            allowed_mentions=discord.AllowedMentions.none(),
            owner_ids=set(app.config.owner_ids) or None,
            **kwargs,
        )
        guard_gateway_parsers(self)  # type: ignore[arg-type]
        self.intake = _install_intake(cast(discord.Client, self))

    async def setup_hook(self) -> None:
        self.add_dynamic_items(ActionButton)  # type: ignore[attr-defined]
        self.tree.on_error = report_error  # type: ignore[attr-defined]
        for name in discover_extensions():
            try:
                await self.load_extension(name)  # type: ignore[attr-defined]
            except Exception:
                # One broken area must not take the whole coach down.
                log.exception("extension %s failed to load; continuing without it", name)
                self.extensions_failed.append(name)
        self.app.start_scheduler()
        await self._register_commands()

    async def _register_commands(self) -> None:
        """A failed registration (400, 429, 5xx, network) never stops the bot: it is logged in one line and,
        when transient, retried in the background while the gateway connects (see CommandSync)."""
        sync = CommandSync(self, self.app, self.tree, force=self.force_sync,  # type: ignore[arg-type,attr-defined]
                           once=self.sync_once)
        self.command_sync = sync
        sync.start()
        await sync.wait_first_attempt()

    async def on_ready(self) -> None:
        user = self.user  # type: ignore[attr-defined]
        log.info("ready as %s (id %s) in %d servers", user, user.id if user else "?",
                 len(self.guilds))  # type: ignore[attr-defined]

    async def on_app_command_completion(self, interaction: discord.Interaction, command: Any) -> None:
        """Tell a member about something that failed for them while they were away (e.g. a reminder DM that
        Discord refused), on whatever command they use next (see bot/notices.py for how often it looks)."""
        from bot.reminders.service import take_notice

        if not self.app.notice_checks.due(interaction.user.id):
            return
        try:
            notice = await take_notice(self.app, interaction.user.id)
            if notice:
                await follow_up(interaction, ephemeral=True, content=f"⚠️ {notice}",
                                allowed_mentions=discord.AllowedMentions.none())
        except Exception:  # a notice is a courtesy; never let it turn a good answer into an error
            log.warning("could not deliver a pending notice to user %s", interaction.user.id, exc_info=True)

    async def on_message(self, message: discord.Message) -> None:
        # No prefix commands: mention-questions are handled by the coach cog's listener.
        return

    async def close(self) -> None:
        if self.command_sync is not None:
            self.command_sync.stop()
        # New interactions are refused and those in flight finish while the gateway is still up; then cogs
        # unload (team cards get their last edit), then the scheduler (its jobs use the HTTP
        # session), then discord.py closes the gateway and the HTTP session. The runner closes the database.
        await self.intake.drain(DRAIN_SECONDS)
        await _unload_all(self)
        await _let_jobs_finish(self.app.scheduler, JOBS_GRACE)
        await self.app.stop_scheduler()
        await self.intake.drain(1.0)  # "restarting" answers to interactions that came in meanwhile
        _cancel_delayed_ready(self)
        await super().close()  # type: ignore[misc]


# How long a stopping bot lets interactions in flight finish (Discord's own limit is 3 s to answer). With
# the card flush and the scheduler's grace a stuck stop still ends within 9 s, before a platform's SIGKILL
# (Docker waits 10 s by default).
DRAIN_SECONDS = 4.0


def _cancel_delayed_ready(bot: Any) -> None:
    """discord.py dispatches READY from a task that first waits ``guild_ready_timeout`` for the last
    GUILD_CREATE, and close() leaves that task running: a stop in that window (SIGTERM soon after a start or a
    reconnect) made it dispatch READY on the closed client, an AttributeError traceback in the log. A stopping
    bot is not going to be ready, so the task is cancelled (it ends quietly on CancelledError)."""
    state = bot._connection
    tasks = [getattr(state, "_ready_task", None), *getattr(state, "_ready_tasks", {}).values()]  # sharded
    for task in tasks:
        if task is not None and not task.done():
            task.cancel()


def _install_intake(bot: discord.Client) -> Intake:
    intake = Intake()
    intake.install(bot._connection)
    return intake


JOBS_GRACE = 2.0  # seconds running scheduler jobs (a reminder being sent) get before the scheduler stops


async def _let_jobs_finish(scheduler: Any, timeout: float) -> None:
    """Pause the scheduler (nothing new fires) and wait for running jobs: APScheduler's AsyncIOExecutor
    cancels them on shutdown, which would cut a reminder off between its claim and its post."""
    if not scheduler.running:
        return
    scheduler.pause()
    running = [f for executor in getattr(scheduler, "_executors", {}).values()
               for f in getattr(executor, "_pending_futures", ()) if not f.done()]
    if running:
        log.info("waiting for %d scheduler job(s) to finish", len(running))
        _, late = await asyncio.wait(running, timeout=timeout)
        if late:
            log.warning("%d scheduler job(s) still running after %.0f s; they are stopped", len(late), timeout)


async def _unload_all(bot: Any) -> None:
    """What commands.Bot.close does first, done here so it happens before the scheduler stops."""
    for name in tuple(bot.extensions):
        try:
            await bot.unload_extension(name)
        except Exception:
            log.warning("extension %s did not unload cleanly", name, exc_info=True)


class CoachBot(_CoachBot, commands.Bot):
    pass


class ShardedCoachBot(_CoachBot, commands.AutoShardedBot):
    pass


def make_bot(app: App, **options: Any) -> CoachBot | ShardedCoachBot:
    """``options`` go to discord.py (tests pass a short ``guild_ready_timeout``)."""
    cfg = app.config
    if cfg.sharded:
        return ShardedCoachBot(app, shard_count=cfg.shard_count, shard_ids=list(cfg.shard_ids or ()) or None,
                               **options)
    return CoachBot(app, **options)


__all__ = ["CoachBot", "ShardedCoachBot", "discover_extensions", "make_bot"]
